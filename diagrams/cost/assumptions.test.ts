import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CostInputError, scales, validateAssumptions, type Assumptions } from './assumptions';
import { fiveYearStorage } from './five-years';
import { monthlyCost } from './monthly';

const base = scales.typical.assumptions;

function rejects(change: Record<string, unknown>, field: string) {
  const input = { ...base, ...change } as unknown as Assumptions;
  assert.throws(
    () => validateAssumptions(input),
    (error: unknown) =>
      error instanceof CostInputError &&
      error.field === field &&
      error.message.startsWith(`${field}:`),
    `expected an error naming ${field} for ${JSON.stringify(change)}`,
  );
}

test('invalid input is rejected with the field that caused it', () => {
  rejects({ samplesPerMonth: -1 }, 'samplesPerMonth');
  rejects({ samplesPerMonth: 1.5 }, 'samplesPerMonth');
  rejects({ filesPerSample: 0 }, 'filesPerSample');
  rejects({ spotShare: 1.2 }, 'spotShare');
  rejects({ inputFileMiB: Number.NaN }, 'inputFileMiB');
  rejects({ vCpuPerJob: Number.POSITIVE_INFINITY }, 'vCpuPerJob');
  rejects({ monthlyActiveUsers: '500' }, 'monthlyActiveUsers');
  rejects({ kmsKeys: undefined }, 'kmsKeys');
  rejects({ uploadPartMiB: 4 }, 'uploadPartMiB');
});

test('the problem is structured, so a form can word it in its own language', () => {
  try {
    validateAssumptions({ ...base, spotShare: 2 });
    assert.fail('accepted spotShare 2');
  } catch (error) {
    assert.ok(error instanceof CostInputError);
    assert.deepEqual(error.problem, { kind: 'range', min: 0, max: 1 });
  }
});

test('an upload that needs more than 10,000 parts is rejected, naming the part size', () => {
  rejects({ inputFileMiB: 200_000, uploadPartMiB: 16 }, 'uploadPartMiB');
  assert.doesNotThrow(() =>
    validateAssumptions({ ...base, inputFileMiB: 200_000, uploadPartMiB: 32 }),
  );
});

test('the cost functions validate before computing', () => {
  const bad = { ...base, samplesPerMonth: -5 };
  assert.throws(() => monthlyCost(bad), /samplesPerMonth/);
  assert.throws(() => fiveYearStorage(bad), /samplesPerMonth/);
});
