/**
 * The sizes the stacks configure, as plain data with no CDK import, so the documentation site can
 * compute capacity from the same numbers the IaC deploys. The stacks read these; nothing else
 * writes them.
 */
import { analysisSettings } from './analysis-settings';

/** Kubernetes CPU and memory as the manifests spell them. */
export interface PodSizing {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** CPU request, in millicores, as a Kubernetes quantity ("500m"). */
  readonly cpu: `${number}m`;
  readonly memory: `${number}Mi` | `${number}Gi`;
}

export const workloadSizing = {
  // 70 replicas of each serve the cost model's peak scale at the HPA target (see
  // diagrams/capacity); 30, the earlier ceiling, stopped short of it.
  web: { minReplicas: 3, maxReplicas: 70, cpu: '500m', memory: '1Gi' },
  api: { minReplicas: 3, maxReplicas: 70, cpu: '500m', memory: '1Gi' },
  worker: { minReplicas: 3, maxReplicas: 20, cpu: '250m', memory: '512Mi' },
} as const satisfies Record<'web' | 'api' | 'worker', PodSizing>;

/** Average CPU use, as a share of the request, that the HPA keeps each web, API and worker pod at. */
export const hpaTargetCpuPercent = 60;

/**
 * One small managed node group per zone, all alike: the system nodes that exist before Karpenter
 * does and run it, CoreDNS and the controllers. Application capacity comes from the NodePool.
 */
export const nodeGroupSizing = {
  instanceType: 'm7i.xlarge',
  /** vCPUs of one m7i.xlarge (the "xlarge" size of the M7i family). */
  instanceVCpu: 4,
  minSize: 1,
  desiredSize: 1,
  maxSize: 2,
} as const;

/** CPU the web, API and worker request with every HPA at its maximum, in vCPUs. */
export const workloadVCpuAtMax = Object.values(workloadSizing).reduce(
  (sum, w) => sum + w.maxReplicas * (Number(w.cpu.slice(0, -1)) / 1000),
  0,
);

/**
 * Room above the workload requests: every node keeps CPU for the kubelet and the DaemonSets
 * (VPC CNI, kube-proxy, Pod Identity agent, CloudWatch agent), and bin-packing leaves fractions
 * of nodes unused. Half again the requests covers both without leaving the ceiling open-ended.
 */
export const nodePoolHeadroom = 1.5;

/** The Karpenter NodePool of the application: what it may launch, and how much in total. */
export const nodePoolSizing = {
  /** Sum of the vCPUs of every node the pool may run at once (spec.limits.cpu). */
  cpuLimit: Math.ceil(workloadVCpuAtMax * nodePoolHeadroom),
  instanceCategories: ['c', 'm', 'r'],
  /** Only generations newer than this one (karpenter.k8s.aws/instance-generation Gt). */
  minGenerationExclusive: 5,
  capacityTypes: ['on-demand'],
  /** How long a node stays empty or underused before consolidation removes it. */
  consolidateAfter: '1m',
  /** Root volume of each node, gp3, encrypted. */
  rootVolumeGiB: 50,
} as const;

/** Batch: each compute environment (Spot and On-Demand) scales from zero to this many vCPUs. */
export const batchSizing = {
  maxvCpus: analysisSettings.fleet.maxvCpus,
  instanceClasses: analysisSettings.fleet.instanceFamilies,
  /** Protein jobs of one analysis that the Map state runs at once. */
  mapMaxConcurrency: analysisSettings.stateMachine.mapMaxConcurrency,
} as const;

/** Aurora instances (writer and two readers) and the proxy in front of them. */
export const databaseSizing = {
  instanceClass: 'db.r7g.large',
  instances: 3,
  /** Share of the writer's max_connections the RDS Proxy may open. */
  proxyMaxConnectionsPercent: 90,
} as const;
