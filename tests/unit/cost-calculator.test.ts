import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assumptionKeys, monthlyCost, scales } from '../../diagrams/cost';
import { compute, type Draft } from '../../src/components/CostCalculator/compute';

const typical = Object.fromEntries(
  assumptionKeys.map((k) => [k, String(scales.typical.assumptions[k])]),
) as Draft;

test('the calculator gives the same numbers as the tables', () => {
  const outcome = compute(typical, {});
  assert.ok(outcome.ok);
  assert.equal(outcome.cost.totalUsd, monthlyCost(scales.typical.assumptions).totalUsd);
});

test('a price the reader types enters the total; a blank one stays out', () => {
  const outcome = compute(typical, { natGatewayHour: '0.1', auroraInstanceHour: ' ' });
  assert.ok(outcome.ok);
  assert.ok(Math.abs(outcome.cost.readerUsd - 3 * 730 * 0.1) < 1e-9);
  assert.ok(outcome.cost.missing.some((l) => l.priceId === 'auroraInstanceHour'));
});

test('bad fields are reported by name, with a structured problem', () => {
  assert.deepEqual(compute({ ...typical, samplesPerMonth: '' }, {}), {
    ok: false,
    field: 'samplesPerMonth',
    problem: { kind: 'notNumber' },
  });
  assert.deepEqual(compute({ ...typical, spotShare: '1.5' }, {}), {
    ok: false,
    field: 'spotShare',
    problem: { kind: 'range', min: 0, max: 1 },
  });
  const negative = compute(typical, { ec2SpotVCpuHour: '-0.01' });
  assert.ok(!negative.ok && negative.field === 'ec2SpotVCpuHour');
});
