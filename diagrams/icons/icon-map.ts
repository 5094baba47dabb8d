import type { Service } from '../model/services';

/**
 * The official AWS Architecture Icon for each service, as a path relative to
 * `node_modules/aws-icons/icons/`. Service icons (64×64, coloured tile) where AWS publishes one;
 * resource icons (48×48, glyph only) for things AWS draws as resources rather than services.
 */
export const iconFiles = {
  route53: 'architecture-service/AmazonRoute53.svg',
  cloudfront: 'architecture-service/AmazonCloudFront.svg',
  waf: 'architecture-service/AWSWAF.svg',
  shield: 'architecture-service/AWSShield.svg',
  acm: 'architecture-service/AWSCertificateManager.svg',
  cognito: 'architecture-service/AmazonCognito.svg',
  // The model's load balancer is specifically an ALB, which has its own resource icon.
  elb: 'resource/ElasticLoadBalancingApplicationLoadBalancer.svg',
  vpc: 'architecture-service/AmazonVirtualPrivateCloud.svg',
  natGateway: 'resource/AmazonVPCNATGateway.svg',
  internetGateway: 'resource/AmazonVPCInternetGateway.svg',
  vpcEndpoint: 'resource/AmazonVPCEndpoints.svg',
  eks: 'architecture-service/AmazonElasticKubernetesService.svg',
  ec2: 'architecture-service/AmazonEC2.svg',
  // Aurora has a service icon of its own; the PostgreSQL resource icon reads as an instance.
  rds: 'architecture-service/AmazonAurora.svg',
  rdsProxy: 'resource/AmazonRDSProxyInstance.svg',
  elasticache: 'architecture-service/AmazonElastiCache.svg',
  secretsManager: 'architecture-service/AWSSecretsManager.svg',
  kms: 'architecture-service/AWSKeyManagementService.svg',
  s3: 'architecture-service/AmazonSimpleStorageService.svg',
  eventbridge: 'architecture-service/AmazonEventBridge.svg',
  sqs: 'architecture-service/AmazonSimpleQueueService.svg',
  sns: 'architecture-service/AmazonSimpleNotificationService.svg',
  stepFunctions: 'architecture-service/AWSStepFunctions.svg',
  batch: 'architecture-service/AWSBatch.svg',
  ecr: 'architecture-service/AmazonElasticContainerRegistry.svg',
  cloudwatch: 'architecture-service/AmazonCloudWatch.svg',
  xray: 'architecture-service/AWSXRay.svg',
  prometheus: 'architecture-service/AmazonManagedServiceforPrometheus.svg',
  grafana: 'architecture-service/AmazonManagedGrafana.svg',
  guardduty: 'architecture-service/AmazonGuardDuty.svg',
  securityHub: 'architecture-service/AWSSecurityHub.svg',
  config: 'architecture-service/AWSConfig.svg',
  cloudtrail: 'architecture-service/AWSCloudTrail.svg',
  inspector: 'architecture-service/AmazonInspector.svg',
  // Access Analyzer is a feature of IAM, so AWS only publishes it as an IAM resource icon.
  iamAccessAnalyzer: 'resource/AWSIdentityAccessManagementIAMAccessAnalyzer.svg',
  codecommit: 'architecture-service/AWSCodeCommit.svg',
  codepipeline: 'architecture-service/AWSCodePipeline.svg',
  codebuild: 'architecture-service/AWSCodeBuild.svg',
  cloudformation: 'architecture-service/AWSCloudFormation.svg',
  backup: 'architecture-service/AWSBackup.svg',
  organizations: 'architecture-service/AWSOrganizations.svg',
  controlTower: 'architecture-service/AWSControlTower.svg',
  identityCenter: 'architecture-service/AWSIAMIdentityCenter.svg',
  user: 'resource/User.svg',
  // aws-icons 3.3.0 has no EKS pod/container resource icon; the generic container glyph (filed
  // under ECS) is the closest official drawing of "a container workload".
  kubernetes: 'resource/AmazonElasticContainerServiceContainer1.svg',
} as const satisfies Record<Service, string>;

/** Name of a service's icon in the `aws` pack, i.e. what follows `aws:` in a Mermaid node. */
export function iconName(service: Service): string {
  return service;
}
