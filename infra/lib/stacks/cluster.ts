import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KubectlV35Layer } from '@aws-cdk/lambda-layer-kubectl-v35';
import { ArnFormat, CfnOutput, RemovalPolicy } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import {
  applicationManifests,
  namespace,
  namespaceManifest,
  type Workload,
} from '../k8s/manifests';
import { useKey } from '../keys';
import { workerNodeRole } from '../node-role';
import { subnetGroupName, vpcCidr } from '../model-network';
import { nodeGroupSizing, workloadSizing } from '../sizing';
import { realise } from '../topology';
import { webAclRules } from '../waf';
import { cacheTlsPort, type DataStack } from './data';
import { imageUri } from './delivery';
import { Karpenter } from './karpenter';
import type { KeysStack } from './keys';
import { analysisSettings } from '../analysis-settings';

export const clusterName = 'espectro-prod';
export const stateMachineName = analysisSettings.stateMachine.name;
export const statusQueueName = 'espectro-status';
const loadBalancerControllerChart = '3.2.2';
const loadBalancerControllerPolicy = 'alb-iam_policy-v3.2.2.json';

/**
 * Add-on settings. The VPC CNI ships with its network policy agent switched off: without
 * enableNetworkPolicy the NetworkPolicy objects of the application are accepted by the API server
 * and enforced by nobody.
 */
export const addonConfiguration: Readonly<Record<string, Record<string, string> | undefined>> = {
  'vpc-cni': { enableNetworkPolicy: 'true' },
};

export interface ClusterStackProps extends EspectroStackProps {
  readonly vpc: ec2.IVpc;
  readonly keys: KeysStack;
  readonly data: DataStack;
}

/**
 * Phase "cluster": EKS with a private endpoint, audit logs and KMS-encrypted secrets; one small
 * managed node group per zone for the system pods (Karpenter, CoreDNS, the controllers); Karpenter,
 * whose NodePool launches the nodes the application's pods need and removes them when idle;
 * add-ons; the AWS Load Balancer Controller; and the web, API and worker with their Pod Identity
 * roles. Also the regional WAF (ALB and Cognito) and the ALB certificate.
 */
export class ClusterStack extends EspectroStack {
  readonly cluster: eks.Cluster;

  constructor(scope: Construct, id: string, props: ClusterStackProps) {
    super(scope, id, props);
    const { vpc, data, config } = props;
    const clusterKey = useKey(this, 'ClusterKey', props.keys.cluster);
    const logsKey = useKey(this, 'LogsKey', props.keys.logs);
    const inputsKey = useKey(this, 'InputsKey', props.keys.inputs);
    const resultsKey = useKey(this, 'ResultsKey', props.keys.results);
    const appSubnets = vpc.selectSubnets({ subnetGroupName: subnetGroupName['private-app'] });

    realise(
      new logs.LogGroup(this, 'ControlPlaneLogs', {
        logGroupName: `/aws/eks/${clusterName}/cluster`,
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: logsKey,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    this.cluster = realise(
      new eks.Cluster(this, 'Cluster', {
        clusterName,
        version: eks.KubernetesVersion.V1_35,
        vpc,
        vpcSubnets: [{ subnetGroupName: subnetGroupName['private-app'] }],
        endpointAccess: eks.EndpointAccess.PRIVATE,
        clusterLogging: [
          eks.ClusterLoggingTypes.API,
          eks.ClusterLoggingTypes.AUDIT,
          eks.ClusterLoggingTypes.AUTHENTICATOR,
          eks.ClusterLoggingTypes.CONTROLLER_MANAGER,
          eks.ClusterLoggingTypes.SCHEDULER,
        ],
        secretsEncryptionKey: clusterKey,
        defaultCapacityType: eks.DefaultCapacityType.NODEGROUP,
        defaultCapacity: 0,
        kubectlProviderOptions: {
          kubectlLayer: new KubectlV35Layer(this, 'Kubectl'),
          privateSubnets: appSubnets.subnets,
        },
      }),
      'eksControlPlane',
    );
    const clusterSg = ec2.SecurityGroup.fromSecurityGroupId(
      this,
      'ClusterSecurityGroup',
      this.cluster.clusterSecurityGroupId,
    );
    // Pods use the cluster security group: it alone may reach the proxy and the cache.
    // The rules live here, so the Data stack never references the cluster (that would be a cycle).
    const allow = (id: string, target: ec2.ISecurityGroup, port: number, description: string) =>
      new ec2.CfnSecurityGroupIngress(this, id, {
        groupId: target.securityGroupId,
        sourceSecurityGroupId: this.cluster.clusterSecurityGroupId,
        ipProtocol: 'tcp',
        fromPort: port,
        toPort: port,
        description,
      });
    realise(
      allow('PodsToProxy', data.proxySecurityGroup, 5432, 'pods to the RDS Proxy'),
      'rdsProxy',
    );
    realise(
      allow('PodsToCache', data.cacheSecurityGroup, cacheTlsPort, 'pods to Valkey'),
      'elasticache',
    );

    const nodeRole = workerNodeRole(this, 'NodeRole');
    const zoneNodes = ['nodesA', 'nodesB', 'nodesC'] as const;
    appSubnets.subnets.forEach((subnet, i) => {
      const component = zoneNodes[i];
      if (!component) throw new Error(`the model has no node component for app subnet ${i}`);
      const zone = subnet.availabilityZone.slice(-1);
      realise(
        this.cluster.addNodegroupCapacity(`Nodes${zone.toUpperCase()}`, {
          nodegroupName: `general-${zone}`,
          subnets: { subnets: [subnet] },
          nodeRole,
          amiType: eks.NodegroupAmiType.AL2023_X86_64_STANDARD,
          instanceTypes: [new ec2.InstanceType(nodeGroupSizing.instanceType)],
          capacityType: eks.CapacityType.ON_DEMAND,
          minSize: nodeGroupSizing.minSize,
          desiredSize: nodeGroupSizing.desiredSize,
          maxSize: nodeGroupSizing.maxSize,
          enableNodeAutoRepair: true,
          labels: { 'espectro/zone': subnet.availabilityZone },
        }),
        component,
      );
    });

    for (const addonName of ['vpc-cni', 'coredns', 'kube-proxy', 'metrics-server']) {
      realise(
        new eks.Addon(this, `Addon-${addonName}`, {
          cluster: this.cluster,
          addonName,
          preserveOnDelete: false,
          configurationValues: addonConfiguration[addonName],
        }),
        'eksControlPlane',
      );
    }
    new Karpenter(this, 'Karpenter', {
      cluster: this.cluster,
      clusterName,
      appSubnets: appSubnets.subnets,
      queueKey: logsKey,
    });

    const observabilityRole = this.podRole('CloudWatchAgentRole', [
      iam.ManagedPolicy.fromAwsManagedPolicyName('CloudWatchAgentServerPolicy'),
      iam.ManagedPolicy.fromAwsManagedPolicyName('AWSXrayWriteOnlyAccess'),
    ]);
    const observabilityAddon = realise(
      new eks.CfnAddon(this, 'Addon-amazon-cloudwatch-observability', {
        clusterName: this.cluster.clusterName,
        addonName: 'amazon-cloudwatch-observability',
        podIdentityAssociations: [
          { serviceAccount: 'cloudwatch-agent', roleArn: observabilityRole.roleArn },
        ],
      }),
      'cloudwatch',
    );
    const podIdentityAgent = this.cluster.eksPodIdentityAgent;
    if (!podIdentityAgent) throw new Error('the cluster has no eks-pod-identity-agent add-on');
    observabilityAddon.node.addDependency(podIdentityAgent);

    const namespaceObject = this.cluster.addManifest('Namespace', namespaceManifest());
    const account = (workload: Workload) => {
      const sa = this.cluster.addServiceAccount(`${workload}ServiceAccount`, {
        name: workload,
        namespace,
        identityType: eks.IdentityType.POD_IDENTITY,
      });
      sa.node.addDependency(namespaceObject);
      return sa;
    };
    const web = account('web');
    const api = account('api');
    const worker = account('worker');
    const proxyDbUser = (grantee: iam.IGrantable) =>
      data.proxy.grantConnect(grantee, 'espectro_app');
    data.cacheAuth.grantRead(web);
    proxyDbUser(web);
    data.inputs.grantPut(api);
    inputsKey.grantEncrypt(api);
    data.results.grantRead(api);
    resultsKey.grantDecrypt(api);
    proxyDbUser(api);
    api.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'StartAndReadAnalyses',
        actions: ['states:StartExecution', 'states:DescribeExecution'],
        resources: [
          this.formatArn({
            service: 'states',
            resource: 'stateMachine',
            resourceName: stateMachineName,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
          this.formatArn({
            service: 'states',
            resource: 'execution',
            resourceName: `${stateMachineName}:*`,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
      }),
    );
    data.inputs.grantRead(worker);
    inputsKey.grantDecrypt(worker);
    proxyDbUser(worker);
    worker.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ConsumeStatusEvents',
        actions: [
          'sqs:ReceiveMessage',
          'sqs:DeleteMessage',
          'sqs:ChangeMessageVisibility',
          'sqs:GetQueueAttributes',
        ],
        resources: [this.formatArn({ service: 'sqs', resource: statusQueueName })],
      }),
    );
    logsKey.grantDecrypt(worker);

    const lbcSa = this.cluster.addServiceAccount('LoadBalancerControllerServiceAccount', {
      name: 'aws-load-balancer-controller',
      namespace: 'kube-system',
      identityType: eks.IdentityType.POD_IDENTITY,
    });
    const policyFile = join(
      dirname(require.resolve('aws-cdk-lib/aws-eks-v2')),
      'lib',
      'addons',
      loadBalancerControllerPolicy,
    );
    const statements = (JSON.parse(readFileSync(policyFile, 'utf8')) as { Statement: object[] })
      .Statement;
    for (const statement of statements)
      lbcSa.addToPrincipalPolicy(iam.PolicyStatement.fromJson(statement));
    const lbc = this.cluster.addHelmChart('LoadBalancerController', {
      chart: 'aws-load-balancer-controller',
      repository: 'https://aws.github.io/eks-charts',
      namespace: 'kube-system',
      release: 'aws-load-balancer-controller',
      version: loadBalancerControllerChart,
      wait: true,
      values: {
        clusterName,
        region: this.region,
        vpcId: vpc.vpcId,
        replicaCount: 2,
        serviceAccount: { create: false, name: 'aws-load-balancer-controller' },
      },
    });
    lbc.node.addDependency(lbcSa);

    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: config.hostedZoneId,
      zoneName: config.domainName,
    });
    const certificate = realise(
      new acm.Certificate(this, 'AlbCertificate', {
        domainName: `origin.${config.domainName}`,
        validation: acm.CertificateValidation.fromDns(zone),
      }),
      'acm',
    );

    const wafLogs = realise(
      new logs.LogGroup(this, 'WafLogs', {
        logGroupName: 'aws-waf-logs-espectro-regional',
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: logsKey,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    const webAcl = realise(
      new wafv2.CfnWebACL(this, 'RegionalWebAcl', {
        name: 'espectro-regional',
        scope: 'REGIONAL',
        defaultAction: { allow: {} },
        rules: webAclRules('regional'),
        visibilityConfig: {
          cloudWatchMetricsEnabled: true,
          metricName: 'espectro-regional',
          sampledRequestsEnabled: true,
        },
      }),
      'waf',
    );
    realise(
      new wafv2.CfnLoggingConfiguration(this, 'RegionalWebAclLogging', {
        resourceArn: webAcl.attrArn,
        logDestinationConfigs: [wafLogs.logGroupArn],
      }),
      'waf',
    );
    realise(
      new wafv2.CfnWebACLAssociation(this, 'CognitoWebAcl', {
        resourceArn: data.userPool.userPoolArn,
        webAclArn: webAcl.attrArn,
      }),
      'waf',
    );

    // The ALB answers CloudFront only: its security group admits the origin-facing prefix list.
    const prefixList = new cr.AwsCustomResource(this, 'CloudFrontPrefixList', {
      onUpdate: {
        service: 'EC2',
        action: 'describeManagedPrefixLists',
        parameters: {
          Filters: [
            { Name: 'prefix-list-name', Values: ['com.amazonaws.global.cloudfront.origin-facing'] },
          ],
        },
        physicalResourceId: cr.PhysicalResourceId.of('cloudfront-origin-facing'),
        outputPaths: ['PrefixLists.0.PrefixListId'],
      },
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({
        resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE,
      }),
      installLatestAwsSdk: false,
    });
    const albSg = realise(
      new ec2.SecurityGroup(this, 'AlbSecurityGroup', {
        vpc,
        description: 'ALB of the Ingress: HTTPS from CloudFront origin-facing addresses only',
        allowAllOutbound: false,
      }),
      'alb',
    );
    albSg.addIngressRule(
      ec2.Peer.prefixList(prefixList.getResponseField('PrefixLists.0.PrefixListId')),
      ec2.Port.tcp(443),
      'CloudFront origin-facing',
    );
    albSg.addEgressRule(ec2.Peer.ipv4(vpcCidr()), ec2.Port.tcp(8000), 'to pod targets');
    clusterSg.addIngressRule(albSg, ec2.Port.tcp(8000), 'ALB to pods');

    const image = (repository: 'web' | 'api' | 'worker') =>
      imageUri(config.sharedServicesAccount, this.region, repository, config.imageTag);
    const common = {
      AWS_REGION: this.region,
      DATABASE_HOST: data.proxy.endpoint,
      DATABASE_NAME: 'espectro',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://cloudwatch-agent.amazon-cloudwatch:4317',
    };
    const manifests = applicationManifests({
      domainName: config.domainName,
      certificateArn: certificate.certificateArn,
      webAclArn: webAcl.attrArn,
      albSecurityGroupId: albSg.securityGroupId,
      vpcCidr: vpcCidr(),
      workloads: {
        web: {
          image: image('web'),
          port: 8000,
          ...workloadSizing.web,
          env: {
            ...common,
            CACHE_ENDPOINT: data.cacheEndpoint,
            CACHE_AUTH_SECRET_ARN: data.cacheAuth.secretArn,
            OIDC_ISSUER: `https://cognito-idp.${this.region}.amazonaws.com/${data.userPool.userPoolId}`,
            OIDC_CLIENT_ID: data.userPoolClient.userPoolClientId,
            API_URL: `http://api.${namespace}.svc.cluster.local`,
          },
        },
        api: {
          image: image('api'),
          port: 8000,
          ...workloadSizing.api,
          env: {
            ...common,
            INPUTS_BUCKET: data.inputs.bucketName,
            RESULTS_BUCKET: data.results.bucketName,
            STATE_MACHINE_ARN: `arn:${this.partition}:states:${this.region}:${this.account}:stateMachine:${stateMachineName}`,
          },
        },
        worker: {
          image: image('worker'),
          ...workloadSizing.worker,
          env: {
            ...common,
            INPUTS_BUCKET: data.inputs.bucketName,
            STATUS_QUEUE_URL: `https://sqs.${this.region}.amazonaws.com/${this.account}/${statusQueueName}`,
          },
        },
      },
    });
    const application = this.cluster.addManifest('Application', ...manifests);
    application.node.addDependency(web, api, worker, lbc);

    new CfnOutput(this, 'ClusterName', { value: this.cluster.clusterName });
    new CfnOutput(this, 'UpdateKubeconfigCommand', {
      value: `aws eks update-kubeconfig --name ${clusterName} --region ${this.region}`,
    });
    new CfnOutput(this, 'AlbCertificateArn', { value: certificate.certificateArn });
    new CfnOutput(this, 'RegionalWebAclArn', { value: webAcl.attrArn });
  }

  private podRole(id: string, managedPolicies: iam.IManagedPolicy[]): iam.Role {
    return new iam.Role(this, id, {
      assumedBy: new iam.ServicePrincipal('pods.eks.amazonaws.com').withSessionTags(),
      managedPolicies,
    });
  }
}
