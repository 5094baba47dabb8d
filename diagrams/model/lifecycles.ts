import type { LifecycleDef } from './types';

/**
 * The brief: inputs available for one year (366 days covers a leap year), results for five years. Transitions only go to
 * classes that still serve a GET in milliseconds, so results stay consultable for all five years.
 */
export const inputsLifecycle = {
  initialClass: 'STANDARD',
  transitions: [{ afterDays: 30, to: 'STANDARD_IA' }],
  expireAfterDays: 366,
  noncurrentExpireAfterDays: 7,
  abortIncompleteMultipartAfterDays: 7,
} as const satisfies LifecycleDef;

/** 5 × 365 + 2 leap days: never a day short of five years, whichever years they are. */
export const resultsLifecycle = {
  initialClass: 'STANDARD',
  transitions: [
    { afterDays: 30, to: 'STANDARD_IA' },
    { afterDays: 180, to: 'GLACIER_IR' },
  ],
  expireAfterDays: 1827,
  noncurrentExpireAfterDays: 30,
  abortIncompleteMultipartAfterDays: 7,
  objectLock: { mode: 'GOVERNANCE', days: 1827 },
} as const satisfies LifecycleDef;

export const logsLifecycle = {
  initialClass: 'STANDARD',
  transitions: [{ afterDays: 90, to: 'GLACIER_IR' }],
  expireAfterDays: 730,
  noncurrentExpireAfterDays: 30,
  abortIncompleteMultipartAfterDays: 7,
} as const satisfies LifecycleDef;
