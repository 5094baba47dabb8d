import { CfnOutput, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { allowLogsService } from '../keys';
import { realise } from '../topology';

/** Phase "security baseline", production account: one customer managed key per data domain. */
export class KeysStack extends EspectroStack {
  readonly inputs: kms.Key;
  readonly results: kms.Key;
  readonly database: kms.Key;
  readonly logs: kms.Key;
  readonly cluster: kms.Key;

  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, props);
    const key = (name: string, description: string) =>
      realise(
        new kms.Key(this, name, {
          alias: `alias/espectro/${name.toLowerCase()}`,
          description,
          enableKeyRotation: true,
          removalPolicy: RemovalPolicy.RETAIN,
        }),
        'kms',
      );
    this.inputs = key('Inputs', 'Uploaded protein files (S3 inputs bucket)');
    this.results = key('Results', 'Analysis results (S3 results bucket) and their backups');
    this.database = key('Database', 'Aurora storage, RDS Proxy secret, ElastiCache, Cognito');
    this.logs = key('Logs', 'Application, pipeline and audit log groups, SQS and SNS messages');
    this.cluster = key('Cluster', 'Kubernetes secrets envelope encryption in EKS');
    allowLogsService(this.logs, this);
    // EventBridge delivers S3 and Step Functions events into the encrypted SQS queue, and
    // CloudWatch alarms publish into the encrypted SNS topic.
    this.logs.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'EventBridgeAndAlarmsToEncryptedQueuesAndTopics',
        principals: [
          new iam.ServicePrincipal('events.amazonaws.com'),
          new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
        ],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );

    new CfnOutput(this, 'InputsKeyArn', { value: this.inputs.keyArn });
    new CfnOutput(this, 'ResultsKeyArn', { value: this.results.keyArn });
    new CfnOutput(this, 'DatabaseKeyArn', { value: this.database.keyArn });
    new CfnOutput(this, 'LogsKeyArn', { value: this.logs.keyArn });
    new CfnOutput(this, 'ClusterKeyArn', { value: this.cluster.keyArn });
  }
}
