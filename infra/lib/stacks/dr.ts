import { CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { logsLifecycle, resultsLifecycle } from '../../../diagrams/model/lifecycles';
import { accessLogsBucket, bucketNames, dataBucket } from '../buckets';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { realise } from '../topology';
import { backupPlan } from '../../../diagrams/model/backups';

export const drVaultName = backupPlan.drVault;
export const replicaKeyAlias = 'alias/espectro/results-replica';

/**
 * Phase "backup/DR", DR region: the vault that receives backup copies and the replica of the
 * results bucket. It comes before the Data stack, whose replication rule points here.
 */
export class DrStack extends EspectroStack {
  constructor(scope: Construct, id: string, props: EspectroStackProps) {
    super(scope, id, props);

    const key = realise(
      new kms.Key(this, 'DrKey', {
        alias: replicaKeyAlias,
        description: 'Encrypts the results replica and the DR backup vault',
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'kms',
    );

    const vault = realise(
      new backup.BackupVault(this, 'Vault', {
        backupVaultName: drVaultName,
        encryptionKey: key,
        removalPolicy: RemovalPolicy.RETAIN,
        lockConfiguration: {
          minRetention: Duration.days(backupPlan.drVaultLock.minRetentionDays),
          maxRetention: Duration.days(backupPlan.drVaultLock.maxRetentionDays),
          changeableFor: Duration.days(backupPlan.drVaultLock.changeableForDays),
        },
      }),
      'drVault',
    );

    const accessLogs = accessLogsBucket(
      this,
      bucketNames.accessLogs(this.account, this.region),
      logsLifecycle,
    );
    const replica = realise(
      dataBucket(this, 'ResultsReplica', {
        bucketName: bucketNames.resultsReplica(this.account, this.region),
        key,
        lifecycle: resultsLifecycle,
        accessLogs,
      }),
      'resultsReplica',
    );

    new CfnOutput(this, 'ResultsReplicaBucketName', { value: replica.bucketName });
    new CfnOutput(this, 'DrVaultArn', { value: vault.backupVaultArn });
  }
}
