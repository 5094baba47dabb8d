/**
 * The worked postmortem's measured counts (the incident of the SLO page's example), kept as
 * data so the impact table computes budget spent and burn rate with the calculator's functions
 * instead of quoting results typed by hand.
 */
import type { SloId } from './catalogue';

export interface SloImpact {
  readonly slo: SloId;
  /** Bad events caused by the incident. */
  readonly badEvents: number;
  /** Valid events during the impact period. */
  readonly incidentEvents: number;
  /** Valid events in the whole 30-day window the incident falls in. */
  readonly windowEvents: number;
}

/** 03:04–03:49 UTC: 45 minutes in which new database connections failed authentication. */
export const incidentImpact = [
  { slo: 'webAvailability', badEvents: 6_318, incidentEvents: 14_040, windowEvents: 25_920_000 },
  { slo: 'uploadSuccess', badEvents: 96, incidentEvents: 212, windowEvents: 61_400 },
  { slo: 'timeToResult', badEvents: 9, incidentEvents: 41, windowEvents: 3_950 },
] as const satisfies readonly SloImpact[];

export const incidentMinutes = 45;
