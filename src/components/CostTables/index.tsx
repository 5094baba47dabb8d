/** Tables of the cost page, each computed from the cost model in diagrams/cost. */
export { default as AssumptionsTable } from './AssumptionsTable';
export { default as FiveYearStorage } from './FiveYearStorage';
export { default as LineItems } from './LineItems';
export { default as MonthlyByScale } from './MonthlyByScale';
export { default as NotModelled } from './NotModelled';
export { SourcedPriceTable, UnverifiedPriceTable } from './PriceTable';
export { default as CostFigure } from './CostFigure';
