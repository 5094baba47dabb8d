/**
 * The error-budget arithmetic behind the SLO page, the calculator and the postmortem. Expected
 * values are computed by hand in the comments, so a change in the code cannot move them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { alertThreshold, alertThresholds, workbookPolicies } from '../../src/slo/alerts';
import {
  allowedBadEvents,
  budgetFraction,
  budgetSpentByEvents,
  budgetSpentByMinutes,
  burnRate,
  errorBudget,
  hoursToExhaustion,
  SloInputError,
} from '../../src/slo/budget';
import { formatDuration, formatNumber, formatPercent } from '../../src/slo/format';

/** Asserts that `run` throws an SloInputError naming `field`. */
function rejects(run: () => unknown, field: string, fragment: string): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof SloInputError, `expected SloInputError, got ${String(error)}`);
    assert.equal(error.field, field);
    assert.match(error.message, new RegExp(`^${field}: `));
    assert.ok(error.message.includes(fragment), `"${error.message}" lacks "${fragment}"`);
    return true;
  });
}

describe('error budget', () => {
  test('99.9% over 30 days allows 43.2 minutes (43,200 min × 0.001)', () => {
    const budget = errorBudget(99.9, 30);
    assert.equal(budget.budgetFraction, 0.001);
    assert.equal(budget.windowMinutes, 43_200);
    assert.equal(budget.allowedBadMinutes, 43.2);
  });

  test('other common targets, by hand', () => {
    // 99.5% over 28 days: 40,320 min × 0.005 = 201.6 min.
    assert.equal(errorBudget(99.5, 28).allowedBadMinutes, 201.6);
    // 99% over 7 days: 10,080 min × 0.01 = 100.8 min.
    assert.equal(errorBudget(99, 7).allowedBadMinutes, 100.8);
    // 99.99% over 30 days: 43,200 × 0.0001 = 4.32 min.
    assert.equal(errorBudget(99.99, 30).allowedBadMinutes, 4.32);
    // 95% over 1 day: 1,440 × 0.05 = 72 min.
    assert.equal(errorBudget(95, 1).allowedBadMinutes, 72);
  });

  test('the budget fraction has no float crumbs', () => {
    assert.equal(budgetFraction(99.9), 0.001);
    assert.equal(budgetFraction(99.95), 0.0005);
    assert.equal(budgetFraction(90), 0.1);
  });

  test('allowed bad events are whole and exact at the boundary', () => {
    assert.equal(allowedBadEvents(99.9, 1_000_000), 1_000);
    assert.equal(allowedBadEvents(99.95, 1_000_000), 500);
    // 10 × 0.1 = 1 exactly, not 0.999… truncated to 0.
    assert.equal(allowedBadEvents(90, 10), 1);
    // 999 × 0.001 = 0.999: not one whole bad event allowed.
    assert.equal(allowedBadEvents(99.9, 999), 0);
    assert.equal(allowedBadEvents(99.9, 0), 0);
  });

  test('a target must be a percentage strictly between 0 and 100', () => {
    rejects(() => errorBudget(100, 30), 'targetPercent', 'below 100');
    rejects(() => errorBudget(0, 30), 'targetPercent', 'above 0');
    rejects(() => errorBudget(0.999 * 0 - 1, 30), 'targetPercent', 'got -1');
    rejects(() => errorBudget(Number.NaN, 30), 'targetPercent', 'finite number');
    rejects(() => errorBudget(Infinity, 30), 'targetPercent', 'finite number');
  });

  test('a window must be whole days from 1 to 366', () => {
    rejects(() => errorBudget(99.9, 0), 'windowDays', 'from 1 to 366');
    rejects(() => errorBudget(99.9, 30.5), 'windowDays', 'got 30.5');
    rejects(() => errorBudget(99.9, 367), 'windowDays', 'got 367');
  });

  test('event counts must be whole and not negative', () => {
    rejects(() => allowedBadEvents(99.9, -1), 'totalEvents', 'not be negative');
    rejects(() => allowedBadEvents(99.9, 1.5), 'totalEvents', 'whole number');
  });
});

describe('burn rate and exhaustion', () => {
  test('burn rate is the bad ratio over the budget', () => {
    // 1.44% bad against a 0.1% budget burns 14.4×.
    assert.equal(burnRate(99.9, 1.44), 14.4);
    assert.equal(burnRate(99.9, 0.1), 1);
    assert.equal(burnRate(99, 0), 0);
    // A total outage on a 99% target burns 100×.
    assert.equal(burnRate(99, 100), 100);
  });

  test('hours to exhaustion: window / burn, scaled by what is left', () => {
    // 720 h / 14.4 = 50 h; 720 / 6 = 120 h; 720 / 1 = 720 h.
    assert.equal(hoursToExhaustion(14.4, 30), 50);
    assert.equal(hoursToExhaustion(6, 30), 120);
    assert.equal(hoursToExhaustion(1, 30), 720);
    // Half the budget left at 2× over 28 days: 672 / 2 × 0.5 = 168 h.
    assert.equal(hoursToExhaustion(2, 28, 50), 168);
    assert.equal(hoursToExhaustion(0, 30), Infinity);
    assert.equal(hoursToExhaustion(5, 30, 0), 0);
  });

  test('bad burn-rate input names its field', () => {
    rejects(() => hoursToExhaustion(-1, 30), 'burnRate', 'not be negative');
    rejects(() => hoursToExhaustion(Number.NaN, 30), 'burnRate', 'finite number');
    rejects(() => hoursToExhaustion(1, 30, 101), 'remainingPercent', 'cannot exceed 100');
    rejects(() => burnRate(99.9, 101), 'badRatioPercent', 'cannot exceed 100');
    rejects(() => burnRate(99.9, -0.5), 'badRatioPercent', 'not be negative');
  });

  test('budget spent by events and by minutes', () => {
    // 6,480 bad out of 12,960,000 at 99.9%: allowed 12,960, so half the budget.
    assert.equal(budgetSpentByEvents(99.9, 6_480, 12_960_000), 0.5);
    // 21.6 minutes of full outage against 43.2 allowed: half.
    assert.equal(budgetSpentByMinutes(99.9, 30, 21.6), 0.5);
    // Spending more than the budget shows as more than 1.
    assert.equal(budgetSpentByMinutes(99.9, 30, 86.4), 2);
    rejects(() => budgetSpentByEvents(99.9, 1, 0), 'windowEvents', 'above 0');
    rejects(() => budgetSpentByEvents(99.9, 11, 10), 'badEvents', 'cannot exceed windowEvents');
    rejects(() => budgetSpentByMinutes(99.9, 30, -1), 'badMinutes', 'not be negative');
  });
});

describe('multi-window, multi-burn-rate alerts', () => {
  test("a 30-day window gives the Workbook's 14.4, 6 and 1 with 5 min, 30 min and 6 h", () => {
    const rows = alertThresholds(99.9, 30);
    assert.deepEqual(
      rows.map((r) => [r.severity, r.longWindowMinutes, r.shortWindowMinutes, r.burnRate]),
      [
        ['page', 60, 5, 14.4],
        ['page', 360, 30, 6],
        ['ticket', 4_320, 360, 1],
      ],
    );
    // For 99.9%: 14.4 × 0.1% = 1.44%, 6 × 0.1% = 0.6%, 1 × 0.1% = 0.1% bad.
    assert.deepEqual(
      rows.map((r) => r.badRatioPercent),
      [1.44, 0.6, 0.1],
    );
    assert.deepEqual(
      rows.map((r) => r.hoursToExhaustion),
      [50, 120, 720],
    );
    // A total outage spends 2% of 43.2 min = 0.864 min before the fast alert fires.
    assert.deepEqual(
      rows.map((r) => r.minutesToFireOnFullOutage),
      [0.864, 2.16, 4.32],
    );
    assert.ok(rows.every((r) => r.reachable));
  });

  test('other windows scale the burn rate, not the budget share', () => {
    // 28 days = 672 h: 2% × 672 / 1 = 13.44; 5% × 672 / 6 = 5.6; 10% × 672 / 72 = 0.9333…
    const rows = alertThresholds(99.5, 28);
    assert.deepEqual(
      rows.map((r) => r.burnRate),
      [13.44, 5.6, 0.933333333333],
    );
  });

  test('a loose target makes the fast alert unreachable', () => {
    // 90% target: 14.4 × 10% = 144% bad, which cannot happen.
    const [fast, slow] = alertThresholds(90, 30);
    assert.equal(fast!.reachable, false);
    assert.equal(fast!.minutesToFireOnFullOutage, null);
    assert.equal(slow!.badRatioPercent, 60);
    assert.equal(slow!.reachable, true);
  });

  test('a long window longer than the SLO window is refused', () => {
    rejects(
      () => alertThreshold(99.9, 1, workbookPolicies[2]),
      'longWindowMinutes',
      'cannot be longer than the SLO window (1440 min)',
    );
    rejects(
      () =>
        alertThreshold(99.9, 30, {
          severity: 'page',
          budgetSpentPercent: 0,
          longWindowMinutes: 60,
        }),
      'budgetSpentPercent',
      'above 0',
    );
    rejects(() => alertThresholds(100, 30), 'targetPercent', 'below 100');
  });
});

describe('formatting', () => {
  test('durations in the two largest units', () => {
    assert.equal(formatDuration(43.2, 'en'), '43 min 12 s');
    assert.equal(formatDuration(50 * 60, 'pt-BR'), '2 d 2 h');
    // 0.864 min = 51.84 s, rounded to the second.
    assert.equal(formatDuration(0.864, 'en'), '52 s');
    assert.equal(formatDuration(720 * 60, 'en'), '30 d');
    assert.equal(formatDuration(0, 'en'), '0 s');
    assert.equal(formatDuration(Infinity, 'pt-BR'), 'nunca');
    assert.throws(() => formatDuration(-1, 'en'), /minutes must be a finite number ≥ 0, got -1/);
  });

  test('numbers and percentages follow the locale', () => {
    assert.equal(formatNumber(12_960, 'pt-BR'), '12.960');
    assert.equal(formatNumber(12_960, 'en'), '12,960');
    assert.equal(formatPercent(99.9, 'pt-BR'), '99,9%');
    assert.equal(formatPercent(1.44, 'en'), '1.44%');
  });
});
