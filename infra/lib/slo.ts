import { Duration } from 'aws-cdk-lib';

/** Availability SLO of the site as users reach it, over a 30-day window. */
export const availabilitySlo = { target: 0.999, windowDays: 30 } as const;

/**
 * Multi-window, multi-burn-rate alerting from the SRE Workbook ("Alerting on SLOs"): page when
 * 2% of a 30-day budget burns in 1 hour (14.4x) or 5% in 6 hours (6x), each confirmed by a short
 * window of 1/12 of the long one.
 */
export const burnRateWindows = [
  { name: 'fast', burnRate: 14.4, long: Duration.hours(1), short: Duration.minutes(5) },
  { name: 'slow', burnRate: 6, long: Duration.hours(6), short: Duration.minutes(30) },
] as const;
