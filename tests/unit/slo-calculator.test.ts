/** The calculator's parsing and field errors; the arithmetic itself is pinned in slo-budget. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calculate, parseDecimal } from '../../src/components/SloCalculator/compute';

const base = {
  targetPercent: '99,9',
  windowDays: '30',
  totalEvents: '',
  burnRate: '14.4',
  remainingPercent: '100',
};

test('comma and dot decimals are the same number; junk is NaN', () => {
  assert.equal(parseDecimal('99,9'), 99.9);
  assert.equal(parseDecimal(' 99.9 '), 99.9);
  assert.ok(Number.isNaN(parseDecimal('')));
  assert.ok(Number.isNaN(parseDecimal('99.9%')));
  assert.ok(Number.isNaN(parseDecimal('1.2.3')));
});

test('valid input gives the budget, the exhaustion time and the three alerts', () => {
  const result = calculate({ ...base, totalEvents: '1000000' });
  assert.deepEqual(result.errors, {});
  assert.equal(result.budget?.allowedBadMinutes, 43.2);
  assert.equal(result.allowedEvents, 1000);
  assert.equal(result.hoursToExhaustion, 50);
  assert.deepEqual(
    result.alerts?.map((a) => a.burnRate),
    [14.4, 6, 1],
  );
});

test('each bad field is reported on its own, and results wait for a valid target and window', () => {
  const result = calculate({
    targetPercent: '100',
    windowDays: '0',
    totalEvents: 'many',
    burnRate: '-2',
    remainingPercent: '150',
  });
  assert.deepEqual(Object.keys(result.errors).sort(), [
    'burnRate',
    'remainingPercent',
    'targetPercent',
    'totalEvents',
    'windowDays',
  ]);
  assert.equal(result.budget, undefined);
  assert.equal(result.alerts, undefined);
});

test('a window shorter than the 3-day alert names the alert window, not the budget', () => {
  const result = calculate({ ...base, windowDays: '2' });
  assert.deepEqual(result.errors, { longWindowMinutes: true });
  assert.equal(result.budget?.allowedBadMinutes, 2.88);
  assert.equal(result.alerts, undefined);
});
