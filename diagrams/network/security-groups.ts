import type { ComponentId } from '../model/components';
import { l, type Text } from '../model/text';

/** Who may open a connection: another security group, an address range or a managed prefix list. */
export type RuleSource =
  | { readonly kind: 'securityGroup'; readonly group: SecurityGroupId }
  | { readonly kind: 'vpcCidr' }
  | { readonly kind: 'prefixList'; readonly name: string }
  | { readonly kind: 'none' };

export type SecurityGroupId =
  'alb' | 'cluster' | 'proxy' | 'database' | 'cache' | 'endpoints' | 'batchJobs';

export interface SecurityGroupRule {
  readonly group: SecurityGroupId;
  readonly source: RuleSource;
  /** TCP port admitted; null for a group that admits nothing. */
  readonly port: number | null;
  /** The model's connections this rule carries; a test checks each exists. */
  readonly carries: readonly (readonly [ComponentId, ComponentId])[];
  readonly why: Text;
}

export const securityGroupNames: Record<SecurityGroupId, Text> = {
  alb: l('ALB do Ingress', 'Ingress ALB'),
  cluster: l('Cluster EKS (nós e pods)', 'EKS cluster (nodes and pods)'),
  proxy: l('RDS Proxy', 'RDS Proxy'),
  database: l('Aurora', 'Aurora'),
  cache: l('ElastiCache (Valkey)', 'ElastiCache (Valkey)'),
  endpoints: l('Interface endpoints', 'Interface endpoints'),
  batchJobs: l('Instâncias do Batch', 'Batch instances'),
};

/**
 * The inbound rules of the stacks, one row per rule. Every group is created with
 * allowAllOutbound false, so what is not here is refused.
 */
export const securityGroupRules: readonly SecurityGroupRule[] = [
  {
    group: 'alb',
    source: { kind: 'prefixList', name: 'com.amazonaws.global.cloudfront.origin-facing' },
    port: 443,
    carries: [['cloudfront', 'alb']],
    why: l(
      'só os servidores de origem do CloudFront alcançam o ALB; o WAF da borda não pode ser contornado',
      'only CloudFront origin servers reach the ALB; the edge WAF cannot be bypassed',
    ),
  },
  {
    group: 'cluster',
    source: { kind: 'securityGroup', group: 'alb' },
    port: 8000,
    carries: [
      ['alb', 'web'],
      ['alb', 'api'],
    ],
    why: l(
      'o ALB entrega direto aos IPs dos pods (target type ip)',
      'the ALB delivers straight to pod IPs (ip target type)',
    ),
  },
  {
    group: 'proxy',
    source: { kind: 'securityGroup', group: 'cluster' },
    port: 5432,
    carries: [
      ['api', 'rdsProxy'],
      ['worker', 'rdsProxy'],
    ],
    why: l('só pods chegam ao pool de conexões', 'only pods reach the connection pool'),
  },
  {
    group: 'database',
    source: { kind: 'securityGroup', group: 'proxy' },
    port: 5432,
    carries: [
      ['rdsProxy', 'auroraWriter'],
      ['rdsProxy', 'auroraReaderB'],
      ['rdsProxy', 'auroraReaderC'],
    ],
    why: l(
      'o banco só fala com o proxy (e com a função de rotação do segredo)',
      'the database talks only to the proxy (and the secret rotation function)',
    ),
  },
  {
    group: 'cache',
    source: { kind: 'securityGroup', group: 'cluster' },
    port: 6380,
    carries: [['web', 'elasticache']],
    why: l('sessões do Django, com TLS', 'Django sessions, over TLS'),
  },
  {
    group: 'endpoints',
    source: { kind: 'vpcCidr' },
    port: 443,
    carries: [
      ['nodesA', 'vpcEndpoints'],
      ['nodesB', 'vpcEndpoints'],
      ['nodesC', 'vpcEndpoints'],
    ],
    why: l(
      'chamadas às APIs da AWS sem passar pelo NAT',
      'AWS API calls without going through NAT',
    ),
  },
  {
    group: 'batchJobs',
    source: { kind: 'none' },
    port: null,
    carries: [
      ['batchSpot', 'inputsBucket'],
      ['batchOnDemand', 'resultsBucket'],
    ],
    why: l(
      'nada entra; a saída é só HTTPS para S3, ECR e endpoints',
      'nothing comes in; egress is HTTPS only, to S3, ECR and the endpoints',
    ),
  },
];
