/**
 * The Kubernetes objects of the web, API and worker, as plain data: the Cluster stack applies them
 * and the tests validate each against the Kubernetes schema.
 */
import { hpaTargetCpuPercent } from '../sizing';

export const namespace = 'espectro';

export type Workload = 'web' | 'api' | 'worker';

export interface WorkloadSpec {
  readonly image: string;
  readonly port?: number;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly cpu: string;
  readonly memory: string;
  readonly env: Readonly<Record<string, string>>;
}

export interface ManifestInputs {
  readonly workloads: Readonly<Record<Workload, WorkloadSpec>>;
  readonly domainName: string;
  readonly certificateArn: string;
  readonly webAclArn: string;
  readonly albSecurityGroupId: string;
  readonly vpcCidr: string;
}

export type Manifest = Record<string, unknown> & {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
};

const labels = (app: Workload) => ({
  'app.kubernetes.io/name': app,
  'app.kubernetes.io/part-of': 'espectro',
});

function deployment(name: Workload, spec: WorkloadSpec): Manifest {
  const selector = labels(name);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels: selector },
    spec: {
      replicas: spec.minReplicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '25%' } },
      template: {
        metadata: { labels: selector },
        spec: {
          serviceAccountName: name,
          automountServiceAccountToken: true,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 10001,
            fsGroup: 10001,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'topology.kubernetes.io/zone',
              whenUnsatisfiable: 'DoNotSchedule',
              labelSelector: { matchLabels: selector },
            },
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: selector },
            },
          ],
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name,
              image: spec.image,
              imagePullPolicy: 'IfNotPresent',
              ...(spec.port
                ? { ports: [{ name: 'http', containerPort: spec.port, protocol: 'TCP' }] }
                : {}),
              env: Object.entries(spec.env).map(([envName, value]) => ({ name: envName, value })),
              resources: {
                requests: { cpu: spec.cpu, memory: spec.memory },
                limits: { memory: spec.memory },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              ...(spec.port
                ? {
                    readinessProbe: {
                      httpGet: { path: '/healthz/ready', port: 'http' },
                      periodSeconds: 5,
                      failureThreshold: 3,
                    },
                    livenessProbe: {
                      httpGet: { path: '/healthz/live', port: 'http' },
                      periodSeconds: 10,
                      failureThreshold: 6,
                    },
                  }
                : {}),
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '1Gi' } }],
        },
      },
    },
  };
}

function service(name: Workload): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, labels: labels(name) },
    spec: {
      type: 'ClusterIP',
      selector: labels(name),
      ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }],
    },
  };
}

function autoscaler(name: Workload, spec: WorkloadSpec): Manifest {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, namespace, labels: labels(name) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: spec.minReplicas,
      maxReplicas: spec.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: hpaTargetCpuPercent },
          },
        },
      ],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  };
}

function disruptionBudget(name: Workload): Manifest {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, namespace, labels: labels(name) },
    spec: { minAvailable: 2, selector: { matchLabels: labels(name) } },
  };
}

/** Pods only talk to what the model connects them to; everything else is denied. */
function networkPolicies(vpcCidr: string): Manifest[] {
  const dns = {
    to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }],
    ports: [
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 53 },
    ],
  };
  // AWS APIs are reached through the VPC's interface endpoints and S3 over HTTPS; the RDS Proxy
  // and Valkey sit in the data subnets of the same VPC.
  const awsApis = {
    to: [{ ipBlock: { cidr: '0.0.0.0/0' } }],
    ports: [{ protocol: 'TCP', port: 443 }],
  };
  const data = {
    to: [{ ipBlock: { cidr: vpcCidr } }],
    ports: [
      { protocol: 'TCP', port: 5432 },
      { protocol: 'TCP', port: 6380 },
    ],
  };
  const fromAlb = {
    from: [{ ipBlock: { cidr: vpcCidr } }],
    ports: [{ protocol: 'TCP', port: 8000 }],
  };
  const policy = (name: string, podSelector: object, spec: object): Manifest => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec: { podSelector, ...spec },
  });
  return [
    policy('default-deny', {}, { policyTypes: ['Ingress', 'Egress'] }),
    policy(
      'web',
      { matchLabels: labels('web') },
      {
        policyTypes: ['Ingress', 'Egress'],
        ingress: [fromAlb],
        egress: [
          dns,
          awsApis,
          data,
          {
            to: [{ podSelector: { matchLabels: labels('api') } }],
            ports: [{ protocol: 'TCP', port: 8000 }],
          },
        ],
      },
    ),
    policy(
      'api',
      { matchLabels: labels('api') },
      {
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          fromAlb,
          {
            from: [{ podSelector: { matchLabels: labels('web') } }],
            ports: [{ protocol: 'TCP', port: 8000 }],
          },
        ],
        egress: [dns, awsApis, data],
      },
    ),
    policy(
      'worker',
      { matchLabels: labels('worker') },
      { policyTypes: ['Ingress', 'Egress'], egress: [dns, awsApis, data] },
    ),
  ];
}

function ingress(inputs: ManifestInputs): Manifest {
  const annotations = {
    'alb.ingress.kubernetes.io/scheme': 'internet-facing',
    'alb.ingress.kubernetes.io/target-type': 'ip',
    'alb.ingress.kubernetes.io/group.name': 'espectro',
    'alb.ingress.kubernetes.io/listen-ports': '[{"HTTPS":443}]',
    'alb.ingress.kubernetes.io/certificate-arn': inputs.certificateArn,
    'alb.ingress.kubernetes.io/ssl-policy': 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    'alb.ingress.kubernetes.io/wafv2-acl-arn': inputs.webAclArn,
    'alb.ingress.kubernetes.io/security-groups': inputs.albSecurityGroupId,
    'alb.ingress.kubernetes.io/manage-backend-security-group-rules': 'true',
    'alb.ingress.kubernetes.io/healthcheck-path': '/healthz/ready',
    'alb.ingress.kubernetes.io/load-balancer-attributes':
      'routing.http.drop_invalid_header_fields.enabled=true,deletion_protection.enabled=true',
    'alb.ingress.kubernetes.io/tags': 'topology-id=alb,project=espectro',
  };
  const backend = (name: Workload) => ({ service: { name, port: { name: 'http' } } });
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'espectro', namespace, annotations },
    spec: {
      ingressClassName: 'alb',
      rules: [
        {
          host: `origin.${inputs.domainName}`,
          http: {
            paths: [
              { path: '/api', pathType: 'Prefix', backend: backend('api') },
              { path: '/', pathType: 'Prefix', backend: backend('web') },
            ],
          },
        },
      ],
    },
  };
}

/** The namespace comes first: the service accounts of the Pod Identity associations live in it. */
export function namespaceManifest(): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: namespace, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } },
  };
}

/** Every object the Cluster stack applies for the application after the namespace, in apply order. */
export function applicationManifests(inputs: ManifestInputs): Manifest[] {
  const names = Object.keys(inputs.workloads) as Workload[];
  const serving = names.filter((n) => inputs.workloads[n].port !== undefined);
  return [
    ...networkPolicies(inputs.vpcCidr),
    ...names.map((n) => deployment(n, inputs.workloads[n])),
    ...serving.map(service),
    ...names.map((n) => autoscaler(n, inputs.workloads[n])),
    ...names.map(disruptionBudget),
    ingress(inputs),
  ];
}
