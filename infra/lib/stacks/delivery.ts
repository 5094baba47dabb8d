import { CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as codecommit from 'aws-cdk-lib/aws-codecommit';
import * as codepipeline from 'aws-cdk-lib/aws-codepipeline';
import * as actions from 'aws-cdk-lib/aws-codepipeline-actions';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { logsLifecycle } from '../../../diagrams/model/lifecycles';
import { accessLogsBucket, bucketNames, dataBucket } from '../buckets';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { allowLogsService } from '../keys';
import { realise } from '../topology';

export const imageRepositories = ['web', 'api', 'worker', 'analysis'] as const;
export type ImageRepository = (typeof imageRepositories)[number];

/** Image URI in the shared-services account's ECR, as the production stacks reference it. */
export function imageUri(
  sharedServicesAccount: string,
  region: string,
  repository: ImageRepository,
  tag: string,
): string {
  return `${sharedServicesAccount}.dkr.ecr.${region}.amazonaws.com/espectro/${repository}:${tag}`;
}

/**
 * Phase "delivery", shared-services account: Git repositories, the image registry with immutable,
 * scanned tags that production may pull, and the pipeline that tests and synthesizes the IaC.
 */
export class DeliveryStack extends EspectroStack {
  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, props);
    const { productionAccount } = props.config;

    const key = realise(
      new kms.Key(this, 'DeliveryKey', {
        alias: 'alias/espectro/delivery',
        description: 'Encrypts repositories, images, build logs and pipeline artifacts',
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'kms',
    );
    allowLogsService(key, this);
    // Production nodes decrypt image layers when they pull.
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'ProductionPullsImages',
        principals: [new iam.AccountPrincipal(productionAccount)],
        actions: ['kms:Decrypt', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'kms:ViaService': `ecr.${this.region}.amazonaws.com` } },
      }),
    );

    const git = Object.fromEntries(
      (['app', 'infra', 'gitops'] as const).map((name) => [
        name,
        realise(
          new codecommit.Repository(this, `${name}Repository`, {
            repositoryName: `espectro-${name}`,
            description: `Espectro ${name} repository`,
            kmsKey: key,
          }),
          'codecommit',
        ),
      ]),
    ) as Record<'app' | 'infra' | 'gitops', codecommit.Repository>;

    const repositories = Object.fromEntries(
      imageRepositories.map((name) => {
        const repository = realise(
          new ecr.Repository(this, `${name}Images`, {
            repositoryName: `espectro/${name}`,
            imageScanOnPush: true,
            imageTagMutability: ecr.TagMutability.IMMUTABLE,
            encryption: ecr.RepositoryEncryption.KMS,
            encryptionKey: key,
            removalPolicy: RemovalPolicy.RETAIN,
            lifecycleRules: [
              {
                description: 'Drop untagged layers after a week',
                tagStatus: ecr.TagStatus.UNTAGGED,
                maxImageAge: Duration.days(7),
              },
              {
                description: 'Keep the last 100 releases',
                tagStatus: ecr.TagStatus.ANY,
                maxImageCount: 100,
              },
            ],
          }),
          'ecr',
        );
        repository.grantPull(new iam.AccountPrincipal(productionAccount));
        return [name, repository];
      }),
    ) as Record<ImageRepository, ecr.Repository>;

    const accessLogs = accessLogsBucket(
      this,
      bucketNames.accessLogs(this.account, this.region),
      logsLifecycle,
    );
    const artifacts = realise(
      dataBucket(this, 'Artifacts', {
        bucketName: `espectro-pipeline-artifacts-${this.account}-${this.region}`,
        key,
        lifecycle: logsLifecycle,
        accessLogs,
      }),
      'codepipeline',
    );

    const buildLogs = realise(
      new logs.LogGroup(this, 'BuildLogs', {
        logGroupName: '/espectro/delivery/codebuild',
        retention: logs.RetentionDays.ONE_YEAR,
        encryptionKey: key,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'cloudwatch',
    );
    const build = realise(
      new codebuild.PipelineProject(this, 'InfraBuild', {
        projectName: 'espectro-infra-check',
        description: 'npm ci, the test suite (cdk-nag, drift test) and cdk synth',
        encryptionKey: key,
        environment: {
          buildImage: codebuild.LinuxBuildImage.STANDARD_7_0,
          computeType: codebuild.ComputeType.MEDIUM,
          privileged: false,
        },
        logging: { cloudWatch: { logGroup: buildLogs } },
        timeout: Duration.minutes(30),
        buildSpec: codebuild.BuildSpec.fromObject({
          version: '0.2',
          phases: {
            install: {
              'runtime-versions': { nodejs: 20 },
              commands: ['npm ci --no-audit --no-fund'],
            },
            build: { commands: ['npm run test:infra', 'npm run synth'] },
          },
          artifacts: { 'base-directory': 'infra/cdk.out', files: ['**/*'] },
        }),
      }),
      'codebuild',
    );

    const source = new codepipeline.Artifact('Source');
    const assembly = new codepipeline.Artifact('CloudAssembly');
    const pipeline = realise(
      new codepipeline.Pipeline(this, 'InfraPipeline', {
        pipelineName: 'espectro-infra',
        pipelineType: codepipeline.PipelineType.V2,
        artifactBucket: artifacts,
        restartExecutionOnUpdate: false,
        stages: [
          {
            stageName: 'Source',
            actions: [
              new actions.CodeCommitSourceAction({
                actionName: 'Infra',
                repository: git.infra,
                branch: 'main',
                output: source,
              }),
            ],
          },
          {
            stageName: 'Check',
            actions: [
              new actions.CodeBuildAction({
                actionName: 'TestAndSynth',
                project: build,
                input: source,
                outputs: [assembly],
              }),
            ],
          },
          {
            stageName: 'Approve',
            actions: [
              new actions.ManualApprovalAction({
                actionName: 'ReviewChangeSets',
                additionalInformation:
                  'Review the cdk diff of every stack before deploying to production.',
              }),
            ],
          },
        ],
      }),
      'codepipeline',
    );

    for (const name of imageRepositories) {
      new CfnOutput(this, `${name.charAt(0).toUpperCase()}${name.slice(1)}RepositoryUri`, {
        value: repositories[name].repositoryUri,
      });
    }
    new CfnOutput(this, 'AppRepositoryCloneUrl', { value: git.app.repositoryCloneUrlGrc });
    new CfnOutput(this, 'InfraRepositoryCloneUrl', { value: git.infra.repositoryCloneUrlGrc });
    new CfnOutput(this, 'GitopsRepositoryCloneUrl', { value: git.gitops.repositoryCloneUrlGrc });
    new CfnOutput(this, 'PipelineName', { value: pipeline.pipelineName });
  }
}
