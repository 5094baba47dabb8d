import { Duration, Stack, Tags } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { discoveryTag, ec2NodeClass, nodePool } from '../k8s/karpenter';
import { workerNodeRole } from '../node-role';

/**
 * Karpenter Helm chart (oci://public.ecr.aws/karpenter/karpenter). 1.11 supports Kubernetes
 * 1.29 to 1.35 (endoflife.date/karpenter, which tracks the compatibility matrix of karpenter.sh);
 * the matrix page itself for 1.35 could not be consulted, so check it before moving the pin.
 */
export const karpenterChartVersion = '1.11.1';
export const karpenterNamespace = 'kube-system';
export const karpenterServiceAccount = 'karpenter';

/** The events the Getting Started CloudFormation template routes to the interruption queue. */
export const interruptionEvents = [
  { id: 'ScheduledChange', source: 'aws.health', detailType: 'AWS Health Event' },
  {
    id: 'SpotInterruption',
    source: 'aws.ec2',
    detailType: 'EC2 Spot Instance Interruption Warning',
  },
  { id: 'Rebalance', source: 'aws.ec2', detailType: 'EC2 Instance Rebalance Recommendation' },
  {
    id: 'InstanceStateChange',
    source: 'aws.ec2',
    detailType: 'EC2 Instance State-change Notification',
  },
] as const;

export interface KarpenterProps {
  readonly cluster: eks.Cluster;
  /** A constant, not a token: the IAM conditions compare tag values with it. */
  readonly clusterName: string;
  readonly appSubnets: readonly ec2.ISubnet[];
  /** A customer key whose policy lets EventBridge write (the logs key, as for the status queue). */
  readonly queueKey: kms.IKey;
}

/**
 * Karpenter as the Getting Started CloudFormation template sets it up (node role and its access
 * entry, controller policy scoped by the cluster's tags, interruption queue and its EventBridge
 * rules), with Pod Identity for the controller, then the chart, the EC2NodeClass and the NodePool.
 */
export class Karpenter extends Construct {
  readonly nodeRole: iam.Role;
  readonly controllerRole: iam.Role;
  readonly queue: sqs.Queue;

  constructor(scope: Construct, id: string, props: KarpenterProps) {
    super(scope, id);
    const { cluster, clusterName } = props;
    const stack = Stack.of(this);
    const { partition, region, account } = stack;

    // A role of its own, not the node groups' role: EKS already made an access entry for that one.
    this.nodeRole = workerNodeRole(this, 'NodeRole');
    const accessEntry = new eks.CfnAccessEntry(this, 'NodeAccessEntry', {
      clusterName: cluster.clusterName,
      principalArn: this.nodeRole.roleArn,
      type: 'EC2_LINUX',
    });

    // Messages older than five minutes describe instances already gone.
    this.queue = new sqs.Queue(this, 'InterruptionQueue', {
      queueName: clusterName,
      retentionPeriod: Duration.minutes(5),
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.queueKey,
      enforceSSL: true,
    });
    for (const event of interruptionEvents)
      new events.Rule(this, `${event.id}Rule`, {
        eventPattern: { source: [event.source], detailType: [event.detailType] },
        targets: [new targets.SqsQueue(this.queue)],
      });

    for (const subnet of props.appSubnets) Tags.of(subnet).add(discoveryTag, clusterName);

    this.controllerRole = new iam.Role(this, 'ControllerRole', {
      assumedBy: new iam.ServicePrincipal('pods.eks.amazonaws.com').withSessionTags(),
    });
    this.controllerRole.attachInlinePolicy(
      new iam.Policy(this, 'ControllerPolicy', {
        statements: controllerStatements({
          partition,
          region,
          account,
          clusterName,
          clusterArn: cluster.clusterArn,
          queueArn: this.queue.queueArn,
          nodeRoleArn: this.nodeRole.roleArn,
        }),
      }),
    );
    props.queueKey.grantDecrypt(this.controllerRole);
    const association = new eks.CfnPodIdentityAssociation(this, 'PodIdentity', {
      clusterName: cluster.clusterName,
      namespace: karpenterNamespace,
      serviceAccount: karpenterServiceAccount,
      roleArn: this.controllerRole.roleArn,
    });
    const podIdentityAgent = cluster.eksPodIdentityAgent;
    if (podIdentityAgent) association.node.addDependency(podIdentityAgent);

    const chart = cluster.addHelmChart('Chart', {
      chart: 'karpenter',
      repository: 'oci://public.ecr.aws/karpenter/karpenter',
      version: karpenterChartVersion,
      namespace: karpenterNamespace,
      release: 'karpenter',
      wait: true,
      values: {
        settings: { clusterName, interruptionQueue: this.queue.queueName },
        serviceAccount: { name: karpenterServiceAccount },
        replicas: 2,
      },
    });
    chart.node.addDependency(association, accessEntry);

    const nodes = cluster.addManifest(
      'NodePool',
      ec2NodeClass({
        clusterName,
        nodeRoleName: this.nodeRole.roleName,
        clusterSecurityGroupId: cluster.clusterSecurityGroupId,
      }),
      nodePool(props.appSubnets.map((s) => s.availabilityZone)),
    );
    // The CRDs come with the chart.
    nodes.node.addDependency(chart);
  }
}

interface PolicyInput {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly clusterName: string;
  readonly clusterArn: string;
  readonly queueArn: string;
  readonly nodeRoleArn: string;
}

/**
 * KarpenterControllerPolicy of the Getting Started template: every write is conditioned on the
 * kubernetes.io/cluster/<name>=owned tag (and the karpenter.sh/nodepool or
 * karpenter.k8s.aws/ec2nodeclass tag) that Karpenter puts on what it creates, so it can neither
 * launch nor terminate anything of another cluster.
 */
export function controllerStatements(p: PolicyInput): iam.PolicyStatement[] {
  const ec2Arn = (resource: string, acct = '') =>
    `arn:${p.partition}:ec2:${p.region}:${acct}:${resource}`;
  const owned = { [`aws:ResourceTag/kubernetes.io/cluster/${p.clusterName}`]: 'owned' };
  const requestOwned = {
    [`aws:RequestTag/kubernetes.io/cluster/${p.clusterName}`]: 'owned',
    'aws:RequestTag/eks:eks-cluster-name': p.clusterName,
  };
  const launched = [
    'fleet/*',
    'instance/*',
    'volume/*',
    'network-interface/*',
    'launch-template/*',
    'spot-instances-request/*',
  ].map((r) => ec2Arn(r, p.account));
  const profiles = `arn:${p.partition}:iam::${p.account}:instance-profile/*`;
  const regionTag = 'topology.kubernetes.io/region';
  return [
    new iam.PolicyStatement({
      sid: 'AllowScopedEC2InstanceAccessActions',
      actions: ['ec2:RunInstances', 'ec2:CreateFleet'],
      resources: [
        ec2Arn('image/*'),
        ec2Arn('snapshot/*'),
        ec2Arn('security-group/*', p.account),
        ec2Arn('subnet/*', p.account),
        ec2Arn('capacity-reservation/*', p.account),
      ],
    }),
    new iam.PolicyStatement({
      sid: 'AllowScopedEC2LaunchTemplateAccessActions',
      actions: ['ec2:RunInstances', 'ec2:CreateFleet'],
      resources: [ec2Arn('launch-template/*', p.account)],
      conditions: {
        StringEquals: owned,
        StringLike: { 'aws:ResourceTag/karpenter.sh/nodepool': '*' },
      },
    }),
    new iam.PolicyStatement({
      sid: 'AllowScopedEC2InstanceActionsWithTags',
      actions: ['ec2:RunInstances', 'ec2:CreateFleet', 'ec2:CreateLaunchTemplate'],
      resources: launched,
      conditions: {
        StringEquals: requestOwned,
        StringLike: { 'aws:RequestTag/karpenter.sh/nodepool': '*' },
      },
    }),
    new iam.PolicyStatement({
      sid: 'AllowScopedResourceCreationTagging',
      actions: ['ec2:CreateTags'],
      resources: launched,
      conditions: {
        StringEquals: {
          ...requestOwned,
          'ec2:CreateAction': ['RunInstances', 'CreateFleet', 'CreateLaunchTemplate'],
        },
        StringLike: { 'aws:RequestTag/karpenter.sh/nodepool': '*' },
      },
    }),
    new iam.PolicyStatement({
      sid: 'AllowScopedResourceTagging',
      actions: ['ec2:CreateTags'],
      resources: [ec2Arn('instance/*', p.account)],
      conditions: {
        StringEquals: owned,
        StringLike: { 'aws:ResourceTag/karpenter.sh/nodepool': '*' },
        StringEqualsIfExists: { 'aws:RequestTag/eks:eks-cluster-name': p.clusterName },
        'ForAllValues:StringEquals': {
          'aws:TagKeys': ['eks:eks-cluster-name', 'karpenter.sh/nodeclaim', 'Name'],
        },
      },
    }),
    new iam.PolicyStatement({
      sid: 'AllowScopedDeletion',
      actions: ['ec2:TerminateInstances', 'ec2:DeleteLaunchTemplate'],
      resources: [ec2Arn('instance/*', p.account), ec2Arn('launch-template/*', p.account)],
      conditions: {
        StringEquals: owned,
        StringLike: { 'aws:ResourceTag/karpenter.sh/nodepool': '*' },
      },
    }),
    new iam.PolicyStatement({
      sid: 'AllowRegionalReadActions',
      actions: [
        'ec2:DescribeAvailabilityZones',
        'ec2:DescribeCapacityReservations',
        'ec2:DescribeImages',
        'ec2:DescribeInstances',
        'ec2:DescribeInstanceTypeOfferings',
        'ec2:DescribeInstanceTypes',
        'ec2:DescribeLaunchTemplates',
        'ec2:DescribeSecurityGroups',
        'ec2:DescribeSpotPriceHistory',
        'ec2:DescribeSubnets',
      ],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:RequestedRegion': p.region } },
    }),
    new iam.PolicyStatement({
      sid: 'AllowSSMReadActions',
      actions: ['ssm:GetParameter'],
      resources: [`arn:${p.partition}:ssm:${p.region}::parameter/aws/service/*`],
    }),
    new iam.PolicyStatement({
      sid: 'AllowPricingReadActions',
      actions: ['pricing:GetProducts'],
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'AllowInterruptionQueueActions',
      actions: ['sqs:DeleteMessage', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'],
      resources: [p.queueArn],
    }),
    new iam.PolicyStatement({
      sid: 'AllowPassingInstanceRole',
      actions: ['iam:PassRole'],
      resources: [p.nodeRoleArn],
      conditions: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
    }),
    new iam.PolicyStatement({
      sid: 'AllowScopedInstanceProfileCreationActions',
      actions: ['iam:CreateInstanceProfile'],
      resources: [profiles],
      conditions: {
        StringEquals: { ...requestOwned, [`aws:RequestTag/${regionTag}`]: p.region },
        StringLike: { 'aws:RequestTag/karpenter.k8s.aws/ec2nodeclass': '*' },
      },
    }),
    new iam.PolicyStatement({
      sid: 'AllowScopedInstanceProfileTagActions',
      actions: ['iam:TagInstanceProfile'],
      resources: [profiles],
      conditions: {
        StringEquals: {
          ...owned,
          [`aws:ResourceTag/${regionTag}`]: p.region,
          ...requestOwned,
          [`aws:RequestTag/${regionTag}`]: p.region,
        },
        StringLike: {
          'aws:ResourceTag/karpenter.k8s.aws/ec2nodeclass': '*',
          'aws:RequestTag/karpenter.k8s.aws/ec2nodeclass': '*',
        },
      },
    }),
    new iam.PolicyStatement({
      sid: 'AllowScopedInstanceProfileActions',
      actions: [
        'iam:AddRoleToInstanceProfile',
        'iam:RemoveRoleFromInstanceProfile',
        'iam:DeleteInstanceProfile',
      ],
      resources: [profiles],
      conditions: {
        StringEquals: { ...owned, [`aws:ResourceTag/${regionTag}`]: p.region },
        StringLike: { 'aws:ResourceTag/karpenter.k8s.aws/ec2nodeclass': '*' },
      },
    }),
    new iam.PolicyStatement({
      sid: 'AllowInstanceProfileReadActions',
      actions: ['iam:GetInstanceProfile', 'iam:ListInstanceProfiles'],
      resources: [profiles],
    }),
    new iam.PolicyStatement({
      sid: 'AllowAPIServerEndpointDiscovery',
      actions: ['eks:DescribeCluster'],
      resources: [p.clusterArn],
    }),
  ];
}
