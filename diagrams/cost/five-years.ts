import { inputsLifecycle, resultsLifecycle } from '../model/lifecycles';
import type { LifecycleDef, StorageClass } from '../model/types';
import { validateAssumptions, type Assumptions } from './assumptions';
import { monthlyUsage } from './monthly';
import { sourcedPrices, type ReaderPrices } from './prices';
import {
  accumulate,
  priceStorage,
  sumGbMonths,
  type ClassPrices,
  type GbMonthsByClass,
  type RetentionMonth,
} from './retention';

/** The horizon the brief sets for results: five years of months. */
export const fiveYearMonths = 60;

export interface BucketFiveYears {
  readonly months: readonly RetentionMonth[];
  readonly gbMonths: GbMonthsByClass;
  readonly pricedUsd: number;
  readonly unpricedGbMonths: GbMonthsByClass;
  readonly usdByClass: Partial<Record<StorageClass, number>>;
  /** What the same GB-months would cost if nothing left S3 Standard: an upper bound. */
  readonly allStandardUsd: number;
}

function bucket(
  lifecycle: LifecycleDef,
  gbPerMonth: number,
  prices: ClassPrices,
  standardUsd: number,
): BucketFiveYears {
  const months = accumulate(lifecycle, gbPerMonth, fiveYearMonths);
  const gbMonths = sumGbMonths(months);
  const { pricedUsd, unpricedGbMonths, usdByClass } = priceStorage(gbMonths, prices);
  const total = Object.values(gbMonths).reduce((s, v) => s + v, 0);
  return {
    months,
    gbMonths,
    pricedUsd,
    unpricedGbMonths,
    usdByClass,
    allStandardUsd: total * standardUsd,
  };
}

/**
 * Storage cost of the retention rules over the first five years, month by month: the inputs and
 * results buckets in sa-east-1 and the results replica in us-east-1.
 */
export function fiveYearStorage(input: Assumptions, readerPrices: ReaderPrices = {}) {
  const a = validateAssumptions(input);
  const u = monthlyUsage(a);
  const saPrices: ClassPrices = {
    STANDARD: sourcedPrices.s3StandardSaEast.usd,
    ...(readerPrices.s3StandardIaSaEast !== undefined && {
      STANDARD_IA: readerPrices.s3StandardIaSaEast,
    }),
    ...(readerPrices.s3GlacierIrSaEast !== undefined && {
      GLACIER_IR: readerPrices.s3GlacierIrSaEast,
    }),
  };
  const usPrices: ClassPrices = {
    STANDARD: sourcedPrices.s3StandardUsEast.usd,
    STANDARD_IA: sourcedPrices.s3StandardIaUsEast.usd,
    GLACIER_IR: sourcedPrices.s3GlacierIrUsEast.usd,
  };
  return {
    inputs: bucket(inputsLifecycle, u.inputGb, saPrices, sourcedPrices.s3StandardSaEast.usd),
    results: bucket(resultsLifecycle, u.resultGb, saPrices, sourcedPrices.s3StandardSaEast.usd),
    replica: bucket(resultsLifecycle, u.resultGb, usPrices, sourcedPrices.s3StandardUsEast.usd),
  };
}
