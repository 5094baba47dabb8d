/** Tables of the capacity page, computed by diagrams/capacity from the cost model and the IaC sizes. */
import type { ReactNode } from 'react';
import ScaleTable from './ScaleTable';
import { batchRows, inputRows, nodeRows, podRows, s3Rows, stepFunctionsRows } from './rows';

export {
  CapacityAssumptionsTable,
  ConfiguredTable,
  DatabaseTable,
  LimitsTable,
  QuotaTable,
} from './Tables';

const table = {
  inputs: inputRows,
  pods: podRows,
  nodes: nodeRows,
  batch: batchRows,
  s3: s3Rows,
  stepFunctions: stepFunctionsRows,
};

/** A per-scale table: `<ScaleFigures of="pods" />`. */
export function ScaleFigures({ of }: { of: keyof typeof table }): ReactNode {
  return <ScaleTable rows={table[of]} />;
}
