import { CfnOutput } from 'aws-cdk-lib';
import * as grafana from 'aws-cdk-lib/aws-grafana';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { realise } from '../topology';

/**
 * Phase "observability", second region: Amazon Managed Grafana is not offered in sa-east-1
 * (CloudFormation has no AWS::Grafana::Workspace there), so the workspace runs in us-east-1 and
 * reads Prometheus, CloudWatch and X-Ray of sa-east-1 through its role.
 */
export class GrafanaStack extends EspectroStack {
  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, props);
    const dataRegion = props.config.primaryRegion;
    const grafanaRole = new iam.Role(this, 'GrafanaRole', {
      assumedBy: new iam.ServicePrincipal('grafana.amazonaws.com'),
      description: 'Managed Grafana reads Prometheus, CloudWatch and X-Ray',
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonGrafanaCloudWatchAccess'),
        iam.ManagedPolicy.fromAwsManagedPolicyName('AWSXrayReadOnlyAccess'),
      ],
    });
    grafanaRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'QueryPrometheusWorkspace',
        actions: [
          'aps:QueryMetrics',
          'aps:GetSeries',
          'aps:GetLabels',
          'aps:GetMetricMetadata',
          'aps:DescribeWorkspace',
          'aps:ListWorkspaces',
        ],
        resources: [
          this.formatArn({
            service: 'aps',
            region: dataRegion,
            resource: 'workspace',
            resourceName: '*',
          }),
        ],
      }),
    );
    const workspace = realise(
      new grafana.CfnWorkspace(this, 'Grafana', {
        name: 'espectro-slo',
        accountAccessType: 'CURRENT_ACCOUNT',
        authenticationProviders: ['AWS_SSO'],
        permissionType: 'CUSTOMER_MANAGED',
        roleArn: grafanaRole.roleArn,
        dataSources: ['PROMETHEUS', 'CLOUDWATCH', 'XRAY'],
      }),
      'grafana',
    );
    new CfnOutput(this, 'GrafanaWorkspaceEndpoint', { value: workspace.attrEndpoint });
  }
}
