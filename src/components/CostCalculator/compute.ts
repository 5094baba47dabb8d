import {
  CostInputError,
  monthlyCost,
  type AssumptionKey,
  type InputProblem,
  type Assumptions,
  type MonthlyCost,
  type ReaderPrices,
  type UnverifiedPriceId,
} from '@site/diagrams/cost';

export type Draft = Record<AssumptionKey, string>;
export type PriceDraft = Partial<Record<UnverifiedPriceId, string>>;

export type Outcome =
  | { readonly ok: true; readonly cost: MonthlyCost }
  | {
      readonly ok: false;
      readonly field: AssumptionKey | UnverifiedPriceId;
      readonly problem: InputProblem;
    };

/** Parses what the reader typed and runs the same pure cost model the tables use. */
export function compute(draft: Draft, prices: PriceDraft): Outcome {
  const assumptions: Record<string, number> = {};
  for (const [key, text] of Object.entries(draft) as [AssumptionKey, string][]) {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    if (Number.isNaN(value)) return { ok: false, field: key, problem: { kind: 'notNumber' } };
    assumptions[key] = value;
  }
  const readerPrices: ReaderPrices = {};
  for (const [id, text] of Object.entries(prices) as [UnverifiedPriceId, string | undefined][]) {
    if (text === undefined || text.trim() === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0)
      return {
        ok: false,
        field: id,
        problem: { kind: 'range', min: 0, max: Number.POSITIVE_INFINITY },
      };
    readerPrices[id] = value;
  }
  try {
    return { ok: true, cost: monthlyCost(assumptions as unknown as Assumptions, readerPrices) };
  } catch (error) {
    if (error instanceof CostInputError)
      return { ok: false, field: error.field, problem: error.problem };
    throw error;
  }
}
