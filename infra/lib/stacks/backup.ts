import { CfnOutput, RemovalPolicy } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import type { Construct } from 'constructs';
import { backupPlan } from '../../../diagrams/model/backups';
import { backupRules } from '../backup-policy';
import { EspectroStack, type EspectroStackProps } from '../espectro-stack';
import { useKey } from '../keys';
import { realise } from '../topology';
import type { DataStack } from './data';
import { drVaultName } from './dr';
import type { KeysStack } from './keys';

export interface BackupStackProps extends EspectroStackProps {
  readonly keys: KeysStack;
  readonly data: DataStack;
}

/** Phase "backup/DR", primary region: the vault and the plan that copies to the DR vault. */
export class BackupStack extends EspectroStack {
  constructor(scope: Construct, id: string, props: BackupStackProps) {
    super(scope, id, props);
    const { data, config } = props;
    const vault = realise(
      new backup.BackupVault(this, 'Vault', {
        backupVaultName: backupPlan.primaryVault,
        encryptionKey: useKey(this, 'DatabaseKey', props.keys.database),
        removalPolicy: RemovalPolicy.RETAIN,
      }),
      'backupVault',
    );
    const drVault = backup.BackupVault.fromBackupVaultArn(
      this,
      'DrVault',
      `arn:${this.partition}:backup:${config.drRegion}:${this.account}:backup-vault:${drVaultName}`,
    );
    const plan = realise(
      new backup.BackupPlan(this, 'Plan', {
        backupPlanName: backupPlan.name,
        backupVault: vault,
        backupPlanRules: backupRules(drVault),
      }),
      'backupVault',
    );
    realise(
      plan.addSelection('Stores', {
        backupSelectionName: 'espectro-stores',
        resources: [
          backup.BackupResource.fromRdsDatabaseCluster(data.database),
          backup.BackupResource.fromArn(data.inputs.bucketArn),
          backup.BackupResource.fromArn(data.results.bucketArn),
        ],
      }),
      'backupVault',
    );
    new CfnOutput(this, 'BackupVaultName', { value: vault.backupVaultName });
    new CfnOutput(this, 'BackupPlanId', { value: plan.backupPlanId });
  }
}
