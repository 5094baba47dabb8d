/**
 * The sizes the stacks configure, as plain data with no CDK import, so the documentation site can
 * compute capacity from the same numbers the IaC deploys. The stacks read these; nothing else
 * writes them.
 */

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

/** One managed node group per zone, all alike. */
export const nodeGroupSizing = {
  instanceType: 'm7i.xlarge',
  /** vCPUs of one m7i.xlarge (the "xlarge" size of the M7i family). */
  instanceVCpu: 4,
  minSize: 1,
  desiredSize: 2,
  maxSize: 10,
} as const;

/** Batch: each compute environment (Spot and On-Demand) scales from zero to this many vCPUs. */
export const batchSizing = {
  maxvCpus: 512,
  instanceClasses: ['c7i', 'm7i', 'r7i'],
  /** Protein jobs of one analysis that the Map state runs at once. */
  mapMaxConcurrency: 100,
} as const;

/** Aurora instances (writer and two readers) and the proxy in front of them. */
export const databaseSizing = {
  instanceClass: 'db.r7g.large',
  instances: 3,
  /** Share of the writer's max_connections the RDS Proxy may open. */
  proxyMaxConnectionsPercent: 90,
} as const;
