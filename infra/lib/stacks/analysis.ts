import { CfnOutput, Duration, RemovalPolicy, Size } from 'aws-cdk-lib';
import * as batch from 'aws-cdk-lib/aws-batch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { useKey } from '../keys';
import { subnetGroupName } from '../model-network';
import { realise } from '../topology';
import { analysisDefinition } from '../analysis-workflow';
import {
  analysisSettings,
  type AllocationStrategyName,
  type ComputeEnvironmentSettings,
  type InstanceFamily,
  type JobSettings,
} from '../analysis-settings';
import { stateMachineName, statusQueueName } from './cluster';
import type { DataStack } from './data';
import type { KeysStack } from './keys';

export interface AnalysisStackProps extends EspectroStackProps {
  readonly vpc: ec2.IVpc;
  readonly keys: KeysStack;
  readonly data: DataStack;
}

/** Largest Batch fleet, in vCPUs, per compute environment. */
export const maxAnalysisVcpus = analysisSettings.fleet.maxvCpus;

const instanceClasses: Record<InstanceFamily, ec2.InstanceClass> = {
  c7i: ec2.InstanceClass.C7I,
  m7i: ec2.InstanceClass.M7I,
  r7i: ec2.InstanceClass.R7I,
};
const allocationStrategies: Record<AllocationStrategyName, batch.AllocationStrategy> = {
  SPOT_PRICE_CAPACITY_OPTIMIZED: batch.AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED,
  BEST_FIT_PROGRESSIVE: batch.AllocationStrategy.BEST_FIT_PROGRESSIVE,
};

/**
 * Phase "analysis pipeline": Batch (Spot first, On-Demand second, both scaling to zero), the job
 * definitions, the Step Functions workflow of the model, and the EventBridge -> SQS status path.
 */
export class AnalysisStack extends EspectroStack {
  readonly stateMachine: sfn.StateMachine;
  readonly statusQueue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: AnalysisStackProps) {
    super(scope, id, props);
    const { vpc, data, config } = props;
    const logsKey = useKey(this, 'LogsKey', props.keys.logs);
    const inputsKey = useKey(this, 'InputsKey', props.keys.inputs);
    const resultsKey = useKey(this, 'ResultsKey', props.keys.results);

    const jobSg = new ec2.SecurityGroup(this, 'JobSecurityGroup', {
      vpc,
      description: 'Batch instances: no inbound; HTTPS out to S3, ECR and the endpoints',
      allowAllOutbound: false,
    });
    jobSg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'AWS APIs and S3');
    const environment = (
      id: string,
      settings: ComputeEnvironmentSettings,
      component: 'batchSpot' | 'batchOnDemand',
    ) =>
      realise(
        new batch.ManagedEc2EcsComputeEnvironment(this, id, {
          computeEnvironmentName: settings.name,
          vpc,
          vpcSubnets: { subnetGroupName: subnetGroupName['private-app'] },
          securityGroups: [jobSg],
          spot: settings.spot,
          allocationStrategy: allocationStrategies[settings.allocationStrategy],
          minvCpus: analysisSettings.fleet.minvCpus,
          maxvCpus: analysisSettings.fleet.maxvCpus,
          instanceClasses: analysisSettings.fleet.instanceFamilies.map((f) => instanceClasses[f]),
          useOptimalInstanceClasses: false,
          updateToLatestImageVersion: true,
          replaceComputeEnvironment: false,
        }),
        component,
      );
    const { spot, onDemand } = analysisSettings.computeEnvironments;
    const spotEnvironment = environment('Spot', spot, 'batchSpot');
    const onDemandEnvironment = environment('OnDemand', onDemand, 'batchOnDemand');
    const queue = realise(
      new batch.JobQueue(this, 'Queue', {
        jobQueueName: analysisSettings.queue.name,
        priority: analysisSettings.queue.priority,
        computeEnvironments: [
          { computeEnvironment: spotEnvironment, order: spot.order },
          { computeEnvironment: onDemandEnvironment, order: onDemand.order },
        ],
      }),
      'batchQueue',
    );

    const jobLogs = realise(
      new logs.LogGroup(this, 'JobLogs', {
        logGroupName: '/espectro/analysis/batch',
        retention: logs.RetentionDays.THREE_MONTHS,
        encryptionKey: logsKey,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    const jobRole = new iam.Role(this, 'JobRole', {
      assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'),
      description: 'Analysis jobs: read inputs, write results',
    });
    data.inputs.grantRead(jobRole);
    inputsKey.grantDecrypt(jobRole);
    data.results.grantPut(jobRole);
    resultsKey.grantEncrypt(jobRole);
    // The image lives in the shared-services account; the execution role gets pull rights on it.
    const repository = ecr.Repository.fromRepositoryArn(
      this,
      'AnalysisRepository',
      `arn:${this.partition}:ecr:${this.region}:${config.sharedServicesAccount}:repository/espectro/analysis`,
    );
    const image = ecs.ContainerImage.fromEcrRepository(repository, config.imageTag);
    const { batchRetry } = analysisSettings;
    const jobDefinition = (id: string, settings: JobSettings) =>
      realise(
        new batch.EcsJobDefinition(this, id, {
          jobDefinitionName: settings.name,
          retryAttempts: batchRetry.attempts,
          retryStrategies: batchRetry.evaluateOnExit.map((rule) =>
            batch.RetryStrategy.of(
              rule.action === 'RETRY' ? batch.Action.RETRY : batch.Action.EXIT,
              batch.Reason.custom({
                ...('onStatusReason' in rule ? { onStatusReason: rule.onStatusReason } : {}),
                ...('onReason' in rule ? { onReason: rule.onReason } : {}),
              }),
            ),
          ),
          timeout: Duration.hours(settings.timeoutHours),
          propagateTags: true,
          container: new batch.EcsEc2ContainerDefinition(this, `${id}Container`, {
            image,
            command: [...settings.command],
            cpu: settings.vcpus,
            memory: Size.gibibytes(settings.memoryGiB),
            jobRole,
            readonlyRootFilesystem: true,
            privileged: false,
            user: '10001',
            logging: ecs.LogDriver.awsLogs({ logGroup: jobLogs, streamPrefix: settings.name }),
            environment: {
              RESULTS_BUCKET: data.results.bucketName,
              INPUTS_BUCKET: data.inputs.bucketName,
            },
          }),
        }),
        'batchQueue',
      );
    const analyse = jobDefinition('AnalyseProteinJob', analysisSettings.jobs.analyse);
    const aggregate = jobDefinition('AggregateSampleJob', analysisSettings.jobs.aggregate);

    const executionLogs = realise(
      new logs.LogGroup(this, 'ExecutionLogs', {
        logGroupName: '/aws/vendedlogs/states/espectro-analysis',
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: logsKey,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    this.stateMachine = realise(
      new sfn.StateMachine(this, 'StateMachine', {
        stateMachineName,
        stateMachineType: sfn.StateMachineType[analysisSettings.stateMachine.type],
        definitionBody: sfn.DefinitionBody.fromChainable(
          analysisDefinition(this, {
            inputsBucket: data.inputs.bucketName,
            queue,
            analyse,
            aggregate,
          }),
        ),
        tracingEnabled: true,
        logs: { destination: executionLogs, level: sfn.LogLevel.ALL, includeExecutionData: false },
        timeout: Duration.hours(analysisSettings.stateMachine.timeoutHours),
        encryptionConfiguration: new sfn.CustomerManagedEncryptionConfiguration(logsKey),
      }),
      'stepFunctions',
    );
    data.inputs.grantRead(this.stateMachine);
    inputsKey.grantDecrypt(this.stateMachine);

    this.deadLetterQueue = realise(
      new sqs.Queue(this, 'StatusDeadLetters', {
        queueName: `${statusQueueName}-dlq`,
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: logsKey,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      }),
      'statusQueue',
    );
    this.statusQueue = realise(
      new sqs.Queue(this, 'Status', {
        queueName: statusQueueName,
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: logsKey,
        enforceSSL: true,
        visibilityTimeout: Duration.minutes(2),
        retentionPeriod: Duration.days(4),
        deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
      }),
      'statusQueue',
    );
    const toQueue = new targets.SqsQueue(this.statusQueue, {
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 10,
    });
    realise(
      new events.Rule(this, 'UploadCompleted', {
        ruleName: 'espectro-upload-completed',
        description:
          'Object Created in the inputs bucket -> status queue (the worker validates it)',
        eventPattern: {
          source: ['aws.s3'],
          detailType: ['Object Created'],
          detail: { bucket: { name: [data.inputs.bucketName] } },
        },
        targets: [toQueue],
      }),
      'eventbridge',
    );
    realise(
      new events.Rule(this, 'ExecutionStatusChanged', {
        ruleName: 'espectro-analysis-status',
        description:
          'Step Functions execution status changes -> status queue (the worker records them)',
        eventPattern: {
          source: ['aws.states'],
          detailType: ['Step Functions Execution Status Change'],
          detail: { stateMachineArn: [this.stateMachine.stateMachineArn] },
        },
        targets: [toQueue],
      }),
      'eventbridge',
    );

    new CfnOutput(this, 'StateMachineArn', { value: this.stateMachine.stateMachineArn });
    new CfnOutput(this, 'JobQueueArn', { value: queue.jobQueueArn });
    new CfnOutput(this, 'StatusQueueUrl', { value: this.statusQueue.queueUrl });
    new CfnOutput(this, 'StatusDeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl });
  }
}
