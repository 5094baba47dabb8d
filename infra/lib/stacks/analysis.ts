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
import { stateMachineName, statusQueueName } from './cluster';
import type { DataStack } from './data';
import type { KeysStack } from './keys';
import { batchSizing } from '../sizing';

export interface AnalysisStackProps extends EspectroStackProps {
  readonly vpc: ec2.IVpc;
  readonly keys: KeysStack;
  readonly data: DataStack;
}

/** Largest Batch fleet, in vCPUs, per compute environment. */
export const maxAnalysisVcpus = batchSizing.maxvCpus;

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
      name: string,
      spot: boolean,
      component: 'batchSpot' | 'batchOnDemand',
    ) =>
      realise(
        new batch.ManagedEc2EcsComputeEnvironment(this, id, {
          computeEnvironmentName: name,
          vpc,
          vpcSubnets: { subnetGroupName: subnetGroupName['private-app'] },
          securityGroups: [jobSg],
          spot,
          allocationStrategy: spot
            ? batch.AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED
            : batch.AllocationStrategy.BEST_FIT_PROGRESSIVE,
          minvCpus: 0,
          maxvCpus: maxAnalysisVcpus,
          instanceClasses: [ec2.InstanceClass.C7I, ec2.InstanceClass.M7I, ec2.InstanceClass.R7I],
          useOptimalInstanceClasses: false,
          updateToLatestImageVersion: true,
          replaceComputeEnvironment: false,
        }),
        component,
      );
    const spotEnvironment = environment('Spot', 'espectro-spot', true, 'batchSpot');
    const onDemandEnvironment = environment(
      'OnDemand',
      'espectro-on-demand',
      false,
      'batchOnDemand',
    );
    const queue = realise(
      new batch.JobQueue(this, 'Queue', {
        jobQueueName: 'espectro-analysis',
        priority: 1,
        computeEnvironments: [
          { computeEnvironment: spotEnvironment, order: 1 },
          { computeEnvironment: onDemandEnvironment, order: 2 },
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
    const jobDefinition = (
      id: string,
      name: string,
      command: string[],
      cpu: number,
      memoryGiB: number,
    ) =>
      realise(
        new batch.EcsJobDefinition(this, id, {
          jobDefinitionName: name,
          retryAttempts: 1,
          timeout: Duration.hours(6),
          propagateTags: true,
          container: new batch.EcsEc2ContainerDefinition(this, `${id}Container`, {
            image,
            command,
            cpu,
            memory: Size.gibibytes(memoryGiB),
            jobRole,
            readonlyRootFilesystem: true,
            privileged: false,
            user: '10001',
            logging: ecs.LogDriver.awsLogs({ logGroup: jobLogs, streamPrefix: name }),
            environment: {
              RESULTS_BUCKET: data.results.bucketName,
              INPUTS_BUCKET: data.inputs.bucketName,
            },
          }),
        }),
        'batchQueue',
      );
    const analyse = jobDefinition(
      'AnalyseProteinJob',
      'espectro-analyse-protein',
      ['analyse', 'Ref::inputKey'],
      4,
      16,
    );
    const aggregate = jobDefinition(
      'AggregateSampleJob',
      'espectro-aggregate-sample',
      ['aggregate', 'Ref::samplePrefix'],
      2,
      8,
    );

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
        stateMachineType: sfn.StateMachineType.STANDARD,
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
        timeout: Duration.hours(24),
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
