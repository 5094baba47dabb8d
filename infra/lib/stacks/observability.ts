import { CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as aps from 'aws-cdk-lib/aws-aps';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as synthetics from 'aws-cdk-lib/aws-synthetics';
import * as xray from 'aws-cdk-lib/aws-xray';
import type { Construct } from 'constructs';
import { logsLifecycle } from '../../../diagrams/model/lifecycles';
import { accessLogsBucket, bucketNames, dataBucket } from '../buckets';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { useKey } from '../keys';
import { realise } from '../topology';
import { clusterName } from './cluster';
import type { AnalysisStack } from './analysis';
import type { DataStack } from './data';
import type { KeysStack } from './keys';

export interface ObservabilityStackProps extends EspectroStackProps {
  readonly keys: KeysStack;
  readonly data: DataStack;
  readonly analysis: AnalysisStack;
}

/** Analyses that must end in success, over 30 days (the model's "analyses finish" SLI). */
export const analysisSuccessSlo = 0.99;

/** The outside-in journey the canary walks every minute: sign-in page, health, API. */
const canaryScript = (site: string) => `
const synthetics = require('Synthetics');
exports.handler = async () => {
  for (const path of ['/healthz/ready', '/accounts/login/', '/api/healthz/ready']) {
    await synthetics.executeHttpStep('GET ' + path, '${site}' + path, { method: 'GET' });
  }
};
`;

/**
 * Phase "observability": the alert topic, SLO and pipeline alarms, the dashboard, the canary,
 * Managed Prometheus and Grafana, X-Ray sampling, and the application log groups.
 */
export class ObservabilityStack extends EspectroStack {
  constructor(scope: Construct, id: string, props: ObservabilityStackProps) {
    super(scope, id, props);
    const { config, analysis, data } = props;
    const logsKey = useKey(this, 'LogsKey', props.keys.logs);
    const site = `https://${config.domainName}`;

    const topic = realise(
      new sns.Topic(this, 'Alerts', {
        topicName: 'espectro-alerts',
        masterKey: logsKey,
        enforceSSL: true,
      }),
      'sns',
    );
    topic.addSubscription(new subscriptions.EmailSubscription(config.alertEmail));
    const page = new cwActions.SnsAction(topic);

    for (const workload of ['web', 'api', 'worker']) {
      realise(
        new logs.LogGroup(this, `${workload}Logs`, {
          logGroupName: `/espectro/app/${workload}`,
          retention: logs.RetentionDays.THREE_MONTHS,
          encryptionKey: logsKey,
          removalPolicy: RemovalPolicy.RETAIN,
        }),
        'cloudwatch',
      );
    }

    const executions = (metricName: string) =>
      analysis.stateMachine.metric(metricName, { statistic: 'Sum', period: Duration.hours(1) });
    const failureRatio = new cloudwatch.MathExpression({
      label: 'Failed analyses / finished analyses',
      expression: 'IF(ok + bad > 0, bad / (ok + bad), 0)',
      usingMetrics: {
        ok: executions('ExecutionsSucceeded'),
        bad: new cloudwatch.MathExpression({
          expression: 'f + t + a',
          usingMetrics: {
            f: executions('ExecutionsFailed'),
            t: executions('ExecutionsTimedOut'),
            a: executions('ExecutionsAborted'),
          },
        }),
      },
      period: Duration.hours(1),
    });
    const alarms = [
      realise(
        new cloudwatch.Alarm(this, 'AnalysisFailureBurn', {
          alarmName: 'espectro-analysis-success-burn',
          alarmDescription: `Analysis success SLO ${analysisSuccessSlo * 100}%: failures above 14.4x the budget in the last hour`,
          metric: failureRatio,
          threshold: 14.4 * (1 - analysisSuccessSlo),
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
        'cloudwatch',
      ),
      realise(
        new cloudwatch.Alarm(this, 'StatusDeadLetters', {
          alarmName: 'espectro-status-dlq-not-empty',
          alarmDescription:
            'Events the worker could not process: every one is an upload or analysis status lost',
          metric: analysis.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
            period: Duration.minutes(5),
          }),
          threshold: 0,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
        'cloudwatch',
      ),
      realise(
        new cloudwatch.Alarm(this, 'StatusBacklogAge', {
          alarmName: 'espectro-status-backlog-age',
          alarmDescription: 'The worker is more than 10 minutes behind the status queue',
          metric: analysis.statusQueue.metricApproximateAgeOfOldestMessage({
            period: Duration.minutes(5),
          }),
          threshold: 600,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 2,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        }),
        'cloudwatch',
      ),
      realise(
        new cloudwatch.Alarm(this, 'DatabaseCpu', {
          alarmName: 'espectro-aurora-cpu',
          alarmDescription:
            'Aurora writer CPU above 80% for 15 minutes: capacity, not yet an outage',
          metric: data.database.metricCPUUtilization({ period: Duration.minutes(5) }),
          threshold: 80,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 3,
        }),
        'cloudwatch',
      ),
    ];
    for (const alarm of alarms) alarm.addAlarmAction(page);

    const artifactsKeyed = accessLogsBucket(
      this,
      bucketNames.accessLogs(this.account, this.region) + '-obs',
      logsLifecycle,
    );
    const canaryArtifacts = dataBucket(this, 'CanaryArtifacts', {
      bucketName: `espectro-canary-artifacts-${this.account}-${this.region}`,
      key: logsKey,
      lifecycle: logsLifecycle,
      accessLogs: artifactsKeyed,
    });
    const canary = realise(
      new synthetics.Canary(this, 'Journey', {
        canaryName: 'espectro-journey',
        runtime: synthetics.Runtime.SYNTHETICS_NODEJS_PUPPETEER_13_0,
        test: synthetics.Test.custom({
          handler: 'index.handler',
          code: synthetics.Code.fromInline(canaryScript(site)),
        }),
        schedule: synthetics.Schedule.rate(Duration.minutes(1)),
        artifactsBucketLocation: { bucket: canaryArtifacts, prefix: 'journey' },
        artifactS3EncryptionMode: synthetics.ArtifactsEncryptionMode.KMS,
        artifactS3KmsKey: logsKey,
        activeTracing: true,
        startAfterCreation: true,
        successRetentionPeriod: Duration.days(7),
        failureRetentionPeriod: Duration.days(31),
      }),
      'canaries',
    );
    realise(
      new cloudwatch.Alarm(this, 'CanaryFailing', {
        alarmName: 'espectro-canary-journey',
        alarmDescription: 'The outside-in journey failed 3 minutes in a row',
        metric: canary.metricSuccessPercent({ period: Duration.minutes(1) }),
        threshold: 100,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: 3,
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      }),
      'canaries',
    ).addAlarmAction(page);

    const prometheus = realise(
      new aps.CfnWorkspace(this, 'Prometheus', {
        alias: 'espectro-prod',
        kmsKeyArn: logsKey.keyArn,
      }),
      'prometheus',
    );

    realise(
      new xray.CfnGroup(this, 'TraceGroup', {
        groupName: 'espectro',
        filterExpression: `annotation.cluster = "${clusterName}" OR service(id(type: "AWS::StepFunctions::StateMachine"))`,
        insightsConfiguration: { insightsEnabled: true, notificationsEnabled: false },
      }),
      'xray',
    );
    realise(
      new xray.CfnSamplingRule(this, 'TraceSampling', {
        samplingRule: {
          ruleName: 'espectro-default',
          priority: 100,
          fixedRate: 0.05,
          reservoirSize: 5,
          host: '*',
          httpMethod: '*',
          urlPath: '*',
          serviceName: '*',
          serviceType: '*',
          resourceArn: '*',
          version: 1,
        },
      }),
      'xray',
    );

    const dashboard = realise(
      new cloudwatch.Dashboard(this, 'Dashboard', {
        dashboardName: 'espectro-slo',
        defaultInterval: Duration.days(7),
        widgets: [
          [
            new cloudwatch.GraphWidget({
              title: 'Edge 5xx error rate (%)',
              width: 12,
              left: [
                new cloudwatch.Metric({
                  namespace: 'AWS/CloudFront',
                  metricName: '5xxErrorRate',
                  dimensionsMap: { Region: 'Global' },
                  region: config.drRegion,
                  statistic: 'Average',
                }),
              ],
            }),
            new cloudwatch.GraphWidget({
              title: 'Analysis failure ratio',
              width: 12,
              left: [failureRatio],
            }),
          ],
          [
            new cloudwatch.GraphWidget({
              title: 'Status queue',
              width: 12,
              left: [
                analysis.statusQueue.metricApproximateNumberOfMessagesVisible(),
                analysis.deadLetterQueue.metricApproximateNumberOfMessagesVisible(),
              ],
            }),
            new cloudwatch.GraphWidget({
              title: 'Canary success (%)',
              width: 12,
              left: [canary.metricSuccessPercent()],
            }),
          ],
          [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', width: 24, alarms })],
        ],
      }),
      'cloudwatch',
    );

    new CfnOutput(this, 'AlertsTopicArn', { value: topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: dashboard.dashboardName });
    new CfnOutput(this, 'PrometheusWorkspaceId', { value: prometheus.attrWorkspaceId });
    new CfnOutput(this, 'CanaryName', { value: canary.canaryName });
  }
}
