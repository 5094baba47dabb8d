import { l, type Text } from '../model/text';
import { analysisSettings } from '../../infra/lib/analysis-settings';
import { interfaceEndpointServices } from '../../infra/lib/endpoints';

/** What drives the bill. Every field is a monthly or steady figure for the production account. */
export interface Assumptions {
  /** Users who sign in at least once in the month (Cognito bills by them). */
  readonly monthlyActiveUsers: number;
  /** Users with a page open at the busiest moment; sizes the web and API pods. */
  readonly peakConcurrentUsers: number;
  readonly samplesPerMonth: number;
  /** One file per protein. */
  readonly filesPerSample: number;
  readonly inputFileMiB: number;
  readonly resultMiBPerFile: number;
  readonly analysisMinutesPerFile: number;
  readonly vCpuPerJob: number;
  readonly memoryGiBPerJob: number;
  /** Share of Batch vCPU-hours that run on Spot (0 to 1); the rest falls to On-Demand. */
  readonly spotShare: number;
  /** Extra Step Functions transitions per protein job caused by retries (0 = none). */
  readonly retriesPerJob: number;
  /** Multipart part size chosen by the uploader. */
  readonly uploadPartMiB: number;
  /** How many times each new result is downloaded (presigned URL, straight from S3). */
  readonly downloadsPerResult: number;
  /** Pages and scripts served by CloudFront per active user in the month. */
  readonly pageMiBPerActiveUser: number;
  readonly logIngestGiBPerMonth: number;
  /** Traffic that still leaves through NAT (third-party APIs, OS updates) after the endpoints. */
  readonly natGiBPerMonth: number;
  readonly databaseGiB: number;
  /** vCPUs of each Aurora instance (RDS Proxy bills by them). */
  readonly dbInstanceVCpu: number;
  /** vCPUs the cluster needs with no users: system pods, Argo CD, ADOT, Karpenter, workers. */
  readonly baselineClusterVCpu: number;
  /** Concurrent users one vCPU of web + API pods serves at the target latency. */
  readonly concurrentUsersPerVCpu: number;
  readonly interfaceEndpoints: number;
  readonly kmsKeys: number;
}

export type AssumptionKey = keyof Assumptions;

/** Why a value was refused, in a form a user interface can put in its own words. */
export type InputProblem =
  | { readonly kind: 'notNumber' }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'integer' }
  | { readonly kind: 'tooManyParts'; readonly parts: number; readonly maxParts: number };

/** Bad input is reported with the field that caused it, so a form can point at it. */
export class CostInputError extends Error {
  constructor(
    readonly field: AssumptionKey,
    readonly problem: InputProblem,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'CostInputError';
  }
}

interface Bound {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
}

/** S3 multipart parts: 5 MiB to 5 GiB, at most 10,000 per upload (checked separately). */
const bounds: Record<AssumptionKey, Bound> = {
  monthlyActiveUsers: { min: 0, max: 10_000_000, integer: true },
  peakConcurrentUsers: { min: 0, max: 1_000_000, integer: true },
  samplesPerMonth: { min: 0, max: 10_000_000, integer: true },
  filesPerSample: { min: 1, max: 100_000, integer: true },
  inputFileMiB: { min: 0.001, max: 5 * 1024 * 1024 },
  resultMiBPerFile: { min: 0, max: 5 * 1024 * 1024 },
  analysisMinutesPerFile: { min: 0, max: 14 * 24 * 60 },
  vCpuPerJob: { min: 0.25, max: 192 },
  memoryGiBPerJob: { min: 0.5, max: 1536 },
  spotShare: { min: 0, max: 1 },
  retriesPerJob: { min: 0, max: 10 },
  uploadPartMiB: { min: 5, max: 5 * 1024 },
  downloadsPerResult: { min: 0, max: 1000 },
  pageMiBPerActiveUser: { min: 0, max: 100_000 },
  logIngestGiBPerMonth: { min: 0, max: 10_000_000 },
  natGiBPerMonth: { min: 0, max: 10_000_000 },
  databaseGiB: { min: 0, max: 256 * 1024 },
  dbInstanceVCpu: { min: 1, max: 192, integer: true },
  baselineClusterVCpu: { min: 0, max: 10_000 },
  concurrentUsersPerVCpu: { min: 1, max: 100_000 },
  interfaceEndpoints: { min: 0, max: 100, integer: true },
  kmsKeys: { min: 0, max: 1000, integer: true },
};

export const assumptionKeys = Object.keys(bounds) as AssumptionKey[];

export const multipartMaxParts = 10_000;

/** Throws CostInputError naming the first field that is missing, not a number or out of range. */
export function validateAssumptions(input: Assumptions): Assumptions {
  for (const key of assumptionKeys) {
    const value: unknown = (input as unknown as Record<string, unknown>)[key];
    const { min, max, integer } = bounds[key];
    if (typeof value !== 'number' || Number.isNaN(value))
      throw new CostInputError(
        key,
        { kind: 'notNumber' },
        `must be a number, got ${JSON.stringify(value)}`,
      );
    if (!Number.isFinite(value) || value < min || value > max)
      throw new CostInputError(
        key,
        { kind: 'range', min, max },
        `must be between ${min} and ${max}, got ${value}`,
      );
    if (integer && !Number.isInteger(value))
      throw new CostInputError(key, { kind: 'integer' }, `must be a whole number, got ${value}`);
  }
  const parts = Math.ceil(input.inputFileMiB / input.uploadPartMiB);
  if (parts > multipartMaxParts)
    throw new CostInputError(
      'uploadPartMiB',
      { kind: 'tooManyParts', parts, maxParts: multipartMaxParts },
      `a ${input.inputFileMiB} MiB file in ${input.uploadPartMiB} MiB parts needs ${parts} parts; S3 allows ${multipartMaxParts}`,
    );
  return input;
}

export type ScaleId = 'pilot' | 'typical' | 'peak';

export interface Scale {
  readonly label: Text;
  readonly assumptions: Assumptions;
}

/** Settings that do not change with the number of users. */
const platform = {
  retriesPerJob: 0.1,
  uploadPartMiB: 16,
  // The protein job's size as its Batch job definition declares it.
  vCpuPerJob: analysisSettings.jobs.analyse.vcpus,
  memoryGiBPerJob: analysisSettings.jobs.analyse.memoryGiB,
  dbInstanceVCpu: 2,
  baselineClusterVCpu: 12,
  concurrentUsersPerVCpu: 50,
  // The interface endpoints the Network stack creates: the cost follows the infrastructure.
  interfaceEndpoints: Object.keys(interfaceEndpointServices).length,
  kmsKeys: 4,
} as const;

/**
 * Three scales of use. Pilot: one lab trying the product. Typical: a few dozen labs. Peak: a
 * national user base in its busiest month. The numbers are planning assumptions, stated here so
 * that anyone can change them and see the effect.
 */
export const scales = {
  pilot: {
    label: l('Piloto', 'Pilot'),
    assumptions: {
      ...platform,
      monthlyActiveUsers: 20,
      peakConcurrentUsers: 10,
      samplesPerMonth: 50,
      filesPerSample: 20,
      inputFileMiB: 50,
      resultMiBPerFile: 5,
      analysisMinutesPerFile: 10,
      spotShare: 0.7,
      downloadsPerResult: 2,
      pageMiBPerActiveUser: 50,
      logIngestGiBPerMonth: 20,
      natGiBPerMonth: 10,
      databaseGiB: 10,
    },
  },
  typical: {
    label: l('Típica', 'Typical'),
    assumptions: {
      ...platform,
      monthlyActiveUsers: 500,
      peakConcurrentUsers: 200,
      samplesPerMonth: 1000,
      filesPerSample: 50,
      inputFileMiB: 100,
      resultMiBPerFile: 10,
      analysisMinutesPerFile: 15,
      spotShare: 0.8,
      downloadsPerResult: 2,
      pageMiBPerActiveUser: 100,
      logIngestGiBPerMonth: 150,
      natGiBPerMonth: 50,
      databaseGiB: 100,
    },
  },
  peak: {
    label: l('Pico', 'Peak'),
    assumptions: {
      ...platform,
      monthlyActiveUsers: 5000,
      peakConcurrentUsers: 2000,
      samplesPerMonth: 5000,
      filesPerSample: 100,
      inputFileMiB: 200,
      resultMiBPerFile: 20,
      analysisMinutesPerFile: 20,
      spotShare: 0.8,
      downloadsPerResult: 3,
      pageMiBPerActiveUser: 150,
      logIngestGiBPerMonth: 1000,
      natGiBPerMonth: 200,
      databaseGiB: 500,
    },
  },
} as const satisfies Record<ScaleId, Scale>;

export const scaleIds = Object.keys(scales) as ScaleId[];
