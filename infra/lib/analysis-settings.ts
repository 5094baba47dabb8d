/**
 * The analysis pipeline's settings as plain data. The CDK stack builds from them and the site
 * renders them, so the pipeline page shows what is deployed. No aws-cdk-lib import here: this file
 * is bundled into the site.
 */

export type InstanceFamily = 'c7i' | 'm7i' | 'r7i';
export type AllocationStrategyName = 'SPOT_PRICE_CAPACITY_OPTIMIZED' | 'BEST_FIT_PROGRESSIVE';

export interface ComputeEnvironmentSettings {
  readonly name: string;
  readonly spot: boolean;
  readonly allocationStrategy: AllocationStrategyName;
  /** Position in the job queue: Batch tries environments in ascending order. */
  readonly order: number;
}

export interface JobSettings {
  readonly name: string;
  readonly command: readonly string[];
  readonly vcpus: number;
  readonly memoryGiB: number;
  readonly timeoutHours: number;
}

export interface BatchExitRule {
  readonly action: 'RETRY' | 'EXIT';
  readonly onStatusReason?: string;
  readonly onReason?: string;
}

export interface StatesRetry {
  readonly errors: readonly string[];
  readonly maxAttempts: number;
  readonly intervalSeconds: number;
  readonly backoffRate: number;
}

/**
 * Errors of the SubmitJob/DescribeJob calls themselves (throttling, service errors). A job that
 * ran and failed surfaces as States.TaskFailed after Batch has spent its own attempts on it;
 * retrying that here too would multiply the attempts and rerun jobs that fail for real.
 */
const batchApiErrors = ['Batch.AWSBatchException', 'Batch.TooManyRequestsException'];

export const analysisSettings = {
  stateMachine: {
    name: 'espectro-analysis',
    type: 'STANDARD',
    timeoutHours: 24,
    // The Inline Map runs at most 40 iterations at once; a higher value would not run more.
    mapMaxConcurrency: 40,
  },
  retries: {
    analyse: { errors: batchApiErrors, maxAttempts: 3, intervalSeconds: 30, backoffRate: 2 },
    aggregate: { errors: batchApiErrors, maxAttempts: 2, intervalSeconds: 30, backoffRate: 2 },
  } satisfies Record<string, StatesRetry>,
  batchRetry: {
    attempts: 3,
    // A reclaimed Spot instance fails the job with a status reason starting "Host EC2"; only
    // that is worth another attempt. A crash of the analysis itself would crash again.
    evaluateOnExit: [
      { action: 'RETRY', onStatusReason: 'Host EC2*' },
      { action: 'EXIT', onReason: '*' },
    ] satisfies readonly BatchExitRule[],
  },
  queue: { name: 'espectro-analysis', priority: 1 },
  fleet: {
    minvCpus: 0,
    maxvCpus: 1024,
    instanceFamilies: ['c7i', 'm7i', 'r7i'] satisfies readonly InstanceFamily[],
  },
  computeEnvironments: {
    spot: {
      name: 'espectro-spot',
      spot: true,
      allocationStrategy: 'SPOT_PRICE_CAPACITY_OPTIMIZED',
      order: 1,
    },
    onDemand: {
      name: 'espectro-on-demand',
      spot: false,
      allocationStrategy: 'BEST_FIT_PROGRESSIVE',
      order: 2,
    },
  } satisfies Record<string, ComputeEnvironmentSettings>,
  jobs: {
    analyse: {
      name: 'espectro-analyse-protein',
      command: ['analyse', 'Ref::inputKey', 'Ref::resultPrefix'],
      vcpus: 4,
      memoryGiB: 16,
      timeoutHours: 6,
    },
    aggregate: {
      name: 'espectro-aggregate-sample',
      command: ['aggregate', 'Ref::samplePrefix', 'Ref::resultPrefix'],
      vcpus: 2,
      memoryGiB: 8,
      timeoutHours: 6,
    },
  } satisfies Record<string, JobSettings>,
} as const;
