import type { ComponentId } from '../model/components';

/**
 * How each component of the model appears in the cost model. `priced`: it has line items.
 * `onNodes`: a Kubernetes workload whose cost is the EC2 nodes it runs on. `notModelled`: a real
 * cost left out of the totals, with the page where the reader finds its price. `actor`: a person.
 */
export type Coverage =
  | { readonly kind: 'priced' }
  | { readonly kind: 'onNodes' }
  | { readonly kind: 'actor' }
  | { readonly kind: 'notModelled'; readonly url: string };

const priced = { kind: 'priced' } as const;
const onNodes = { kind: 'onNodes' } as const;
const actor = { kind: 'actor' } as const;
const notModelled = (url: string) => ({ kind: 'notModelled', url }) as const;

/** A new component in the model fails to compile until it is placed here. */
export const coverage = {
  scientist: actor,
  engineer: actor,
  developer: actor,
  controlTower: notModelled('https://aws.amazon.com/controltower/pricing/'),
  identityCenter: notModelled('https://aws.amazon.com/iam/identity-center/'),
  cloudtrail: notModelled('https://aws.amazon.com/cloudtrail/pricing/'),
  logsBucket: notModelled('https://aws.amazon.com/s3/pricing/'),
  guardduty: notModelled('https://aws.amazon.com/guardduty/pricing/'),
  securityHub: notModelled('https://aws.amazon.com/security-hub/pricing/'),
  config: notModelled('https://aws.amazon.com/config/pricing/'),
  inspector: notModelled('https://aws.amazon.com/inspector/pricing/'),
  accessAnalyzer: notModelled('https://aws.amazon.com/iam/access-analyzer/pricing/'),
  codecommit: notModelled('https://aws.amazon.com/codecommit/pricing/'),
  codepipeline: notModelled('https://aws.amazon.com/codepipeline/pricing/'),
  codebuild: notModelled('https://aws.amazon.com/codebuild/pricing/'),
  ecr: notModelled('https://aws.amazon.com/ecr/pricing/'),
  route53: notModelled('https://aws.amazon.com/route53/pricing/'),
  cloudfront: priced,
  waf: notModelled('https://aws.amazon.com/waf/pricing/'),
  shield: notModelled('https://aws.amazon.com/shield/pricing/'),
  acm: notModelled('https://aws.amazon.com/certificate-manager/pricing/'),
  cognito: priced,
  inputsBucket: priced,
  resultsBucket: priced,
  kms: priced,
  secretsManager: notModelled('https://aws.amazon.com/secrets-manager/pricing/'),
  eventbridge: notModelled('https://aws.amazon.com/eventbridge/pricing/'),
  statusQueue: notModelled('https://aws.amazon.com/sqs/pricing/'),
  stepFunctions: priced,
  batchQueue: notModelled('https://aws.amazon.com/batch/pricing/'),
  sns: notModelled('https://aws.amazon.com/sns/pricing/'),
  cloudwatch: priced,
  canaries: notModelled('https://aws.amazon.com/cloudwatch/pricing/'),
  xray: notModelled('https://aws.amazon.com/xray/pricing/'),
  prometheus: notModelled('https://aws.amazon.com/prometheus/pricing/'),
  grafana: notModelled('https://aws.amazon.com/grafana/pricing/'),
  cloudformation: notModelled('https://aws.amazon.com/cloudformation/pricing/'),
  backupVault: notModelled('https://aws.amazon.com/backup/pricing/'),
  internetGateway: notModelled('https://aws.amazon.com/vpc/pricing/'),
  alb: priced,
  vpcEndpoints: priced,
  rdsProxy: priced,
  elasticache: priced,
  batchSpot: priced,
  batchOnDemand: priced,
  eksControlPlane: priced,
  karpenter: onNodes,
  lbController: onNodes,
  web: onNodes,
  api: onNodes,
  worker: onNodes,
  externalSecrets: onNodes,
  adot: onNodes,
  argocd: onNodes,
  natA: priced,
  natB: priced,
  natC: priced,
  nodesA: priced,
  nodesB: priced,
  nodesC: priced,
  auroraWriter: priced,
  auroraReaderB: priced,
  auroraReaderC: priced,
  drVault: notModelled('https://aws.amazon.com/backup/pricing/'),
  resultsReplica: priced,
} as const satisfies Record<ComponentId, Coverage>;
