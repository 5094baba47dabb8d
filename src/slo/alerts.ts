/**
 * Multi-window, multi-burn-rate alerts as the SRE Workbook recommends them
 * (https://sre.google/workbook/alerting-on-slos/): each alert is defined by the share of the
 * window's budget it tolerates losing over a long window; the burn rate follows from the SLO
 * window, and a short window of 1/12 of the long one makes the alert stop soon after the
 * problem does. For a 30-day window this gives the Workbook's 14.4, 6 and 1.
 */
import { budgetFraction, checkTarget, checkWindowDays, SloInputError } from './budget';

export type Severity = 'page' | 'ticket';

export interface AlertPolicy {
  readonly severity: Severity;
  /** Share of the window's budget spent over the long window when the alert fires. */
  readonly budgetSpentPercent: number;
  readonly longWindowMinutes: number;
}

/** The Workbook's starting point: 2 % in 1 h and 5 % in 6 h page; 10 % in 3 days opens a ticket. */
export const workbookPolicies = [
  { severity: 'page', budgetSpentPercent: 2, longWindowMinutes: 60 },
  { severity: 'page', budgetSpentPercent: 5, longWindowMinutes: 6 * 60 },
  { severity: 'ticket', budgetSpentPercent: 10, longWindowMinutes: 3 * 24 * 60 },
] as const satisfies readonly AlertPolicy[];

/** The short window is 1/12 of the long one (5 min for 1 h, 30 min for 6 h, 6 h for 3 days). */
export const shortWindowDivisor = 12;

export interface AlertThreshold extends AlertPolicy {
  readonly shortWindowMinutes: number;
  /** Burn rate over both windows that fires the alert. */
  readonly burnRate: number;
  /** The bad-event ratio (percent) that burn rate means for this target. */
  readonly badRatioPercent: number;
  /** False when the threshold is above 100 % bad events: the alert could never fire. */
  readonly reachable: boolean;
  /** Hours a burn at exactly this rate takes to spend the whole budget. */
  readonly hoursToExhaustion: number;
  /**
   * Minutes until it fires during a total outage (100 % bad events), the Workbook's detection
   * time: long window × budget spent × window / outage ratio, i.e. long window × burn / (1/budget).
   */
  readonly minutesToFireOnFullOutage: number | null;
}

function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** One row of the alert table for a target and window. */
export function alertThreshold(
  targetPercent: number,
  windowDays: number,
  policy: AlertPolicy,
): AlertThreshold {
  checkTarget(targetPercent);
  const windowMinutes = checkWindowDays(windowDays) * 24 * 60;
  const { budgetSpentPercent, longWindowMinutes } = policy;
  if (!(budgetSpentPercent > 0 && budgetSpentPercent <= 100)) {
    throw new SloInputError(
      'budgetSpentPercent',
      `must be above 0 and at most 100, got ${budgetSpentPercent}`,
    );
  }
  if (!(Number.isFinite(longWindowMinutes) && longWindowMinutes > 0)) {
    throw new SloInputError('longWindowMinutes', `must be above 0, got ${longWindowMinutes}`);
  }
  if (longWindowMinutes > windowMinutes) {
    throw new SloInputError(
      'longWindowMinutes',
      `cannot be longer than the SLO window (${windowMinutes} min), got ${longWindowMinutes}`,
    );
  }
  const fraction = budgetFraction(targetPercent);
  const burn = clean(((budgetSpentPercent / 100) * windowMinutes) / longWindowMinutes);
  const badRatio = clean(burn * fraction);
  const reachable = badRatio <= 1;
  return {
    ...policy,
    shortWindowMinutes: clean(longWindowMinutes / shortWindowDivisor),
    burnRate: burn,
    badRatioPercent: clean(badRatio * 100),
    reachable,
    hoursToExhaustion: clean(windowMinutes / 60 / burn),
    // Spending `budgetSpentPercent` of the budget at a 100 % bad ratio takes that share of the
    // budget's minutes of full outage.
    minutesToFireOnFullOutage: reachable
      ? clean((budgetSpentPercent / 100) * windowMinutes * fraction)
      : null,
  };
}

/** The Workbook's three alerts for a target and window. */
export function alertThresholds(
  targetPercent: number,
  windowDays: number,
  policies: readonly AlertPolicy[] = workbookPolicies,
): AlertThreshold[] {
  return policies.map((policy) => alertThreshold(targetPercent, windowDays, policy));
}
