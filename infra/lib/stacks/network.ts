import { CfnOutput, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import type { InterfaceEndpointId } from '../endpoints';
import { ModelIpAddresses, subnetGroupName, subnetMask, vpcCidr } from '../model-network';
import { realise } from '../topology';
import { allowLogsService } from '../keys';

/** Interface endpoints (ids and names in ../endpoints): every AWS API the pods, nodes and Batch jobs call without going through NAT. */
export const interfaceEndpoints: Record<InterfaceEndpointId, ec2.InterfaceVpcEndpointAwsService> = {
  EcrApi: ec2.InterfaceVpcEndpointAwsService.ECR,
  EcrDocker: ec2.InterfaceVpcEndpointAwsService.ECR_DOCKER,
  Sts: ec2.InterfaceVpcEndpointAwsService.STS,
  Sqs: ec2.InterfaceVpcEndpointAwsService.SQS,
  Logs: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
  Monitoring: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING,
  SecretsManager: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
  Kms: ec2.InterfaceVpcEndpointAwsService.KMS,
  StepFunctions: ec2.InterfaceVpcEndpointAwsService.STEP_FUNCTIONS,
  Ec2: ec2.InterfaceVpcEndpointAwsService.EC2,
  Eks: ec2.InterfaceVpcEndpointAwsService.EKS,
  EksAuth: ec2.InterfaceVpcEndpointAwsService.EKS_AUTH,
  Xray: ec2.InterfaceVpcEndpointAwsService.XRAY,
  Prometheus: ec2.InterfaceVpcEndpointAwsService.PROMETHEUS_WORKSPACES,
  Ssm: ec2.InterfaceVpcEndpointAwsService.SSM,
};

/** Phase "network": the VPC of the model over three zones, a NAT gateway per zone, endpoints, flow logs. */
export class NetworkStack extends EspectroStack {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, props);

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      vpcName: 'espectro-prod',
      ipAddresses: new ModelIpAddresses(),
      availabilityZones: this.availabilityZones,
      natGateways: this.availabilityZones.length,
      restrictDefaultSecurityGroup: true,
      subnetConfiguration: [
        {
          name: subnetGroupName.public,
          subnetType: ec2.SubnetType.PUBLIC,
          cidrMask: subnetMask('public'),
          mapPublicIpOnLaunch: false,
        },
        {
          name: subnetGroupName['private-app'],
          subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS,
          cidrMask: subnetMask('private-app'),
        },
        {
          name: subnetGroupName['private-data'],
          subnetType: ec2.SubnetType.PRIVATE_ISOLATED,
          cidrMask: subnetMask('private-data'),
        },
      ],
    });

    realise(this.vpc.node.findChild('IGW'), 'internetGateway');
    realise(this.vpc.node.findChild('VPCGW'), 'internetGateway');
    const nats = ['natA', 'natB', 'natC'] as const;
    this.vpc.publicSubnets.forEach((subnet, i) => {
      const nat = nats[i];
      if (!nat) throw new Error(`the model has no NAT gateway for public subnet ${i}`);
      realise(subnet.node.findChild('NATGateway'), nat);
      realise(subnet.node.findChild('EIP'), nat);
    });

    const flowLogKey = realise(
      new kms.Key(this, 'FlowLogsKey', {
        alias: 'alias/espectro/network-logs',
        description: 'Encrypts the VPC flow log group',
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'kms',
    );
    allowLogsService(flowLogKey, this);
    const flowLogGroup = realise(
      new logs.LogGroup(this, 'FlowLogs', {
        logGroupName: '/espectro/vpc/flow-logs',
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: flowLogKey,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    this.vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
      trafficType: ec2.FlowLogTrafficType.ALL,
      maxAggregationInterval: ec2.FlowLogMaxAggregationInterval.ONE_MINUTE,
    });

    const endpoints = realise(new Construct(this, 'Endpoints'), 'vpcEndpoints');
    this.vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    realise(this.vpc.node.findChild('S3'), 'vpcEndpoints');
    const endpointSg = new ec2.SecurityGroup(endpoints, 'SecurityGroup', {
      vpc: this.vpc,
      description: 'HTTPS from inside the VPC to the interface endpoints',
      allowAllOutbound: false,
    });
    endpointSg.addIngressRule(ec2.Peer.ipv4(vpcCidr()), ec2.Port.tcp(443), 'AWS APIs from the VPC');
    for (const [name, service] of Object.entries(interfaceEndpoints)) {
      new ec2.InterfaceVpcEndpoint(endpoints, name, {
        vpc: this.vpc,
        service,
        subnets: { subnetGroupName: subnetGroupName['private-app'] },
        securityGroups: [endpointSg],
        privateDnsEnabled: true,
        open: false,
      });
    }

    new CfnOutput(this, 'VpcId', { value: this.vpc.vpcId });
    const ids = (subnets: ec2.ISubnet[]) => subnets.map((s) => s.subnetId).join(',');
    new CfnOutput(this, 'PublicSubnetIds', { value: ids(this.vpc.publicSubnets) });
    new CfnOutput(this, 'AppSubnetIds', { value: ids(this.vpc.privateSubnets) });
    new CfnOutput(this, 'DataSubnetIds', { value: ids(this.vpc.isolatedSubnets) });
  }
}
