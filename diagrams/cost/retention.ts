import type { LifecycleDef, StorageClass } from '../model/types';

/** Average month: 365.25 days / 12. Lifecycle rules count days; bills count months. */
export const daysPerMonth = 365.25 / 12;

/** The ages, in days, during which an object is billed in one storage class. */
export interface ClassSpan {
  readonly storageClass: StorageClass;
  readonly fromDay: number;
  readonly toDay: number;
}

/**
 * The storage classes an object goes through, by age, until it stops being billed. A versioned
 * bucket (one with a noncurrent-version rule) keeps the expired version, now noncurrent behind a
 * delete marker, until that rule removes it; Object Lock keeps it at least for the lock period.
 */
export function classSpans(lifecycle: LifecycleDef): ClassSpan[] {
  const billedUntil = Math.max(
    lifecycle.expireAfterDays + (lifecycle.noncurrentExpireAfterDays ?? 0),
    lifecycle.objectLock?.days ?? 0,
  );
  const steps = [...lifecycle.transitions].sort((a, b) => a.afterDays - b.afterDays);
  const starts = [{ afterDays: 0, to: lifecycle.initialClass }, ...steps];
  return starts
    .map((step, i) => ({
      storageClass: step.to,
      fromDay: step.afterDays,
      toDay: Math.min(starts[i + 1]?.afterDays ?? billedUntil, billedUntil),
    }))
    .filter((span) => span.toDay > span.fromDay);
}

/** ∫ from t0 to t1 of max(0, min(t, b) − a) dt: GB-days held in the span [a, b) at unit ingest. */
export function rampIntegral(a: number, b: number, t0: number, t1: number): number {
  // Antiderivative of the ramp that starts at a and flattens at b.
  const F = (t: number): number => {
    if (t <= a) return 0;
    if (t <= b) return (t - a) ** 2 / 2;
    return (b - a) ** 2 / 2 + (b - a) * (t - b);
  };
  return F(t1) - F(t0);
}

export type GbMonthsByClass = Partial<Record<StorageClass, number>>;

export interface RetentionMonth {
  /** 1 is the first month after launch. */
  readonly month: number;
  readonly gbMonths: GbMonthsByClass;
  readonly totalGbMonths: number;
}

/**
 * GB-months billed in each storage class, month by month, when `gbPerMonth` arrives at an even
 * pace from launch on. An object uploaded at day d is in a class while its age t − d lies in
 * the class's span, so the stock of a class at time t is a ramp; a month's GB-months are the
 * ramp's integral over the month divided by the month's length.
 */
export function accumulate(
  lifecycle: LifecycleDef,
  gbPerMonth: number,
  months: number,
): RetentionMonth[] {
  if (!Number.isFinite(gbPerMonth) || gbPerMonth < 0)
    throw new RangeError(`gbPerMonth must be a non-negative number, got ${gbPerMonth}`);
  if (!Number.isInteger(months) || months < 1)
    throw new RangeError(`months must be a positive whole number, got ${months}`);
  const spans = classSpans(lifecycle);
  const perDay = gbPerMonth / daysPerMonth;
  return Array.from({ length: months }, (_, i) => {
    const t0 = i * daysPerMonth;
    const t1 = (i + 1) * daysPerMonth;
    const gbMonths: GbMonthsByClass = {};
    for (const span of spans) {
      const gbDays = perDay * rampIntegral(span.fromDay, span.toDay, t0, t1);
      gbMonths[span.storageClass] = (gbMonths[span.storageClass] ?? 0) + gbDays / daysPerMonth;
    }
    const totalGbMonths = Object.values(gbMonths).reduce((sum, v) => sum + v, 0);
    return { month: i + 1, gbMonths, totalGbMonths };
  });
}

/** The first month in which every span is full, so the bill stops growing. */
export function steadyStateMonth(lifecycle: LifecycleDef): number {
  const last = Math.max(...classSpans(lifecycle).map((s) => s.toDay));
  return Math.ceil(last / daysPerMonth) + 1;
}

/** GB-months per class once the bucket is full: ingest rate × days spent in the class. */
export function steadyState(lifecycle: LifecycleDef, gbPerMonth: number): GbMonthsByClass {
  const result: GbMonthsByClass = {};
  for (const span of classSpans(lifecycle))
    result[span.storageClass] =
      (result[span.storageClass] ?? 0) + (gbPerMonth * (span.toDay - span.fromDay)) / daysPerMonth;
  return result;
}

export type ClassPrices = Partial<Record<StorageClass, number>>;

export interface StorageBill {
  /** Sum over the classes that have a price. */
  readonly pricedUsd: number;
  /** GB-months of classes with no price, kept out of `pricedUsd`. */
  readonly unpricedGbMonths: GbMonthsByClass;
  readonly usdByClass: Partial<Record<StorageClass, number>>;
}

export function priceStorage(gbMonths: GbMonthsByClass, prices: ClassPrices): StorageBill {
  let pricedUsd = 0;
  const unpricedGbMonths: GbMonthsByClass = {};
  const usdByClass: Partial<Record<StorageClass, number>> = {};
  for (const [storageClass, amount] of Object.entries(gbMonths) as [StorageClass, number][]) {
    const price = prices[storageClass];
    if (price === undefined) unpricedGbMonths[storageClass] = amount;
    else {
      usdByClass[storageClass] = amount * price;
      pricedUsd += amount * price;
    }
  }
  return { pricedUsd, unpricedGbMonths, usdByClass };
}

/** Adds up the GB-months of each class over a run of months. */
export function sumGbMonths(months: readonly RetentionMonth[]): GbMonthsByClass {
  const total: GbMonthsByClass = {};
  for (const { gbMonths } of months)
    for (const [storageClass, amount] of Object.entries(gbMonths) as [StorageClass, number][])
      total[storageClass] = (total[storageClass] ?? 0) + amount;
  return total;
}
