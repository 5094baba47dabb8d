import type { ReactNode } from 'react';
import {
  formatNumber,
  monthlyUsage,
  scales,
  steadyState,
  steadyStateMonth,
  type ScaleId,
} from '@site/diagrams/cost';
import { inputsLifecycle, resultsLifecycle } from '@site/diagrams/model/lifecycles';
import { useLocale } from './useLocale';

const total = (byClass: Partial<Record<string, number>>) =>
  Object.values(byClass).reduce<number>((s, v) => s + (v ?? 0), 0);

/** Figures the prose quotes, computed from the cost model so the text cannot drift from it. */
const figures = {
  batchVCpuHours: (scale: ScaleId) => monthlyUsage(scales[scale].assumptions).batchVCpuHours,
  clusterVCpu: (scale: ScaleId) => monthlyUsage(scales[scale].assumptions).clusterVCpu,
  inputGbPerMonth: (scale: ScaleId) => monthlyUsage(scales[scale].assumptions).inputGb,
  resultGbPerMonth: (scale: ScaleId) => monthlyUsage(scales[scale].assumptions).resultGb,
  inputsSteadyGb: (scale: ScaleId) =>
    total(steadyState(inputsLifecycle, monthlyUsage(scales[scale].assumptions).inputGb)),
  resultsSteadyGb: (scale: ScaleId) =>
    total(steadyState(resultsLifecycle, monthlyUsage(scales[scale].assumptions).resultGb)),
  inputsFullMonth: () => steadyStateMonth(inputsLifecycle),
  resultsFullMonth: () => steadyStateMonth(resultsLifecycle),
} as const satisfies Record<string, (scale: ScaleId) => number>;

export type FigureId = keyof typeof figures;

export default function CostFigure({
  figure,
  scale = 'typical',
}: {
  figure: FigureId;
  scale?: ScaleId;
}): ReactNode {
  const locale = useLocale();
  return <>{formatNumber(figures[figure](scale), locale)}</>;
}
