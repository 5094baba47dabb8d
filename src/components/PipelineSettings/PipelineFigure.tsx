import type { ReactNode } from 'react';
import {
  analysisSettings,
  executionsPerEnvironment,
  maxRunsPerProtein,
  vcpusPerExecution,
} from '@site/diagrams/pipeline';
import { resultsLifecycle } from '@site/diagrams/model/lifecycles';

/** Figures the prose quotes, read from the IaC settings so the text cannot drift from them. */
const figures = {
  mapConcurrency: analysisSettings.stateMachine.mapMaxConcurrency,
  batchAttempts: analysisSettings.batchRetry.attempts,
  maxvCpus: analysisSettings.fleet.maxvCpus,
  minvCpus: analysisSettings.fleet.minvCpus,
  analyseVcpus: analysisSettings.jobs.analyse.vcpus,
  jobTimeoutHours: analysisSettings.jobs.analyse.timeoutHours,
  executionTimeoutHours: analysisSettings.stateMachine.timeoutHours,
  vcpusPerExecution,
  executionsPerEnvironment,
  maxRunsPerProtein,
  resultsRetentionDays: resultsLifecycle.expireAfterDays,
} as const;

export type PipelineFigureId = keyof typeof figures;

export default function PipelineFigure({ figure }: { figure: PipelineFigureId }): ReactNode {
  return <>{String(figures[figure])}</>;
}
