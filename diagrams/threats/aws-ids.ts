/**
 * Detection identifiers the mitigation catalogue may cite, each checked against the AWS
 * documentation page it links to. Citing an id not listed here does not compile.
 */

/** AWS Config managed rules (the lower-case rule name; its page is derived from it). */
export const configRuleIds = [
  'access-keys-rotated',
  'iam-root-access-key-check',
  'root-account-mfa-enabled',
  'root-account-hardware-mfa-enabled',
  'mfa-enabled-for-iam-console-access',
  'iam-user-mfa-enabled',
  'iam-policy-no-statements-with-admin-access',
  'iam-no-inline-policy-check',
  's3-account-level-public-access-blocks-periodic',
  's3-bucket-level-public-access-prohibited',
  's3-bucket-public-read-prohibited',
  's3-bucket-public-write-prohibited',
  's3-bucket-ssl-requests-only',
  's3-default-encryption-kms',
  's3-bucket-versioning-enabled',
  'ecr-private-image-scanning-enabled',
  'ecr-private-tag-immutability-enabled',
  'eks-endpoint-no-public-access',
  'eks-secrets-encrypted',
  'eks-cluster-logging-enabled',
  'ec2-imdsv2-check',
  'ec2-instance-no-public-ip',
  'subnet-auto-assign-public-ip-disabled',
  'cloudformation-stack-drift-detection-check',
  'required-tags',
  'cmk-backing-key-rotation-enabled',
  'kms-cmk-not-scheduled-for-deletion',
  'multi-region-cloudtrail-enabled',
  'cloud-trail-log-file-validation-enabled',
  'cloudtrail-s3-dataevents-enabled',
  'vpc-flow-logs-enabled',
  'rds-storage-encrypted',
  'rds-cluster-multi-az-enabled',
  'rds-cluster-deletion-protection-enabled',
  'rds-instance-public-access-check',
  'rds-snapshots-public-prohibited',
  'backup-recovery-point-encrypted',
  'aurora-resources-protected-by-backup-plan',
  'secretsmanager-rotation-enabled-check',
  'secretsmanager-scheduled-rotation-success-check',
  'codebuild-project-envvar-awscred-check',
  'elasticache-repl-grp-encrypted-in-transit',
  'alb-http-to-https-redirection-check',
  'guardduty-enabled-centralized',
  'securityhub-enabled',
] as const;
export type ConfigRuleId = (typeof configRuleIds)[number];

export function configRuleUrl(id: ConfigRuleId): string {
  return `https://docs.aws.amazon.com/config/latest/developerguide/${id}.html`;
}

/** Security Hub CSPM controls, with the page of their service. */
export const securityHubControls = {
  'IAM.1': 'iam',
  'IAM.3': 'iam',
  'IAM.4': 'iam',
  'IAM.5': 'iam',
  'IAM.6': 'iam',
  'IAM.9': 'iam',
  'S3.1': 's3',
  'S3.5': 's3',
  'S3.8': 's3',
  'ECR.1': 'ecr',
  'ECR.2': 'ecr',
  'EKS.1': 'eks',
  'EKS.2': 'eks',
  'EKS.3': 'eks',
  'EKS.8': 'eks',
  'EC2.6': 'ec2',
  'EC2.8': 'ec2',
  'EC2.9': 'ec2',
  'CloudTrail.1': 'cloudtrail',
  'CloudTrail.4': 'cloudtrail',
  'KMS.3': 'kms',
  'KMS.4': 'kms',
  'RDS.2': 'rds',
  'RDS.7': 'rds',
  'RDS.15': 'rds',
  'SecretsManager.1': 'secretsmanager',
  'SecretsManager.2': 'secretsmanager',
  'CodeBuild.2': 'codebuild',
  'GuardDuty.1': 'guardduty',
  'Config.1': 'config',
} as const;
export type SecurityHubControlId = keyof typeof securityHubControls;

export function securityHubUrl(id: SecurityHubControlId): string {
  const page = securityHubControls[id];
  return `https://docs.aws.amazon.com/securityhub/latest/userguide/${page}-controls.html#${id.toLowerCase().replace('.', '-')}`;
}

/** GuardDuty finding types still generated (retired ones are deliberately absent), by page. */
export const guardDutyFindings = {
  'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS': 'iam',
  'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS': 'iam',
  'CredentialAccess:IAMUser/AnomalousBehavior': 'iam',
  'Policy:IAMUser/RootCredentialUsage': 'iam',
  'Stealth:IAMUser/CloudTrailLoggingDisabled': 'iam',
  'Policy:S3/BucketBlockPublicAccessDisabled': 's3',
  'Exfiltration:S3/AnomalousBehavior': 's3',
  'Discovery:S3/AnomalousBehavior': 's3',
  'Impact:S3/AnomalousBehavior.Delete': 's3',
  'Policy:Kubernetes/AnonymousAccessGranted': 'eks',
  'Policy:Kubernetes/ExposedDashboard': 'eks',
  'Execution:Kubernetes/ExecInKubeSystemPod': 'eks',
  'PrivilegeEscalation:Runtime/ContainerMountsHostDirectory': 'runtime',
  'Execution:Runtime/NewBinaryExecuted': 'runtime',
  'Backdoor:Runtime/C&CActivity.B!DNS': 'runtime',
  'UnauthorizedAccess:Runtime/MetadataDNSRebind': 'runtime',
} as const;
export type GuardDutyFindingId = keyof typeof guardDutyFindings;

const guardDutyPages = {
  iam: 'guardduty_finding-types-iam.html',
  s3: 'guardduty_finding-types-s3.html',
  eks: 'guardduty-finding-types-eks-audit-logs.html',
  runtime: 'findings-eks-runtime-monitoring.html',
} as const;

export function guardDutyUrl(id: GuardDutyFindingId): string {
  return `https://docs.aws.amazon.com/guardduty/latest/ug/${guardDutyPages[guardDutyFindings[id]]}`;
}
