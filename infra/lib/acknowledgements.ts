import { type App, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { nodeManagedPolicyNames } from './node-role';

/** The managed-policy findings on a worker node role, one per policy it carries. */
const nodePolicyFindings = nodeManagedPolicyNames
  .map((name) => `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${name}]`)
  .sort();

/**
 * Why each cdk-nag finding that stays is acceptable. Every acknowledgement below names exact
 * finding ids on one construct path (or one stack, for a rule that fires on every CDK grant).
 */
const reasons = {
  inlinePolicies:
    'CDK grants write one inline DefaultPolicy per role, scoped to that role and the resources it was granted; a managed policy per role would add nothing but another resource to keep in sync.',
  cdkProviderManagedPolicies:
    'CDK-managed provider function (kubectl handler, custom resource or S3 notification provider): AWS basic execution, VPC access and ECR read are the minimal managed policies for a Lambda that runs in the VPC and pulls the kubectl layer.',
  eksClusterPolicy:
    'AmazonEKSClusterPolicy is the policy AWS requires on every EKS cluster role; it is maintained by AWS as EKS adds features.',
  eksNodePolicies:
    'The AWS-maintained policies EKS documents for managed node groups: worker node, ECR pull-only, VPC CNI, and SSM Session Manager (replaces SSH, which is closed).',
  cloudwatchAgentPolicies:
    'Container Insights and X-Ray write-only: the AWS-maintained policies the amazon-cloudwatch-observability add-on documents for its Pod Identity role.',
  backupPolicy:
    'AWS Backup service role policy, maintained by AWS for the resource types it backs up (Aurora, S3).',
  configPolicies:
    'AWS Config recorder and organization aggregator roles use the service policies AWS maintains for exactly these roles.',
  batchInstancePolicy:
    'Batch ECS container instances need AmazonEC2ContainerServiceforEC2Role to join the ECS cluster Batch manages; AWS maintains it.',
  grafanaPolicies:
    'Managed Grafana reads CloudWatch and X-Ray through the AWS-maintained read-only policies its documentation prescribes.',
  rdsMonitoringPolicy:
    'Enhanced Monitoring requires AmazonRDSEnhancedMonitoringRole on its role; AWS maintains it.',
  loadBalancerControllerPolicy:
    'The IAM policy published with the AWS Load Balancer Controller (v3.2.2), unchanged: it manages ALBs, target groups and security groups whose ARNs exist only after the Ingress creates them, and conditions most writes on the elbv2.k8s.aws/cluster tag.',
  karpenterControllerPolicy:
    'KarpenterControllerPolicy of the Karpenter Getting Started template: instances, volumes, network interfaces, fleets, launch templates and instance profiles get their ids only when Karpenter creates them, so every write is conditioned on the kubernetes.io/cluster/espectro-prod=owned and karpenter.sh/nodepool (or ec2nodeclass) tags instead; images, snapshots, subnets and security groups are read-side inputs of RunInstances; Describe*, pricing:GetProducts and the public /aws/service SSM parameters have no narrower resource.',
  karpenterInterruptionQueue:
    'Interruption notices (Spot, rebalance, scheduled change, state change) matter only within minutes: the queue keeps them five minutes, and a dead-letter queue would hold notices about instances already gone.',
  prefixListLookup:
    'ec2:DescribeManagedPrefixLists does not support resource-level permissions; the call only reads the CloudFront prefix list id.',
  cdkProviderWildcards:
    'CDK provider framework: permission to invoke its own handler versions (:*) and to manage its log group; created by CDK, invoked only by CloudFormation during deploys.',
  batchExecutionRole:
    'Batch execution role: ecr:GetAuthorizationToken has no resource-level permission, and log stream names are created per job under the job log group.',
  stateMachineRole:
    'Batch .sync integration: Step Functions needs batch:DescribeJobs (no resource-level permission) and EventBridge managed-rule access; job definitions are addressed by revision (job-definition/name:*); object wildcards stay inside the inputs bucket.',
  canaryRole:
    'Synthetics canary role as CDK builds it: its log groups are named /aws/lambda/cwsyn-<canary>-<id> at creation, cloudwatch:PutMetricData has no resource scope (conditioned on the CloudWatchSynthetics namespace), and artifacts stay under the journey/ prefix of its own bucket.',
  grafanaWorkspaces:
    'Grafana discovers the Prometheus workspace of the primary region; aps workspace ids are generated, so the account-and-region-scoped wildcard is the narrowest ARN.',
  replicationRole:
    'S3 replication role: object-level actions on the results bucket and its DR replica (bucket/*) and KMS data-key actions for re-encryption with the replica key, exactly as the S3 replication guide prescribes.',
  pipelineRoles:
    "CodePipeline and CodeBuild roles as CDK grants them: read/write of objects in the pipeline artifact bucket only (bucket/*), its KMS data keys, and the build project's own log group and report groups.",
  objectGrants:
    'Object-level grants on one bucket (bucket/*) with the matching KMS data-key actions: web/api/worker and analysis jobs read or write objects whose keys are per user and sample; executions are addressed as espectro-analysis:<name>.',
  cdkProviderFunctions:
    'CDK-managed provider Lambda (kubectl handler, provider framework, custom resource): invoked only by CloudFormation during a deploy, so reserved concurrency, a DLQ and a customer-managed key for its short-lived logs add nothing; the kubectl handler runs inside the VPC to reach the private API endpoint.',
  compositeInputs:
    'Long and short burn-rate windows are inputs of the composite alarms that page; alerting on each input would page on a single window, which the multi-window policy exists to prevent.',
  databaseIngressFromGroups:
    'The rule admits only the RDS Proxy and the rotation function security groups, on the cluster endpoint port (5432, resolved by CloudFormation); no CIDR is open, so no common port or SSH is reachable.',
  auroraInstancesInPlan:
    'Aurora is backed up at the cluster level: the Espectro-Backup plan selects the DB cluster ARN, which covers every instance.',
  accessLogsSseS3:
    'S3 server access logs can only be delivered to a bucket with SSE-S3 default encryption; SSE-KMS is not supported as the log destination.',
  accessLogsNotReplicated:
    'Server access logs are diagnostic and region-local; the audit trail of record is the organization CloudTrail in the log archive.',
  isTheReplica:
    'This bucket is the cross-region replica (destination) of the results bucket; replicating it again would add a third copy.',
  inputsBackedUpNotReplicated:
    'Inputs are re-uploadable and kept one year; their DR copy comes from the AWS Backup plan (copied to the DR vault), not from a second live bucket.',
  logArchiveResidency:
    'Audit logs stay in sa-east-1 in the security account: versioned, KMS-encrypted and out of reach of workload accounts; the organization trail is multi-region already.',
  regenerableArtifacts:
    'Pipeline and canary artifacts are regenerated by the next run and kept for weeks only; a DR copy has no recovery value.',
  accessLogsNotLogged:
    'CloudFront standard-log destination: logging the log bucket would log its own log deliveries; ACL-based delivery also rules out SSE-KMS and the access-log bucket pattern.',
  cacheAuthRotation:
    'The Valkey AUTH token is rotated by the runbook with ModifyReplicationGroup --auth-token-update-strategy ROTATE (both tokens valid during the switch); Secrets Manager has no managed rotation for ElastiCache AUTH tokens.',
  publicSubnetRoutes:
    'Public subnets hold only the NAT gateways and the ALB, which need the default route to the internet gateway; nothing else is placed there and no instance gets a public IP.',
  deprecatedEncryptionResources:
    'aws-eks-v2 emits EncryptionConfig.Resources ["secrets"], which the CloudFormation schema marks deprecated but EKS still honours; it is the only way the construct enables KMS envelope encryption of secrets.',
  pinnedZones:
    'Zones are named on purpose: the model draws sa-east-1a, 1b and 1c with one subnet per tier, one NAT gateway and one Aurora instance in each; Fn::GetAZs could pick zones the diagrams and the runbook do not show.',
  noGeoRestriction:
    'Researchers use the service from anywhere; abusive traffic is handled by WAF rate limits and IP reputation rules instead of a geographic allow-list.',
} as const;

interface Acknowledgement {
  readonly path: string;
  readonly reason: string;
  readonly ids: readonly string[];
}

export const acknowledgements: readonly Acknowledgement[] = [
  {
    path: 'Espectro-Network/Vpc',
    reason: reasons.pinnedZones,
    ids: ['CloudFormation-Validate::W3010'],
  },
  {
    path: 'Espectro-Data/Aurora',
    reason: reasons.pinnedZones,
    ids: ['CloudFormation-Validate::W3010'],
  },
  {
    path: 'Espectro-Cluster/Cluster/Resource',
    reason: reasons.deprecatedEncryptionResources,
    ids: ['CloudFormation-Validate::W9009'],
  },
  {
    path: 'Espectro-SecurityBaseline/ConfigRecorderRole',
    reason: reasons.configPolicies,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWS_ConfigRole]',
    ],
  },
  {
    path: 'Espectro-SecurityBaseline/ConfigAggregatorRole',
    reason: reasons.configPolicies,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSConfigRoleForOrganizations]',
    ],
  },
  {
    path: 'Espectro-Delivery/InfraBuild/Role/DefaultPolicy',
    reason: reasons.pipelineRoles,
    ids: [
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::<Artifacts82DD59A1.Arn>/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:codebuild:sa-east-1:333333333333:report-group/<InfraBuild700704BD>-*]',
      'AwsSolutions-IAM5[Resource::arn:aws:logs:sa-east-1:333333333333:log-group:/aws/codebuild/<InfraBuild700704BD>:*]',
    ],
  },
  {
    path: 'Espectro-Delivery/InfraPipeline/Role/DefaultPolicy',
    reason: reasons.pipelineRoles,
    ids: [
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::<Artifacts82DD59A1.Arn>/*]',
    ],
  },
  {
    path: 'Espectro-Delivery/InfraPipeline/Source/Infra/CodePipelineActionRole/DefaultPolicy',
    reason: reasons.pipelineRoles,
    ids: [
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::<Artifacts82DD59A1.Arn>/*]',
    ],
  },
  {
    path: 'Espectro-Data/Results/ReplicationRole/DefaultPolicy',
    reason: reasons.replicationRole,
    ids: [
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      'AwsSolutions-IAM5[Resource::<Results25575328.Arn>/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:s3:::espectro-results-replica-111111111111-us-east-1/*]',
    ],
  },
  {
    path: 'Espectro-Cluster/Cluster/apiServiceAccount/Role/DefaultPolicy',
    reason: reasons.objectGrants,
    ids: [
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::arn:aws:states:sa-east-1:111111111111:execution:espectro-analysis:*]',
      'AwsSolutions-IAM5[Resource::{"Fn::GetStackOutput":{"StackName":"Espectro-Data","Region":"sa-east-1","OutputName":"PublishOutputFnGetAttInputsECF79824Arn99FAC170"}}/*]',
      'AwsSolutions-IAM5[Resource::{"Fn::GetStackOutput":{"StackName":"Espectro-Data","Region":"sa-east-1","OutputName":"PublishOutputFnGetAttResults25575328ArnD6E613B6"}}/*]',
    ],
  },
  {
    path: 'Espectro-Analysis/JobRole/DefaultPolicy',
    reason: reasons.objectGrants,
    ids: [
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::{"Fn::GetStackOutput":{"StackName":"Espectro-Data","Region":"sa-east-1","OutputName":"PublishOutputFnGetAttInputsECF79824Arn99FAC170"}}/*]',
      'AwsSolutions-IAM5[Resource::{"Fn::GetStackOutput":{"StackName":"Espectro-Data","Region":"sa-east-1","OutputName":"PublishOutputFnGetAttResults25575328ArnD6E613B6"}}/*]',
    ],
  },
  {
    path: 'Espectro-Observability/Journey/ServiceRole/DefaultPolicy',
    reason: reasons.canaryRole,
    ids: [
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
    ],
  },
  {
    path: 'Espectro-Cluster/Cluster/workerServiceAccount/Role/DefaultPolicy',
    reason: reasons.objectGrants,
    ids: [
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::{"Fn::GetStackOutput":{"StackName":"Espectro-Data","Region":"sa-east-1","OutputName":"PublishOutputFnGetAttInputsECF79824Arn99FAC170"}}/*]',
    ],
  },
  {
    path: 'Espectro-Analysis/StateMachine/Role/DefaultPolicy',
    reason: reasons.stateMachineRole,
    ids: [
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::arn:aws:batch:sa-east-1:111111111111:job-definition/*]',
      'AwsSolutions-IAM5[Resource::{"Fn::GetStackOutput":{"StackName":"Espectro-Data","Region":"sa-east-1","OutputName":"PublishOutputFnGetAttInputsECF79824Arn99FAC170"}}/*]',
    ],
  },
  {
    path: 'Espectro-Data/BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Role',
    reason: reasons.cdkProviderManagedPolicies,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    ],
  },
  {
    path: 'Espectro-Cluster/Cluster/KubectlProvider/Handler/ServiceRole',
    reason: reasons.cdkProviderManagedPolicies,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly]',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]',
      'AwsSolutions-IAM4[Policy::{"Fn::If":["ClusterKubectlProviderHandlerHasEcrPublic69E09706",{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/AmazonElasticContainerRegistryPublicReadOnly"]]},{"Ref":"AWS::NoValue"}]}]',
    ],
  },
  {
    path: 'Espectro-Cluster/Cluster/KubectlProvider/Provider/framework-onEvent/ServiceRole',
    reason: reasons.cdkProviderManagedPolicies,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]',
    ],
  },
  {
    path: 'Espectro-Cluster/AWS679f53fac002430cb0da5b7982bd2287/ServiceRole',
    reason: reasons.cdkProviderManagedPolicies,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    ],
  },
  {
    path: 'Espectro-Data/Aurora/MonitoringRole',
    reason: reasons.rdsMonitoringPolicy,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]',
    ],
  },
  {
    path: 'Espectro-Data/CacheAuth',
    reason: reasons.cacheAuthRotation,
    ids: ['AwsSolutions-SMG4', 'NIST.800.53.R5-SecretsManagerRotationEnabled'],
  },
  {
    path: 'Espectro-Cluster/Cluster/Role',
    reason: reasons.eksClusterPolicy,
    ids: ['AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonEKSClusterPolicy]'],
  },
  {
    path: 'Espectro-Cluster/Cluster/KubectlProvider/Handler',
    reason: reasons.cdkProviderFunctions,
    ids: ['AwsSolutions-L1', 'NIST.800.53.R5-LambdaConcurrency', 'NIST.800.53.R5-LambdaDLQ'],
  },
  {
    path: 'Espectro-Cluster/Cluster/KubectlProvider/Provider/framework-onEvent/ServiceRole/DefaultPolicy',
    reason: reasons.cdkProviderWildcards,
    ids: ['AwsSolutions-IAM5[Resource::<ClusterKubectlProviderHandler2E05C68A.Arn>:*]'],
  },
  {
    path: 'Espectro-Cluster/Cluster/LoadBalancerControllerServiceAccount/Role/DefaultPolicy',
    reason: reasons.loadBalancerControllerPolicy,
    ids: [
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:*:*:security-group/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:elasticloadbalancing:*:*:listener-rule/app/*/*/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:elasticloadbalancing:*:*:listener-rule/net/*/*/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:elasticloadbalancing:*:*:listener/app/*/*/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:elasticloadbalancing:*:*:listener/net/*/*/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:elasticloadbalancing:*:*:loadbalancer/app/*/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:elasticloadbalancing:*:*:loadbalancer/net/*/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:elasticloadbalancing:*:*:targetgroup/*/*]',
    ],
  },
  {
    path: 'Espectro-Cluster/CloudFrontPrefixList/CustomResourcePolicy',
    reason: reasons.prefixListLookup,
    ids: ['AwsSolutions-IAM5[Resource::*]'],
  },
  {
    path: 'Espectro-Analysis/AnalyseProteinJobContainer/ExecutionRole/DefaultPolicy',
    reason: reasons.batchExecutionRole,
    ids: ['AwsSolutions-IAM5[Resource::*]'],
  },
  {
    path: 'Espectro-Analysis/AggregateSampleJobContainer/ExecutionRole/DefaultPolicy',
    reason: reasons.batchExecutionRole,
    ids: ['AwsSolutions-IAM5[Resource::*]'],
  },
  {
    path: 'Espectro-Observability/Journey/ServiceRole',
    reason: reasons.canaryRole,
    ids: [
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::<CanaryArtifacts16B34762.Arn>/journey/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:logs:sa-east-1:111111111111:log-group:/aws/lambda/cwsyn-*]',
    ],
  },
  {
    path: 'Espectro-Cluster/Karpenter/NodeRole',
    reason: reasons.eksNodePolicies,
    ids: nodePolicyFindings,
  },
  {
    path: 'Espectro-Cluster/Karpenter/InterruptionQueue',
    reason: reasons.karpenterInterruptionQueue,
    ids: ['AwsSolutions-SQS3'],
  },
  {
    path: 'Espectro-Cluster/Karpenter/ControllerPolicy',
    reason: reasons.karpenterControllerPolicy,
    ids: [
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1::image/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1::snapshot/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:capacity-reservation/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:fleet/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:instance/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:launch-template/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:network-interface/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:security-group/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:spot-instances-request/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:subnet/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ec2:sa-east-1:111111111111:volume/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:iam::111111111111:instance-profile/*]',
      'AwsSolutions-IAM5[Resource::arn:aws:ssm:sa-east-1::parameter/aws/service/*]',
    ],
  },
  {
    path: 'Espectro-Cluster/NodeRole',
    reason: reasons.eksNodePolicies,
    ids: nodePolicyFindings,
  },
  {
    path: 'Espectro-Cluster/CloudWatchAgentRole',
    reason: reasons.cloudwatchAgentPolicies,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AWSXrayWriteOnlyAccess]',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/CloudWatchAgentServerPolicy]',
    ],
  },
  {
    path: 'Espectro-Analysis/Spot/InstanceProfileRole',
    reason: reasons.batchInstancePolicy,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role]',
    ],
  },
  {
    path: 'Espectro-Analysis/OnDemand/InstanceProfileRole',
    reason: reasons.batchInstancePolicy,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role]',
    ],
  },
  {
    path: 'Espectro-Edge/AccessLogs',
    reason: reasons.accessLogsNotLogged,
    ids: ['AwsSolutions-S1', 'NIST.800.53.R5-S3BucketLoggingEnabled'],
  },
  {
    path: 'Espectro-Edge/Distribution',
    reason: reasons.noGeoRestriction,
    ids: ['AwsSolutions-CFR1'],
  },
  {
    path: 'Espectro-Grafana/GrafanaRole',
    reason: reasons.grafanaPolicies,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AWSXrayReadOnlyAccess]',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonGrafanaCloudWatchAccess]',
    ],
  },
  {
    path: 'Espectro-Grafana/GrafanaRole/DefaultPolicy',
    reason: reasons.grafanaWorkspaces,
    ids: ['AwsSolutions-IAM5[Resource::arn:aws:aps:sa-east-1:111111111111:workspace/*]'],
  },
  {
    path: 'Espectro-Backup/Plan/Stores/Role',
    reason: reasons.backupPolicy,
    ids: [
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
    ],
  },
  {
    path: 'Espectro-Network/Vpc/publicSubnet1/DefaultRoute',
    reason: reasons.publicSubnetRoutes,
    ids: ['NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW'],
  },
  {
    path: 'Espectro-Network/Vpc/publicSubnet2/DefaultRoute',
    reason: reasons.publicSubnetRoutes,
    ids: ['NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW'],
  },
  {
    path: 'Espectro-Network/Vpc/publicSubnet3/DefaultRoute',
    reason: reasons.publicSubnetRoutes,
    ids: ['NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW'],
  },
  {
    path: 'Espectro-Network',
    reason: reasons.inlinePolicies,
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy'],
  },
  {
    path: 'Espectro-SecurityBaseline',
    reason: reasons.inlinePolicies,
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy'],
  },
  {
    path: 'Espectro-Delivery',
    reason: reasons.inlinePolicies,
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy'],
  },
  {
    path: 'Espectro-Data',
    reason: reasons.inlinePolicies,
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy'],
  },
  {
    path: 'Espectro-Cluster',
    reason: reasons.inlinePolicies,
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy'],
  },
  {
    path: 'Espectro-Analysis',
    reason: reasons.inlinePolicies,
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy'],
  },
  {
    path: 'Espectro-Observability',
    reason: reasons.inlinePolicies,
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy'],
  },
  {
    path: 'Espectro-Grafana',
    reason: reasons.inlinePolicies,
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy'],
  },
  {
    path: 'Espectro-SecurityBaseline/AccessLogs',
    reason: reasons.accessLogsNotReplicated,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-SecurityBaseline/LogArchive',
    reason: reasons.logArchiveResidency,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-Delivery/AccessLogs',
    reason: reasons.accessLogsNotReplicated,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-Delivery/Artifacts',
    reason: reasons.regenerableArtifacts,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-DR/AccessLogs',
    reason: reasons.accessLogsNotReplicated,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-DR/ResultsReplica',
    reason: reasons.isTheReplica,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-Data/AccessLogs',
    reason: reasons.accessLogsNotReplicated,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-Data/Inputs',
    reason: reasons.inputsBackedUpNotReplicated,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-Edge/AccessLogs',
    reason: reasons.accessLogsNotReplicated,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-Observability/AccessLogs',
    reason: reasons.accessLogsNotReplicated,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-Observability/CanaryArtifacts',
    reason: reasons.regenerableArtifacts,
    ids: ['NIST.800.53.R5-S3BucketReplicationEnabled'],
  },
  {
    path: 'Espectro-SecurityBaseline/AccessLogs',
    reason: reasons.accessLogsSseS3,
    ids: ['NIST.800.53.R5-S3DefaultEncryptionKMS'],
  },
  {
    path: 'Espectro-Delivery/AccessLogs',
    reason: reasons.accessLogsSseS3,
    ids: ['NIST.800.53.R5-S3DefaultEncryptionKMS'],
  },
  {
    path: 'Espectro-DR/AccessLogs',
    reason: reasons.accessLogsSseS3,
    ids: ['NIST.800.53.R5-S3DefaultEncryptionKMS'],
  },
  {
    path: 'Espectro-Data/AccessLogs',
    reason: reasons.accessLogsSseS3,
    ids: ['NIST.800.53.R5-S3DefaultEncryptionKMS'],
  },
  {
    path: 'Espectro-Edge/AccessLogs',
    reason: reasons.accessLogsSseS3,
    ids: ['NIST.800.53.R5-S3DefaultEncryptionKMS'],
  },
  {
    path: 'Espectro-Observability/AccessLogs',
    reason: reasons.accessLogsSseS3,
    ids: ['NIST.800.53.R5-S3DefaultEncryptionKMS'],
  },
  {
    path: 'Espectro-Data/DatabaseSecurityGroup/from EspectroDataAuroraRotationSingleUserSecurityGroup6ADE2A93:{IndirectPort}',
    reason: reasons.databaseIngressFromGroups,
    ids: ['NIST.800.53.R5-EC2RestrictedCommonPorts', 'NIST.800.53.R5-EC2RestrictedSSH'],
  },
  {
    path: 'Espectro-Data/DatabaseSecurityGroup/from EspectroDataProxySecurityGroup27A6BE43:{IndirectPort}',
    reason: reasons.databaseIngressFromGroups,
    ids: ['NIST.800.53.R5-EC2RestrictedCommonPorts', 'NIST.800.53.R5-EC2RestrictedSSH'],
  },
  {
    path: 'Espectro-Data/Aurora/Writer',
    reason: reasons.auroraInstancesInPlan,
    ids: ['NIST.800.53.R5-RDSInBackupPlan'],
  },
  {
    path: 'Espectro-Data/Aurora/ReaderB',
    reason: reasons.auroraInstancesInPlan,
    ids: ['NIST.800.53.R5-RDSInBackupPlan'],
  },
  {
    path: 'Espectro-Data/Aurora/ReaderC',
    reason: reasons.auroraInstancesInPlan,
    ids: ['NIST.800.53.R5-RDSInBackupPlan'],
  },
  {
    path: 'Espectro-Cluster/Cluster/KubectlProvider/Provider/framework-onEvent',
    reason: reasons.cdkProviderFunctions,
    ids: ['NIST.800.53.R5-LambdaConcurrency', 'NIST.800.53.R5-LambdaDLQ'],
  },
  {
    path: 'Espectro-Cluster/AWS679f53fac002430cb0da5b7982bd2287',
    reason: reasons.cdkProviderFunctions,
    ids: [
      'NIST.800.53.R5-LambdaConcurrency',
      'NIST.800.53.R5-LambdaDLQ',
      'NIST.800.53.R5-LambdaInsideVPC',
    ],
  },
  {
    path: 'Espectro-Cluster/Cluster/KubectlProvider/Handler/LogGroup',
    reason: reasons.cdkProviderFunctions,
    ids: ['NIST.800.53.R5-CloudWatchLogGroupEncrypted'],
  },
  {
    path: 'Espectro-Cluster/Cluster/KubectlProvider/Provider/framework-onEvent/LogGroup',
    reason: reasons.cdkProviderFunctions,
    ids: ['NIST.800.53.R5-CloudWatchLogGroupEncrypted'],
  },
  {
    path: 'Espectro-Cluster/AWS679f53fac002430cb0da5b7982bd2287/LogGroup',
    reason: reasons.cdkProviderFunctions,
    ids: ['NIST.800.53.R5-CloudWatchLogGroupEncrypted'],
  },
  {
    path: 'Espectro-Edge/BurnfastLong',
    reason: reasons.compositeInputs,
    ids: ['NIST.800.53.R5-CloudWatchAlarmAction'],
  },
  {
    path: 'Espectro-Edge/BurnfastShort',
    reason: reasons.compositeInputs,
    ids: ['NIST.800.53.R5-CloudWatchAlarmAction'],
  },
  {
    path: 'Espectro-Edge/BurnslowLong',
    reason: reasons.compositeInputs,
    ids: ['NIST.800.53.R5-CloudWatchAlarmAction'],
  },
  {
    path: 'Espectro-Edge/BurnslowShort',
    reason: reasons.compositeInputs,
    ids: ['NIST.800.53.R5-CloudWatchAlarmAction'],
  },
];

function findByPath(app: App, path: string): IConstruct {
  let node: IConstruct = app;
  for (const id of path.split('/')) {
    const child = node.node.tryFindChild(id);
    if (!child)
      throw new Error(`cdk-nag acknowledgement names a construct that does not exist: ${path}`);
    node = child;
  }
  return node;
}

/** Records every acknowledgement on its construct; a stale path fails the synth, naming it. */
export function acknowledgeFindings(app: App): void {
  for (const { path, reason, ids } of acknowledgements) {
    const construct = findByPath(app, path);
    for (const id of ids) Validations.of(construct).acknowledge({ id, reason });
  }
}
