import {
  analysisSettings,
  type BatchExitRule,
  type ComputeEnvironmentSettings,
  type JobSettings,
  type StatesRetry,
} from '../../infra/lib/analysis-settings';
import { l, type Text } from '../model/text';

/** The documented ceiling of an Inline Map's concurrency (state-map-inline.html). */
export const inlineMapConcurrencyLimit = 40;

export interface ComputeEnvironmentRow {
  readonly name: string;
  readonly purchase: Text;
  readonly allocationStrategy: string;
  readonly order: number;
  readonly minvCpus: number;
  readonly maxvCpus: number;
  readonly instanceFamilies: string;
}

export interface JobRow {
  readonly name: string;
  readonly vcpus: number;
  readonly memoryGiB: number;
  readonly timeoutHours: number;
  /** Jobs of this size one compute environment holds at its maximum vCPUs. */
  readonly perEnvironment: number;
}

const { fleet } = analysisSettings;

/** Environments in the order the job queue tries them. */
export function computeEnvironmentRows(
  environments: Readonly<
    Record<string, ComputeEnvironmentSettings>
  > = analysisSettings.computeEnvironments,
): ComputeEnvironmentRow[] {
  return Object.values(environments)
    .sort((a, b) => a.order - b.order)
    .map((e) => ({
      name: e.name,
      purchase: e.spot ? l('Spot', 'Spot') : l('Sob demanda', 'On-Demand'),
      allocationStrategy: e.allocationStrategy,
      order: e.order,
      minvCpus: fleet.minvCpus,
      maxvCpus: fleet.maxvCpus,
      instanceFamilies: fleet.instanceFamilies.join(', '),
    }));
}

export function jobRows(
  jobs: Readonly<Record<string, JobSettings>> = analysisSettings.jobs,
): JobRow[] {
  return Object.values(jobs).map((j) => ({
    name: j.name,
    vcpus: j.vcpus,
    memoryGiB: j.memoryGiB,
    timeoutHours: j.timeoutHours,
    perEnvironment: Math.floor(fleet.maxvCpus / j.vcpus),
  }));
}

/** How one evaluateOnExit rule reads, in words. */
export function describeExitRule(rule: BatchExitRule): Text {
  const on = rule.onStatusReason
    ? `statusReason = "${rule.onStatusReason}"`
    : `reason = "${rule.onReason ?? '*'}"`;
  return rule.action === 'RETRY'
    ? l(`${on}: nova tentativa`, `${on}: retry`)
    : l(`${on}: falha sem nova tentativa`, `${on}: fail, no retry`);
}

export function describeStatesRetry(retry: StatesRetry): Text {
  const errors = retry.errors.join(', ');
  return l(
    `${errors}: até ${retry.maxAttempts} novas tentativas, a primeira após ${retry.intervalSeconds} s, intervalo ×${retry.backoffRate}`,
    `${errors}: up to ${retry.maxAttempts} retries, the first after ${retry.intervalSeconds} s, interval ×${retry.backoffRate}`,
  );
}

/** vCPUs one execution's Map can hold at once: concurrency × the protein job's vCPUs. */
export const vcpusPerExecution =
  analysisSettings.stateMachine.mapMaxConcurrency * analysisSettings.jobs.analyse.vcpus;

/** Executions at full Map concurrency that fit in the Spot environment before overflow. */
export const executionsPerEnvironment = Math.floor(fleet.maxvCpus / vcpusPerExecution);

/** Job runs a protein can cost at most: Batch's attempts (Step Functions does not add any). */
export const maxRunsPerProtein = analysisSettings.batchRetry.attempts;

export { analysisSettings };
