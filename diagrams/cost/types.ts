import type { ComponentId } from '../model/components';
import type { Text } from '../model/text';

/** AWS regions the cost model prices; the DR copies live in us-east-1. */
export type PricedRegion = 'sa-east-1' | 'us-east-1' | 'global';

/**
 * A unit price read on an official AWS pricing page. `readOn` is the ISO date the value was
 * checked; `url` is the page a reader opens to check it again.
 */
export interface SourcedPrice {
  readonly usd: number;
  readonly unit: Text;
  readonly region: PricedRegion;
  readonly url: string;
  readonly readOn: string;
  readonly note?: Text;
}

/**
 * A billing dimension whose price we could not confirm for the region. It never has a default:
 * it counts in a total only when the reader types a price in the calculator.
 */
export interface UnverifiedPrice {
  readonly unit: Text;
  readonly region: PricedRegion;
  readonly url: string;
}

/** How a line was priced: from the sourced table, by the reader, or not at all. */
export type PriceOrigin = 'sourced' | 'reader' | 'missing';

export interface LineItem<P extends string = string> {
  readonly component: ComponentId;
  readonly what: Text;
  readonly quantity: number;
  readonly unit: Text;
  readonly priceId: P;
  readonly unitUsd: number | null;
  readonly monthlyUsd: number | null;
  readonly origin: PriceOrigin;
}
