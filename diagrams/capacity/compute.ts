import { hoursPerMonth, monthlyUsage } from '../cost/monthly';
import type { Assumptions } from '../cost/assumptions';
import {
  batchSizing,
  databaseSizing,
  hpaTargetCpuPercent,
  nodeGroupSizing,
  nodePoolSizing,
  workloadSizing,
} from '../../infra/lib/sizing';
import { capacityAssumptions } from './assumptions';
import { limits } from './limits';

/** What the IaC configures; a parameter so tests can ask "what if". */
export interface Configured {
  readonly workloads: typeof workloadSizing;
  readonly hpaTargetCpuPercent: number;
  readonly nodes: typeof nodeGroupSizing;
  /** The Karpenter NodePool that adds nodes above the system node groups. */
  readonly nodePool: { readonly cpuLimit: number };
  readonly zones: number;
  readonly batch: typeof batchSizing;
  readonly database: typeof databaseSizing;
}

export const configured: Configured = {
  workloads: workloadSizing,
  hpaTargetCpuPercent,
  nodes: nodeGroupSizing,
  nodePool: nodePoolSizing,
  zones: 3,
  batch: batchSizing,
  database: databaseSizing,
};

/** "500m" -> 0.5 vCPU. */
export function millicores(cpu: string): number {
  const match = /^(\d+)m$/.exec(cpu);
  if (!match?.[1]) throw new Error(`CPU request "${cpu}" is not in millicores`);
  return Number(match[1]) / 1000;
}

export interface PodNeed {
  /** vCPUs the workload burns at the busiest moment. */
  readonly vCpu: number;
  /** Replicas that keep each pod at the HPA target. */
  readonly needed: number;
  readonly min: number;
  readonly max: number;
  /** What the HPA will actually run: the need, within [min, max]. */
  readonly replicas: number;
}

export interface CapacityReport {
  readonly pods: { readonly web: PodNeed; readonly api: PodNeed };
  readonly nodes: {
    readonly requestedVCpu: number;
    readonly needed: number;
    readonly min: number;
    /** What the system node groups run; Karpenter adds nodes above this for pending pods. */
    readonly desired: number;
    readonly max: number;
    readonly vCpuPerNode: number;
  };
  readonly database: {
    readonly maxConnections: number;
    readonly proxyConnections: number;
    readonly podsAtMax: number;
    readonly connectionsPerPod: number;
  };
  readonly batch: {
    readonly vCpuHoursPerMonth: number;
    readonly averageVCpu: number;
    readonly busyVCpu: number;
    readonly burstPerAnalysis: number;
    readonly ceilingVCpu: number;
    readonly spotCeilingVCpu: number;
    readonly hoursToClearBusyDay: number;
    readonly hoursPerAnalysis: number;
  };
  readonly s3: {
    readonly writesPerSecond: number;
    readonly readsPerSecond: number;
    readonly writeLimit: number;
    readonly readLimit: number;
  };
  readonly stepFunctions: {
    readonly executionsPerMonth: number;
    readonly openAtOnce: number;
    readonly openLimit: number;
  };
  readonly quotas: { readonly onDemandVCpu: number; readonly spotVCpu: number };
}

function podNeed(vCpu: number, cpu: string, min: number, max: number, targetPercent: number) {
  const perPod = millicores(cpu) * (targetPercent / 100);
  const needed = Math.ceil(vCpu / perPod);
  return { vCpu, needed, min, max, replicas: Math.min(max, Math.max(min, needed)) };
}

/** Default max_connections of an Aurora PostgreSQL instance, as AWS's worked example computes it. */
export function auroraMaxConnections(memoryGiB: number): number {
  // AWS's example counts the class memory as GiB × 10^9 bytes; the real DBInstanceClassMemory
  // is somewhat lower still, so this is an upper bound to check with SHOW max_connections.
  return Math.min(
    Math.round((memoryGiB * 1e9) / limits.auroraBytesPerConnection.value),
    limits.auroraMaxConnectionsCap.value,
  );
}

export function capacity(a: Assumptions, c: Configured = configured): CapacityReport {
  const usage = monthlyUsage(a);
  const { workingDaysPerMonth, busyHoursPerDay, webShareOfFrontVCpu } = capacityAssumptions;
  const busyHours = workingDaysPerMonth.value * busyHoursPerDay.value;
  const busySeconds = busyHours * 3600;

  const frontVCpu = a.peakConcurrentUsers / a.concurrentUsersPerVCpu;
  const { web, api, worker } = c.workloads;
  const webNeed = podNeed(
    frontVCpu * webShareOfFrontVCpu.value,
    web.cpu,
    web.minReplicas,
    web.maxReplicas,
    c.hpaTargetCpuPercent,
  );
  const apiNeed = podNeed(
    frontVCpu * (1 - webShareOfFrontVCpu.value),
    api.cpu,
    api.minReplicas,
    api.maxReplicas,
    c.hpaTargetCpuPercent,
  );

  // Requests, not use, decide where pods fit; workers are counted at their ceiling.
  const requestedVCpu =
    webNeed.replicas * millicores(web.cpu) +
    apiNeed.replicas * millicores(api.cpu) +
    worker.maxReplicas * millicores(worker.cpu) +
    a.baselineClusterVCpu;
  const vCpuPerNode = c.nodes.instanceVCpu;

  const maxConnections = auroraMaxConnections(limits.dbR7gLargeMemoryGiB.value);
  const proxyConnections = Math.floor(
    (maxConnections * c.database.proxyMaxConnectionsPercent) / 100,
  );
  const podsAtMax = web.maxReplicas + api.maxReplicas + worker.maxReplicas;

  const burst = Math.min(a.filesPerSample, c.batch.mapMaxConcurrency) * a.vCpuPerJob;
  const ceiling = 2 * c.batch.maxvCpus; // Spot first, On-Demand when Spot is full
  const waves = Math.ceil(a.filesPerSample / c.batch.mapMaxConcurrency);

  return {
    pods: { web: webNeed, api: apiNeed },
    nodes: {
      requestedVCpu,
      needed: Math.max(c.zones * c.nodes.minSize, Math.ceil(requestedVCpu / vCpuPerNode)),
      min: c.zones * c.nodes.minSize,
      desired: c.zones * c.nodes.desiredSize,
      // The NodePool's CPU limit counted in nodes of the system size (it may pick other sizes).
      max: c.zones * c.nodes.maxSize + Math.floor(c.nodePool.cpuLimit / vCpuPerNode),
      vCpuPerNode,
    },
    database: {
      maxConnections,
      proxyConnections,
      podsAtMax,
      connectionsPerPod: Math.floor(proxyConnections / podsAtMax),
    },
    batch: {
      vCpuHoursPerMonth: usage.batchVCpuHours,
      averageVCpu: usage.batchVCpuHours / hoursPerMonth,
      busyVCpu: usage.batchVCpuHours / busyHours,
      burstPerAnalysis: burst,
      ceilingVCpu: ceiling,
      spotCeilingVCpu: c.batch.maxvCpus,
      hoursToClearBusyDay: usage.batchVCpuHours / workingDaysPerMonth.value / ceiling,
      // Map waves of protein jobs, then the aggregation job.
      hoursPerAnalysis: ((waves + 1) * a.analysisMinutesPerFile) / 60,
    },
    s3: {
      writesPerSecond: (usage.inputPutRequests + usage.resultPutRequests) / busySeconds,
      readsPerSecond: (usage.inputGetRequests + usage.resultGetRequests) / busySeconds,
      writeLimit: limits.s3WritesPerPrefix.value,
      readLimit: limits.s3ReadsPerPrefix.value,
    },
    stepFunctions: {
      executionsPerMonth: a.samplesPerMonth,
      // Little's law: arrivals per busy hour × hours each analysis stays open.
      openAtOnce: Math.ceil(
        (a.samplesPerMonth / busyHours) * (((waves + 1) * a.analysisMinutesPerFile) / 60),
      ),
      openLimit: limits.sfnOpenExecutions.value,
    },
    quotas: {
      onDemandVCpu:
        c.zones * c.nodes.maxSize * vCpuPerNode + c.nodePool.cpuLimit + c.batch.maxvCpus,
      spotVCpu: c.batch.maxvCpus,
    },
  };
}
