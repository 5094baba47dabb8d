import { assumptionLabels } from '@site/diagrams/cost/labels';
import type { Assumptions } from '@site/diagrams/cost/assumptions';
import { formatNumber } from '@site/diagrams/cost/format';
import type { CapacityReport } from '@site/diagrams/capacity';
import { l, type Locale, type Text } from '@site/diagrams/model/text';

/** One row of a per-scale table: a label and how to read the cell from a scale's report. */
export interface Row {
  readonly label: Text;
  readonly cell: (r: CapacityReport, a: Assumptions, locale: Locale) => string;
}

const n = (value: number, locale: Locale, decimals = 0) => formatNumber(value, locale, decimals);
const input = (key: keyof Assumptions, decimals = 0): Row => ({
  label: assumptionLabels[key],
  cell: (_r, a, locale) => n(a[key], locale, decimals),
});

export const inputRows: Row[] = [
  input('peakConcurrentUsers'),
  input('concurrentUsersPerVCpu'),
  input('baselineClusterVCpu'),
  input('samplesPerMonth'),
  input('filesPerSample'),
  input('inputFileMiB'),
  input('uploadPartMiB'),
  input('analysisMinutesPerFile'),
  input('vCpuPerJob'),
  input('downloadsPerResult'),
];

const pod = (which: 'web' | 'api'): Row[] => [
  {
    label: l(`vCPUs usadas pelo ${which}`, `vCPUs used by ${which}`),
    cell: (r, _a, locale) => n(r.pods[which].vCpu, locale, 1),
  },
  {
    label: l(`Réplicas necessárias do ${which}`, `${which} replicas needed`),
    cell: (r, _a, locale) => n(r.pods[which].needed, locale),
  },
  {
    label: l(`Réplicas que o HPA roda (mín.–máx.)`, `Replicas the HPA runs (min–max)`),
    cell: (r, _a, locale) =>
      `${n(r.pods[which].replicas, locale)} (${n(r.pods[which].min, locale)}–${n(r.pods[which].max, locale)})`,
  },
];

export const podRows: Row[] = [...pod('web'), ...pod('api')];

export const nodeRows: Row[] = [
  {
    label: l('vCPUs pedidas (requests + sistema)', 'vCPUs requested (requests + system)'),
    cell: (r, _a, locale) => n(r.nodes.requestedVCpu, locale, 1),
  },
  {
    label: l('Nós, no mínimo', 'Nodes, at least'),
    cell: (r, _a, locale) => n(r.nodes.needed, locale),
  },
  {
    label: l('Nós configurados: mín., desejado, máx.', 'Configured nodes: min, desired, max'),
    cell: (r, _a, locale) =>
      `${n(r.nodes.min, locale)}, ${n(r.nodes.desired, locale)}, ${n(r.nodes.max, locale)}`,
  },
];

export const batchRows: Row[] = [
  {
    label: l('vCPU-horas por mês', 'vCPU-hours per month'),
    cell: (r, _a, locale) => n(r.batch.vCpuHoursPerMonth, locale),
  },
  {
    label: l('vCPUs em média no mês (24×7)', 'Average vCPUs over the month (24×7)'),
    cell: (r, _a, locale) => n(r.batch.averageVCpu, locale, 1),
  },
  {
    label: l('vCPUs em média nas horas de pico', 'Average vCPUs in busy hours'),
    cell: (r, _a, locale) => n(r.batch.busyVCpu, locale, 1),
  },
  {
    label: l('vCPUs de uma análise em largura total', 'vCPUs of one analysis at full width'),
    cell: (r, _a, locale) => n(r.batch.burstPerAnalysis, locale),
  },
  {
    label: l('Teto: Spot + On-Demand (vCPUs)', 'Ceiling: Spot + On-Demand (vCPUs)'),
    cell: (r, _a, locale) =>
      `${n(r.batch.spotCeilingVCpu, locale)} + ${n(r.batch.ceilingVCpu - r.batch.spotCeilingVCpu, locale)}`,
  },
  {
    label: l(
      'Horas para processar um dia útil no teto',
      'Hours to process one working day at the ceiling',
    ),
    cell: (r, _a, locale) => n(r.batch.hoursToClearBusyDay, locale, 2),
  },
  {
    label: l('Duração de uma análise sem fila (h)', 'Duration of one analysis, no queue (h)'),
    cell: (r, _a, locale) => n(r.batch.hoursPerAnalysis, locale, 2),
  },
];

export const s3Rows: Row[] = [
  {
    label: l('Escritas por segundo (PUT, multipart)', 'Writes per second (PUT, multipart)'),
    cell: (r, _a, locale) => n(r.s3.writesPerSecond, locale, 2),
  },
  {
    label: l('Leituras por segundo (GET, HEAD)', 'Reads per second (GET, HEAD)'),
    cell: (r, _a, locale) => n(r.s3.readsPerSecond, locale, 2),
  },
  {
    label: l('Folga de escrita num só prefixo', 'Write headroom in a single prefix'),
    cell: (r, _a, locale) => `${n(r.s3.writeLimit / r.s3.writesPerSecond, locale)}×`,
  },
];

export const stepFunctionsRows: Row[] = [
  {
    label: l('Execuções por mês', 'Executions per month'),
    cell: (r, _a, locale) => n(r.stepFunctions.executionsPerMonth, locale),
  },
  {
    label: l('Execuções abertas ao mesmo tempo, sem fila', 'Executions open at once, no queue'),
    cell: (r, _a, locale) => n(r.stepFunctions.openAtOnce, locale),
  },
];
