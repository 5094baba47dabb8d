import { Duration } from 'aws-cdk-lib';
import type * as batch from 'aws-cdk-lib/aws-batch';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { analysisStateMachine } from '../../diagrams/model/state-machine';
import { batchSizing } from './sizing';

type StateName = keyof typeof analysisStateMachine.states;

/** Every state id comes from the model; a renamed state there fails to compile here. */
const name = (state: StateName): StateName => state;

/** Batch errors worth retrying: Spot reclaims and capacity shortfalls surface as these. */
const retryableBatchErrors = [
  'Batch.AWSBatchException',
  'Batch.TooManyRequestsException',
  'States.TaskFailed',
];

export interface AnalysisResources {
  readonly inputsBucket: string;
  readonly queue: batch.IJobQueue;
  readonly analyse: batch.IJobDefinition;
  readonly aggregate: batch.IJobDefinition;
}

/**
 * The model's analysis state machine: list the sample's protein files, run one Batch job per file
 * (`.sync`, with retries for Spot interruptions), aggregate, and route any failure to a recorded
 * cause before failing.
 */
export function analysisDefinition(scope: Construct, resources: AnalysisResources): sfn.IChainable {
  const model = analysisStateMachine.states;
  const failed = new sfn.Fail(scope, name('AnalysisFailed'), {
    error: 'AnalysisFailed',
    causePath: '$.failure.Cause',
  });
  const recordFailure = new sfn.Pass(scope, name('RecordFailure'), {
    comment: model.RecordFailure.label.en,
  }).next(failed);
  const catchAll = { errors: ['States.ALL'], resultPath: '$.failure' };

  const list = new tasks.CallAwsService(scope, name('ListProteinFiles'), {
    comment: model.ListProteinFiles.label.en,
    service: 's3',
    action: 'listObjectsV2',
    parameters: { Bucket: resources.inputsBucket, 'Prefix.$': '$.samplePrefix' },
    iamResources: [`arn:aws:s3:::${resources.inputsBucket}`],
    resultSelector: { 'files.$': '$.Contents[*].Key' },
    resultPath: '$.listing',
  });
  list.addCatch(recordFailure, catchAll);

  const analyse = new tasks.BatchSubmitJob(scope, name('AnalyseProtein'), {
    comment: model.AnalyseProtein.label.en,
    jobName: 'analyse-protein',
    jobQueueArn: resources.queue.jobQueueArn,
    jobDefinitionArn: resources.analyse.jobDefinitionArn,
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    payload: sfn.TaskInput.fromObject({ 'inputKey.$': '$.key' }),
  });
  analyse.addRetry({
    errors: retryableBatchErrors,
    maxAttempts: 3,
    interval: Duration.seconds(30),
    backoffRate: 2,
  });

  const fanOut = new sfn.Map(scope, name('RunProteinJobs'), {
    comment: model.RunProteinJobs.label.en,
    itemsPath: '$.listing.files',
    itemSelector: { 'key.$': '$$.Map.Item.Value' },
    maxConcurrency: batchSizing.mapMaxConcurrency,
    resultPath: sfn.JsonPath.DISCARD,
  });
  fanOut.itemProcessor(analyse);
  fanOut.addCatch(recordFailure, catchAll);

  const aggregate = new tasks.BatchSubmitJob(scope, name('Aggregate'), {
    comment: model.Aggregate.label.en,
    jobName: 'aggregate-sample',
    jobQueueArn: resources.queue.jobQueueArn,
    jobDefinitionArn: resources.aggregate.jobDefinitionArn,
    integrationPattern: sfn.IntegrationPattern.RUN_JOB,
    payload: sfn.TaskInput.fromObject({ 'samplePrefix.$': '$.samplePrefix' }),
    resultPath: '$.aggregate',
  });
  aggregate.addRetry({
    errors: retryableBatchErrors,
    maxAttempts: 2,
    interval: Duration.seconds(30),
    backoffRate: 2,
  });
  aggregate.addCatch(recordFailure, catchAll);

  const succeeded = new sfn.Succeed(scope, name('AnalysisSucceeded'));
  return list.next(fanOut).next(aggregate).next(succeeded);
}
