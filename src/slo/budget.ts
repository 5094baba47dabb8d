/**
 * Error-budget arithmetic for the SLO pages and the calculator. Pure functions over plain
 * numbers, so the tables on the site, the calculator and the worked postmortem all come from
 * the same code and the unit tests pin the results. Targets are percentages (99.9 means 99.9 %)
 * because that is how people say them; windows are whole days.
 */

/** Bad input, naming the field so the calculator can show the message next to it. */
export class SloInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'SloInputError';
  }
}

const minutesPerDay = 24 * 60;

/**
 * Float arithmetic leaves crumbs (100 - 99.9 = 0.0999999999999943): round to 12 significant
 * digits before truncating, so 0.1 % of a million requests is 1,000 and not 999.
 */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

function requireFinite(field: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SloInputError(field, `must be a finite number, got ${String(value)}`);
  }
}

/** A target strictly between 0 and 100 %: 100 % leaves no budget, 0 % promises nothing. */
export function checkTarget(targetPercent: number, field = 'targetPercent'): number {
  requireFinite(field, targetPercent);
  if (targetPercent <= 0 || targetPercent >= 100) {
    throw new SloInputError(
      field,
      `must be above 0 and below 100 (a percentage such as 99.9), got ${targetPercent}`,
    );
  }
  return targetPercent;
}

/** A window of 1 to 366 whole days. */
export function checkWindowDays(windowDays: number, field = 'windowDays'): number {
  requireFinite(field, windowDays);
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 366) {
    throw new SloInputError(
      field,
      `must be a whole number of days from 1 to 366, got ${windowDays}`,
    );
  }
  return windowDays;
}

function checkNonNegative(field: string, value: number): number {
  requireFinite(field, value);
  if (value < 0) throw new SloInputError(field, `must not be negative, got ${value}`);
  return value;
}

function checkCount(field: string, value: number): number {
  checkNonNegative(field, value);
  if (!Number.isInteger(value)) {
    throw new SloInputError(field, `must be a whole number, got ${value}`);
  }
  return value;
}

/** The fraction of events allowed to be bad: 1 − target. */
export function budgetFraction(targetPercent: number): number {
  return clean((100 - checkTarget(targetPercent)) / 100);
}

export interface ErrorBudget {
  readonly targetPercent: number;
  readonly windowDays: number;
  /** 1 − target, as a fraction (0.001 for 99.9 %). */
  readonly budgetFraction: number;
  readonly windowMinutes: number;
  /** Minutes of total outage the window can absorb (a time-based reading of the budget). */
  readonly allowedBadMinutes: number;
}

/** The budget of a target over a window, in fraction and in minutes of full outage. */
export function errorBudget(targetPercent: number, windowDays: number): ErrorBudget {
  const fraction = budgetFraction(targetPercent);
  const windowMinutes = checkWindowDays(windowDays) * minutesPerDay;
  return {
    targetPercent,
    windowDays,
    budgetFraction: fraction,
    windowMinutes,
    allowedBadMinutes: clean(windowMinutes * fraction),
  };
}

/** How many of `totalEvents` valid events may be bad without missing the target. */
export function allowedBadEvents(targetPercent: number, totalEvents: number): number {
  const fraction = budgetFraction(targetPercent);
  return Math.floor(clean(checkCount('totalEvents', totalEvents) * fraction));
}

/**
 * How fast the budget burns: the observed bad ratio over the allowed one. 1 spends the budget
 * exactly over the window; 14.4 spends a 30-day budget in 50 hours.
 */
export function burnRate(targetPercent: number, badRatioPercent: number): number {
  const fraction = budgetFraction(targetPercent);
  checkNonNegative('badRatioPercent', badRatioPercent);
  if (badRatioPercent > 100) {
    throw new SloInputError('badRatioPercent', `cannot exceed 100, got ${badRatioPercent}`);
  }
  return clean(badRatioPercent / 100 / fraction);
}

/**
 * Hours until the remaining budget is gone at a constant burn rate; Infinity when nothing burns.
 * `remainingPercent` is the share of the window's budget still unspent (100 at the start).
 */
export function hoursToExhaustion(
  burn: number,
  windowDays: number,
  remainingPercent = 100,
): number {
  checkNonNegative('burnRate', burn);
  checkWindowDays(windowDays);
  checkNonNegative('remainingPercent', remainingPercent);
  if (remainingPercent > 100) {
    throw new SloInputError('remainingPercent', `cannot exceed 100, got ${remainingPercent}`);
  }
  if (burn === 0) return Infinity;
  return clean(((windowDays * 24) / burn) * (remainingPercent / 100));
}

/** Share of the window's budget (0–1, may exceed 1) that `badEvents` out of `windowEvents` spend. */
export function budgetSpentByEvents(
  targetPercent: number,
  badEvents: number,
  windowEvents: number,
): number {
  const fraction = budgetFraction(targetPercent);
  checkCount('badEvents', badEvents);
  checkCount('windowEvents', windowEvents);
  if (windowEvents === 0) {
    throw new SloInputError(
      'windowEvents',
      'must be above 0: a window with no events has no budget',
    );
  }
  if (badEvents > windowEvents) {
    throw new SloInputError(
      'badEvents',
      `cannot exceed windowEvents (${windowEvents}), got ${badEvents}`,
    );
  }
  return clean(badEvents / (windowEvents * fraction));
}

/** Share of a time-based budget spent by `badMinutes` of full outage in the window. */
export function budgetSpentByMinutes(
  targetPercent: number,
  windowDays: number,
  badMinutes: number,
): number {
  const { allowedBadMinutes } = errorBudget(targetPercent, windowDays);
  checkNonNegative('badMinutes', badMinutes);
  return clean(badMinutes / allowedBadMinutes);
}
