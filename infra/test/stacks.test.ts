import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { s3LifecycleConfiguration } from '../../diagrams/lifecycle/s3-configuration';
import { auroraBackups, backupPlan } from '../../diagrams/model/backups';
import { groups } from '../../diagrams/model/groups';
import { inputsLifecycle, resultsLifecycle } from '../../diagrams/model/lifecycles';
import { analysisStateMachine } from '../../diagrams/model/state-machine';
import { analysisSettings } from '../lib/analysis-settings';
import { modelSubnets } from '../lib/model-network';
import { cleanUp, resourcesOfType, synthesize, type Synthesis } from './support/synth';

let synthesis: Synthesis;
const template = (id: keyof Synthesis['templates']) => Template.fromJSON(synthesis.templates[id]);

before(() => {
  synthesis = synthesize({ policy: false });
});
after(() => cleanUp(synthesis));

/** The lifecycle rule of the bucket whose BucketName starts with `name`. */
function bucket(stack: keyof Synthesis['templates'], name: string) {
  const found = resourcesOfType(synthesis.templates[stack], 'AWS::S3::Bucket').find(([, r]) =>
    String(r.Properties?.BucketName ?? '').startsWith(name),
  );
  assert.ok(found, `no bucket named ${name}* in ${stack}`);
  return found[1].Properties as Record<string, unknown> & {
    LifecycleConfiguration: { Rules: Record<string, unknown>[] };
  };
}

describe('retention (from diagrams/model/lifecycles.ts)', () => {
  it('inputs expire after 1 year, noncurrent versions and incomplete uploads included', () => {
    const rule = bucket('Espectro-Data', 'espectro-inputs-').LifecycleConfiguration.Rules[0]!;
    assert.equal(inputsLifecycle.expireAfterDays, 366, 'the model still says one year (366 days)');
    assert.equal(rule.ExpirationInDays, 366);
    assert.deepEqual(rule.NoncurrentVersionExpiration, {
      NoncurrentDays: inputsLifecycle.noncurrentExpireAfterDays,
    });
    assert.deepEqual(rule.AbortIncompleteMultipartUpload, {
      DaysAfterInitiation: inputsLifecycle.abortIncompleteMultipartAfterDays,
    });
    assert.equal(rule.Status, 'Enabled');
  });

  it('results are kept 5 years under Object Lock governance, in the primary and the DR copy', () => {
    assert.equal(
      resultsLifecycle.expireAfterDays,
      1827,
      'the model still says five years (1827 days)',
    );
    for (const [stack, name] of [
      ['Espectro-Data', 'espectro-results-'],
      ['Espectro-DR', 'espectro-results-replica-'],
    ] as const) {
      const props = bucket(stack, name);
      const rule = props.LifecycleConfiguration.Rules[0]!;
      assert.equal(rule.ExpirationInDays, 1827, `${name} expiration`);
      assert.deepEqual(rule.NoncurrentVersionExpiration, {
        NoncurrentDays: resultsLifecycle.noncurrentExpireAfterDays,
      });
      assert.deepEqual(rule.AbortIncompleteMultipartUpload, { DaysAfterInitiation: 7 });
      assert.deepEqual(
        (rule.Transitions as { StorageClass: string; TransitionInDays: number }[]).map((t) => [
          t.StorageClass,
          t.TransitionInDays,
        ]),
        [
          ['STANDARD_IA', 30],
          ['GLACIER_IR', 180],
        ],
      );
      assert.equal(props.ObjectLockEnabled, true, `${name} object lock`);
      assert.deepEqual(props.ObjectLockConfiguration, {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1827 } },
      });
    }
  });

  it('results replicate to the DR bucket with the DR key', () => {
    const rules = (
      bucket('Espectro-Data', 'espectro-results-').ReplicationConfiguration as {
        Rules: { Destination: { Bucket: string; EncryptionConfiguration: unknown } }[];
      }
    ).Rules;
    assert.equal(rules.length, 1);
    assert.match(
      JSON.stringify(rules[0]!.Destination),
      /espectro-results-replica-111111111111-us-east-1/,
    );
    assert.match(
      JSON.stringify(rules[0]!.Destination.EncryptionConfiguration),
      /alias\/espectro\/results-replica/,
    );
  });
});

describe('the site shows the rules the stacks apply (diagrams/lifecycle, diagrams/model/backups.ts)', () => {
  /** A CloudFormation lifecycle rule in the S3 API's field names, as the page prints it. */
  const asS3Api = (rule: Record<string, unknown>) => {
    const transitions = (rule.Transitions ?? []) as {
      TransitionInDays: number;
      StorageClass: string;
    }[];
    return {
      ID: rule.Id,
      Filter: {},
      Status: rule.Status,
      Transitions: transitions.map((t) => ({
        Days: t.TransitionInDays,
        StorageClass: t.StorageClass,
      })),
      Expiration: { Days: rule.ExpirationInDays },
      ...(rule.NoncurrentVersionExpiration
        ? { NoncurrentVersionExpiration: rule.NoncurrentVersionExpiration }
        : {}),
      ...(rule.AbortIncompleteMultipartUpload
        ? { AbortIncompleteMultipartUpload: rule.AbortIncompleteMultipartUpload }
        : {}),
    };
  };

  it("each bucket's synthesized lifecycle equals the JSON on the data lifecycle page", () => {
    for (const [stack, name, lifecycle] of [
      ['Espectro-Data', 'espectro-inputs-', inputsLifecycle],
      ['Espectro-Data', 'espectro-results-', resultsLifecycle],
      ['Espectro-DR', 'espectro-results-replica-', resultsLifecycle],
    ] as const) {
      const rules = bucket(stack, name).LifecycleConfiguration.Rules;
      assert.deepEqual(rules.map(asS3Api), s3LifecycleConfiguration(lifecycle).Rules, name);
    }
  });

  it("Aurora keeps the model's automated-backup window", () => {
    const [, cluster] = resourcesOfType(
      synthesis.templates['Espectro-Data'],
      'AWS::RDS::DBCluster',
    )[0]!;
    assert.equal(cluster.Properties?.BackupRetentionPeriod, auroraBackups.retentionDays);
    assert.equal(cluster.Properties?.PreferredBackupWindow, auroraBackups.preferredWindowUtc);
  });

  it('the plan selects the Aurora cluster and both buckets, as the page says', () => {
    const [, selection] = resourcesOfType(
      synthesis.templates['Espectro-Backup'],
      'AWS::Backup::BackupSelection',
    )[0]!;
    const resources = JSON.stringify(
      (selection.Properties?.BackupSelection as { Resources: unknown[] }).Resources,
    );
    for (const what of [':cluster:', 'FnGetAttInputs', 'FnGetAttResults'])
      assert.ok(resources.includes(what), `${what} not selected: ${resources}`);
  });

  it("the backup plan and the DR Vault Lock are the model's", () => {
    const [, plan] = resourcesOfType(
      synthesis.templates['Espectro-Backup'],
      'AWS::Backup::BackupPlan',
    )[0]!;
    const rules = (
      plan.Properties?.BackupPlan as {
        BackupPlanRule: {
          RuleName: string;
          ScheduleExpression: string;
          Lifecycle: { DeleteAfterDays: number };
          CopyActions: { Lifecycle: { DeleteAfterDays: number } }[];
        }[];
      }
    ).BackupPlanRule;
    assert.deepEqual(
      rules.map((r) => [
        r.RuleName,
        r.Lifecycle.DeleteAfterDays,
        r.CopyActions[0]?.Lifecycle.DeleteAfterDays,
      ]),
      backupPlan.rules.map((r) => [r.name, r.deleteAfterDays, r.drCopyDeleteAfterDays]),
    );
    assert.deepEqual(
      rules.map((r) => r.ScheduleExpression),
      backupPlan.rules.map(
        (r) =>
          `cron(${r.schedule.minute} ${r.schedule.hour} ${'dayOfMonth' in r.schedule ? r.schedule.dayOfMonth : '*'} * ? *)`,
      ),
    );
    const [, vault] = resourcesOfType(
      synthesis.templates['Espectro-DR'],
      'AWS::Backup::BackupVault',
    )[0]!;
    assert.deepEqual(vault.Properties?.LockConfiguration, {
      MinRetentionDays: backupPlan.drVaultLock.minRetentionDays,
      MaxRetentionDays: backupPlan.drVaultLock.maxRetentionDays,
      ChangeableForDays: backupPlan.drVaultLock.changeableForDays,
    });
  });
});

describe('encryption everywhere', () => {
  const sseS3Allowed = /^espectro-(access-logs|cloudfront-logs)-/;
  it('every bucket is encrypted; only log-delivery destinations use SSE-S3', () => {
    for (const [stack, t] of Object.entries(synthesis.templates)) {
      for (const [id, r] of resourcesOfType(t, 'AWS::S3::Bucket')) {
        const rule = (
          r.Properties?.BucketEncryption as
            | {
                ServerSideEncryptionConfiguration: {
                  ServerSideEncryptionByDefault: { SSEAlgorithm: string };
                }[];
              }
            | undefined
        )?.ServerSideEncryptionConfiguration[0]?.ServerSideEncryptionByDefault;
        assert.ok(rule, `${stack}/${id} has no default encryption`);
        if (rule.SSEAlgorithm !== 'aws:kms') {
          assert.match(
            String(r.Properties?.BucketName),
            sseS3Allowed,
            `${stack}/${id} is not KMS-encrypted`,
          );
        }
      }
    }
  });

  it('queues, topics, log groups, secrets, database, cache and cluster secrets use customer keys', () => {
    const needs: Record<string, string> = {
      'AWS::SQS::Queue': 'KmsMasterKeyId',
      'AWS::SNS::Topic': 'KmsMasterKeyId',
      'AWS::Logs::LogGroup': 'KmsKeyId',
      'AWS::SecretsManager::Secret': 'KmsKeyId',
      'AWS::RDS::DBCluster': 'KmsKeyId',
      'AWS::ElastiCache::ReplicationGroup': 'KmsKeyId',
      'AWS::ECR::Repository': 'EncryptionConfiguration',
      'AWS::Backup::BackupVault': 'EncryptionKeyArn',
      'AWS::EKS::Cluster': 'EncryptionConfig',
      'AWS::StepFunctions::StateMachine': 'EncryptionConfiguration',
      'AWS::APS::Workspace': 'KmsKeyArn',
    };
    // Log groups that CDK's own provider functions create for themselves (acknowledged in cdk-nag).
    const providerLogGroup = /KubectlProvider|AWS679f53fac002430cb0da5b7982bd2287/;
    let checked = 0;
    for (const [stack, t] of Object.entries(synthesis.templates)) {
      for (const [id, r] of Object.entries(t.Resources)) {
        const property = needs[r.Type];
        if (!property || providerLogGroup.test(id)) continue;
        assert.ok(
          r.Properties?.[property] !== undefined,
          `${stack}/${id} (${r.Type}) has no ${property}`,
        );
        checked += 1;
      }
    }
    assert.ok(checked >= 25, `only ${checked} resources checked`);
  });

  it('database storage and cache are encrypted at rest and in transit', () => {
    const data = template('Espectro-Data');
    data.hasResourceProperties('AWS::RDS::DBCluster', {
      StorageEncrypted: true,
      EnableIAMDatabaseAuthentication: true,
    });
    data.hasResourceProperties('AWS::RDS::DBProxy', { RequireTLS: true });
    data.hasResourceProperties('AWS::ElastiCache::ReplicationGroup', {
      AtRestEncryptionEnabled: true,
      TransitEncryptionEnabled: true,
    });
  });
});

describe('high availability', () => {
  it('Aurora is Multi-AZ: a writer and two readers in three different zones', () => {
    const instances = resourcesOfType(synthesis.templates['Espectro-Data'], 'AWS::RDS::DBInstance');
    assert.equal(instances.length, 3);
    const zones = new Set(instances.map(([, r]) => r.Properties?.AvailabilityZone));
    assert.deepEqual([...zones].sort(), ['sa-east-1a', 'sa-east-1b', 'sa-east-1c']);
    for (const [id, r] of instances)
      assert.equal(r.Properties?.PubliclyAccessible, false, `${id} is public`);
  });

  it('the VPC has the model CIDRs over three zones and one NAT gateway per zone', () => {
    const network = synthesis.templates['Espectro-Network'];
    const cidrs = resourcesOfType(network, 'AWS::EC2::Subnet').map(([, r]) => [
      r.Properties?.AvailabilityZone,
      r.Properties?.CidrBlock,
    ]);
    const expected = (['public', 'private-app', 'private-data'] as const).flatMap((tier) =>
      modelSubnets(tier).map((s, i) => [`sa-east-1${'abc'[i]}`, s.cidr]),
    );
    assert.deepEqual(cidrs.map(String).sort(), expected.map(String).sort());
    Template.fromJSON(network).hasResourceProperties('AWS::EC2::VPC', {
      CidrBlock: (groups.vpc as { cidr: string }).cidr,
    });
    assert.equal(resourcesOfType(network, 'AWS::EC2::NatGateway').length, 3);
  });

  it('the cache fails over across zones', () => {
    template('Espectro-Data').hasResourceProperties('AWS::ElastiCache::ReplicationGroup', {
      MultiAZEnabled: true,
      AutomaticFailoverEnabled: true,
      ReplicasPerNodeGroup: Match.anyValue(),
    });
  });
});

describe('no public data store', () => {
  it('every bucket blocks all public access and denies plain HTTP', () => {
    for (const [stack, t] of Object.entries(synthesis.templates)) {
      const policies = resourcesOfType(t, 'AWS::S3::BucketPolicy').map(([, r]) =>
        JSON.stringify(r.Properties),
      );
      for (const [id, r] of resourcesOfType(t, 'AWS::S3::Bucket')) {
        assert.deepEqual(
          r.Properties?.PublicAccessBlockConfiguration,
          {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          `${stack}/${id} is not fully private`,
        );
        assert.ok(
          policies.some((p) => p.includes(`"Ref":"${id}"`) && p.includes('aws:SecureTransport')),
          `${stack}/${id} accepts plain HTTP`,
        );
      }
    }
  });

  it('database and cache live in the data subnets only', () => {
    const data = synthesis.templates['Espectro-Data'];
    const [, subnetGroup] = resourcesOfType(data, 'AWS::RDS::DBSubnetGroup')[0]!;
    assert.match(JSON.stringify(subnetGroup.Properties?.SubnetIds), /dataSubnet/);
    const [, cacheSubnets] = resourcesOfType(data, 'AWS::ElastiCache::SubnetGroup')[0]!;
    assert.match(JSON.stringify(cacheSubnets.Properties?.SubnetIds), /dataSubnet/);
  });
});

describe('analysis state machine', () => {
  const definition = () => {
    const [, machine] = resourcesOfType(
      synthesis.templates['Espectro-Analysis'],
      'AWS::StepFunctions::StateMachine',
    )[0]!;
    // The definition is a Fn::Join of literal pieces and ARNs: give every reference a sample ARN.
    const parts = (machine.Properties?.DefinitionString as { 'Fn::Join': [string, unknown[]] })[
      'Fn::Join'
    ][1];
    const pseudo: Record<string, string> = {
      'AWS::Partition': 'aws',
      'AWS::Region': 'sa-east-1',
      'AWS::AccountId': '111111111111',
    };
    const text = parts
      .map((p) => {
        if (typeof p === 'string') return p;
        const ref = (p as { Ref?: string }).Ref;
        return (
          (ref && pseudo[ref]) ?? 'arn:aws:batch:sa-east-1:111111111111:job-queue/espectro-analysis'
        );
      })
      .join('');
    return JSON.parse(text) as { StartAt: string; States: Record<string, Record<string, unknown>> };
  };

  it('is a valid Amazon States Language document (asl-validator)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const validate = require('asl-validator') as (d: unknown) => {
      isValid: boolean;
      errorsText: (sep?: string) => string;
    };
    const result = validate(definition());
    assert.ok(result.isValid, result.errorsText('\n'));
  });

  it('has exactly the states of the model', () => {
    const states = definition().States;
    const map = states.RunProteinJobs as { ItemProcessor: { States: Record<string, unknown> } };
    const all = [...Object.keys(states), ...Object.keys(map.ItemProcessor.States)].sort();
    assert.deepEqual(all, Object.keys(analysisStateMachine.states).sort());
    assert.equal(definition().StartAt, analysisStateMachine.startAt);
  });

  it('runs Batch jobs with .sync, retries Spot interruptions and catches every failure', () => {
    const states = definition().States;
    const analyse = (
      states.RunProteinJobs as {
        ItemProcessor: { States: Record<string, Record<string, unknown>> };
      }
    ).ItemProcessor.States.AnalyseProtein!;
    for (const [name, state] of [
      ['AnalyseProtein', analyse],
      ['Aggregate', states.Aggregate!],
    ] as const) {
      assert.equal(state.Resource, 'arn:aws:states:::batch:submitJob.sync', `${name} is not .sync`);
      const retry = state.Retry as { MaxAttempts: number; BackoffRate: number }[];
      assert.ok(retry?.length, `${name} has no Retry`);
      assert.equal(retry[0]!.BackoffRate, 2);
    }
    for (const name of ['ListProteinFiles', 'RunProteinJobs', 'Aggregate']) {
      const catchers = states[name]!.Catch as { ErrorEquals: string[]; Next: string }[];
      assert.deepEqual(
        catchers?.map((c) => [c.ErrorEquals, c.Next]),
        [[['States.ALL'], 'RecordFailure']],
        `${name} Catch`,
      );
    }
    assert.equal(states.RecordFailure!.Next, 'AnalysisFailed');
  });
});

describe('browser uploads (inputs bucket CORS)', () => {
  it('lets the site PUT parts and read their ETag, and nothing else', () => {
    const cors = bucket('Espectro-Data', 'espectro-inputs-').CorsConfiguration as {
      CorsRules: {
        AllowedMethods: string[];
        AllowedOrigins: string[];
        AllowedHeaders: string[];
        ExposedHeaders: string[];
      }[];
    };
    assert.equal(cors.CorsRules.length, 1);
    const [rule] = cors.CorsRules;
    assert.deepEqual(rule!.AllowedMethods, ['PUT']);
    assert.deepEqual(rule!.ExposedHeaders, ['ETag']);
    assert.ok(!rule!.AllowedHeaders.includes('*'), 'no wildcard request headers');
    assert.ok(rule!.AllowedHeaders.includes('x-amz-checksum-sha256'), 'parts carry their checksum');
    assert.ok(rule!.AllowedOrigins.every((o) => o.startsWith('https://') && !o.includes('*')));
  });

  it('leaves the results bucket without CORS: downloads are plain GETs of presigned URLs', () => {
    assert.equal(bucket('Espectro-Data', 'espectro-results-').CorsConfiguration, undefined);
  });
});

describe('analysis pipeline (from infra/lib/analysis-settings.ts)', () => {
  const analysis = () => synthesis.templates['Espectro-Analysis'];
  const machineDefinition = () => {
    const [, machine] = resourcesOfType(analysis(), 'AWS::StepFunctions::StateMachine')[0]!;
    return JSON.stringify(machine.Properties?.DefinitionString);
  };

  it('keeps the inline Map within its 40 concurrent iterations', () => {
    const match = /\\"MaxConcurrency\\":(\d+)/.exec(machineDefinition());
    assert.ok(match, 'the Map has no MaxConcurrency');
    assert.equal(Number(match[1]), analysisSettings.stateMachine.mapMaxConcurrency);
    assert.ok(Number(match[1]) <= 40);
  });

  it('leaves job failures to Batch: Step Functions retries only Batch API errors', () => {
    const definition = machineDefinition();
    assert.doesNotMatch(definition, /States\.TaskFailed/);
    const retriers = [...definition.matchAll(/\\"Retry\\":\[\{\\"ErrorEquals\\":\[([^\]]*)\]/g)];
    assert.equal(retriers.length, 2, 'AnalyseProtein and Aggregate retry');
    for (const [, errors] of retriers) assert.doesNotMatch(errors!, /States\.ALL/);
  });

  it('is a Standard workflow with the settings timeout', () => {
    const [, machine] = resourcesOfType(analysis(), 'AWS::StepFunctions::StateMachine')[0]!;
    assert.equal(machine.Properties?.StateMachineType, 'STANDARD');
    assert.equal(machine.Properties?.StateMachineName, analysisSettings.stateMachine.name);
  });

  it('retries a job 3 times on a reclaimed host and never on its own failure', () => {
    const definitions = resourcesOfType(analysis(), 'AWS::Batch::JobDefinition');
    assert.equal(definitions.length, 2);
    for (const [id, definition] of definitions) {
      assert.deepEqual(
        definition.Properties?.RetryStrategy,
        {
          Attempts: 3,
          EvaluateOnExit: [
            { Action: 'RETRY', OnStatusReason: 'Host EC2*' },
            { Action: 'EXIT', OnReason: '*' },
          ],
        },
        id,
      );
    }
  });

  it('hands every job the analysis result prefix from the execution input', () => {
    const passes = machineDefinition().match(/\\"resultPrefix\.\$\\":\\"\$\.resultPrefix\\"/g);
    assert.equal(passes?.length, 3, 'Map ItemSelector, AnalyseProtein and Aggregate payloads');
    for (const [id, definition] of resourcesOfType(analysis(), 'AWS::Batch::JobDefinition')) {
      const command = (definition.Properties?.ContainerProperties as { Command: string[] }).Command;
      assert.ok(command.includes('Ref::resultPrefix'), `${id} ignores the result prefix`);
    }
  });

  it('runs Spot first and On-Demand second, both scaling to zero', () => {
    const environments = resourcesOfType(analysis(), 'AWS::Batch::ComputeEnvironment').map(
      ([, r]) => r.Properties as { ComputeResources: Record<string, unknown> },
    );
    assert.equal(environments.length, 2);
    for (const { ComputeResources: c } of environments) {
      assert.equal(c.MinvCpus, 0);
      assert.equal(c.MaxvCpus, analysisSettings.fleet.maxvCpus);
      assert.deepEqual(c.InstanceTypes, [...analysisSettings.fleet.instanceFamilies]);
    }
    assert.deepEqual(environments.map((e) => e.ComputeResources.Type).sort(), ['EC2', 'SPOT']);
    const [, queue] = resourcesOfType(analysis(), 'AWS::Batch::JobQueue')[0]!;
    const order = queue.Properties?.ComputeEnvironmentOrder as { Order: number }[];
    assert.deepEqual(
      order.map((o) => o.Order),
      [1, 2],
    );
  });
});
