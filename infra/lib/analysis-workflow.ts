import { Duration } from 'aws-cdk-lib';
import type * as batch from 'aws-cdk-lib/aws-batch';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { analysisStateMachine } from '../../diagrams/model/state-machine';
import { analysisSettings, type StatesRetry } from './analysis-settings';

type StateName = keyof typeof analysisStateMachine.states;

/** Every state id comes from the model; a renamed state there fails to compile here. */
const name = (state: StateName): StateName => state;

const retryProps = (retry: StatesRetry): sfn.RetryProps => ({
  errors: [...retry.errors],
  maxAttempts: retry.maxAttempts,
  interval: Duration.seconds(retry.intervalSeconds),
  backoffRate: retry.backoffRate,
});

export interface AnalysisResources {
  readonly inputsBucket: string;
  readonly queue: batch.IJobQueue;
  readonly analyse: batch.IJobDefinition;
  readonly aggregate: batch.IJobDefinition;
}

/**
 * The model's analysis state machine: list the sample's protein files, run one Batch job per file
 * (`.sync`; Spot interruptions are retried by Batch itself, Step Functions only retries its own
 * calls to Batch), aggregate, and route any failure to a recorded cause before failing.
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
    payload: sfn.TaskInput.fromObject({
      'inputKey.$': '$.key',
      'resultPrefix.$': '$.resultPrefix',
    }),
  });
  analyse.addRetry(retryProps(analysisSettings.retries.analyse));

  const fanOut = new sfn.Map(scope, name('RunProteinJobs'), {
    comment: model.RunProteinJobs.label.en,
    itemsPath: '$.listing.files',
    // Each iteration gets its file and the analysis's result prefix from the execution input.
    itemSelector: { 'key.$': '$$.Map.Item.Value', 'resultPrefix.$': '$.resultPrefix' },
    maxConcurrency: analysisSettings.stateMachine.mapMaxConcurrency,
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
    payload: sfn.TaskInput.fromObject({
      'samplePrefix.$': '$.samplePrefix',
      'resultPrefix.$': '$.resultPrefix',
    }),
    resultPath: '$.aggregate',
  });
  aggregate.addRetry(retryProps(analysisSettings.retries.aggregate));
  aggregate.addCatch(recordFailure, catchAll);

  const succeeded = new sfn.Succeed(scope, name('AnalysisSucceeded'));
  return list.next(fanOut).next(aggregate).next(succeeded);
}
