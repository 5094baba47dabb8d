import { l, type Text } from '@site/diagrams/model/text';

export interface Source {
  readonly label: Text;
  readonly href: string;
}

const source = (pt: string, en: string, href: string): Source => ({ label: l(pt, en), href });

/** The AWS pages every figure of the failure-mode and DR tables comes from. */
export const sources = {
  auroraHa: source(
    'Alta disponibilidade do Aurora',
    'Aurora high availability',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
  ),
  rdsProxy: source(
    'RDS Proxy',
    'RDS Proxy',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html',
  ),
  auroraBackups: source(
    'Backups do Aurora',
    'Aurora backups',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
  ),
  auroraGlobal: source(
    'Aurora Global Database',
    'Aurora Global Database',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html',
  ),
  valkeyFailover: source(
    'Multi-AZ do ElastiCache',
    'ElastiCache Multi-AZ',
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
  ),
  eksResilience: source(
    'Arquitetura do EKS',
    'EKS architecture',
    'https://docs.aws.amazon.com/eks/latest/userguide/eks-architecture.html',
  ),
  albHealth: source(
    'Health checks do ALB',
    'ALB health checks',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
  ),
  zonalShift: source(
    'Zonal shift do ARC',
    'ARC zonal shift',
    'https://docs.aws.amazon.com/r53recovery/latest/dg/arc-zonal-shift.html',
  ),
  natGateway: source(
    'NAT gateways',
    'NAT gateways',
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  ),
  spotNotice: source(
    'Aviso de interrupção Spot',
    'Spot interruption notice',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html',
  ),
  batchOrder: source(
    'Ordem dos ambientes do Batch',
    'Batch compute environment order',
    'https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html',
  ),
  sqsVisibility: source(
    'Visibility timeout do SQS',
    'SQS visibility timeout',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html',
  ),
  s3Classes: source(
    'Classes de armazenamento do S3',
    'S3 storage classes',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html',
  ),
  s3Rtc: source(
    'S3 Replication Time Control',
    'S3 Replication Time Control',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html',
  ),
  s3Versioning: source(
    'Versionamento do S3',
    'S3 Versioning',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
  ),
  backupCopy: source(
    'Cópia entre regiões do AWS Backup',
    'AWS Backup cross-Region copy',
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html',
  ),
  route53Sla: source('SLA do Route 53', 'Route 53 SLA', 'https://aws.amazon.com/route53/sla/'),
  drStrategies: source(
    'Estratégias de DR na AWS',
    'DR strategies on AWS',
    'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html',
  ),
  ecrReplication: source(
    'Replicação do ECR',
    'ECR replication',
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html',
  ),
} as const satisfies Record<string, Source>;
