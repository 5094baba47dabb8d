import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputsLifecycle, resultsLifecycle } from '../model/lifecycles';
import type { LifecycleDef } from '../model/types';
import {
  accumulate,
  classSpans,
  daysPerMonth,
  priceStorage,
  rampIntegral,
  steadyState,
  steadyStateMonth,
  sumGbMonths,
} from './retention';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);

test('the ramp integral matches areas worked out by hand', () => {
  close(rampIntegral(0, 10, 0, 5), 12.5, 'triangle before the ramp flattens');
  close(rampIntegral(0, 10, 0, 20), 50 + 100, 'triangle then rectangle');
  close(rampIntegral(5, 10, 0, 5), 0, 'nothing before the span starts');
  close(rampIntegral(5, 10, 0, 7), 2, 'two days into the span');
  close(rampIntegral(5, 10, 12, 14), 10, 'flat part: height 5 for 2 days');
});

test('the spans follow the model lifecycles, kept until the noncurrent version is removed', () => {
  assert.deepEqual(classSpans(inputsLifecycle), [
    { storageClass: 'STANDARD', fromDay: 0, toDay: 30 },
    { storageClass: 'STANDARD_IA', fromDay: 30, toDay: 366 + 7 },
  ]);
  assert.deepEqual(classSpans(resultsLifecycle), [
    { storageClass: 'STANDARD', fromDay: 0, toDay: 30 },
    { storageClass: 'STANDARD_IA', fromDay: 30, toDay: 180 },
    { storageClass: 'GLACIER_IR', fromDay: 180, toDay: 1827 + 30 },
  ]);
  const longer: LifecycleDef = { ...inputsLifecycle, expireAfterDays: 400 };
  assert.equal(classSpans(longer).at(-1)!.toDay, 407, 'a longer expiry lengthens the last span');
  const locked: LifecycleDef = {
    initialClass: 'STANDARD',
    transitions: [],
    expireAfterDays: 10,
    objectLock: { mode: 'GOVERNANCE', days: 90 },
  };
  assert.equal(classSpans(locked).at(-1)!.toDay, 90, 'Object Lock keeps the version billed');
});

test('one class that never expires grows by one month of ingest each month, half in the first', () => {
  const forever: LifecycleDef = {
    initialClass: 'STANDARD',
    transitions: [],
    expireAfterDays: 3650,
  };
  const months = accumulate(forever, 10, 3);
  close(months[0]!.gbMonths.STANDARD!, 5, 'month 1 holds on average half a month of ingest');
  close(months[1]!.gbMonths.STANDARD!, 15, 'month 2');
  close(months[2]!.gbMonths.STANDARD!, 25, 'month 3');
});

test('steady state: ingest rate times the days spent in each class', () => {
  const state = steadyState(inputsLifecycle, daysPerMonth * 2); // 2 GB a day
  close(state.STANDARD!, 60, 'Standard holds 30 days of uploads');
  close(state.STANDARD_IA!, 2 * 343, 'Standard-IA holds days 30 to 373');
});

test('the month-by-month accumulation reaches the steady state and stays there', () => {
  for (const lifecycle of [inputsLifecycle, resultsLifecycle]) {
    const first = steadyStateMonth(lifecycle);
    const months = accumulate(lifecycle, 100, first + 12);
    const state = steadyState(lifecycle, 100);
    for (let i = 1; i < months.length; i++)
      assert.ok(
        months[i]!.totalGbMonths >= months[i - 1]!.totalGbMonths - 1e-9,
        `month ${i + 1} shrank`,
      );
    for (const m of months.slice(first - 1))
      for (const [storageClass, amount] of Object.entries(state))
        close(
          m.gbMonths[storageClass as keyof typeof state]!,
          amount,
          `month ${m.month} ${storageClass}`,
        );
    const before = months[first - 2]!;
    assert.ok(
      before.totalGbMonths < months[first - 1]!.totalGbMonths,
      'steady state is not reached earlier',
    );
  }
  assert.equal(steadyStateMonth(inputsLifecycle), 14, 'inputs fill up in their 14th month');
  assert.equal(steadyStateMonth(resultsLifecycle), 63, 'results fill up after five years');
});

test('every upload is billed for its lifetime, cut off at the horizon', () => {
  const lifetimeMonths = (366 + 7) / daysPerMonth;
  const all = sumGbMonths(accumulate(inputsLifecycle, 1, 40));
  const total = Object.values(all).reduce((s, v) => s + v, 0);
  // 40 months of ingest at 1 GB/month; each month's upload lives lifetimeMonths, and the uploads
  // whose life extends past month 40 are cut off: total = Σ min(lifetime, 40 − age).
  const expected = 40 * lifetimeMonths - (lifetimeMonths * lifetimeMonths) / 2;
  close(total, expected, 'GB-months over 40 months');
});

test('storage is priced only for classes that have a price; the rest is reported', () => {
  const bill = priceStorage({ STANDARD: 100, STANDARD_IA: 50 }, { STANDARD: 0.02 });
  close(bill.pricedUsd, 2, 'Standard only');
  assert.deepEqual(bill.unpricedGbMonths, { STANDARD_IA: 50 });
  assert.deepEqual(bill.usdByClass, { STANDARD: 2 });
});

test('invalid inputs name the argument', () => {
  assert.throws(() => accumulate(inputsLifecycle, -1, 12), /gbPerMonth/);
  assert.throws(() => accumulate(inputsLifecycle, Number.NaN, 12), /gbPerMonth/);
  assert.throws(() => accumulate(inputsLifecycle, 1, 0), /months/);
});
