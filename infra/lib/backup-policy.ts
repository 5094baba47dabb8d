import { Duration } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as events from 'aws-cdk-lib/aws-events';
import { backupPlan, type BackupRuleDef } from '../../diagrams/model/backups';

const ruleNamed = (name: BackupRuleDef['name']): BackupRuleDef => {
  const rule = backupPlan.rules.find((r) => r.name === name);
  if (!rule) throw new Error(`the model's backup plan has no ${name} rule`);
  return rule;
};

/**
 * The model's backup promise (diagrams/model/backups.ts): daily recovery points kept 35 days,
 * monthly ones kept one year, both copied to the DR vault. Vault Lock bounds follow from it.
 */
export const backupRetention = {
  dailyDays: ruleNamed('daily').deleteAfterDays,
  monthlyDays: ruleNamed('monthly').deleteAfterDays,
  minimumDays: backupPlan.drVaultLock.minRetentionDays,
  maximumDays: backupPlan.drVaultLock.maxRetentionDays,
};

export function backupRules(drVault: backup.IBackupVault): backup.BackupPlanRule[] {
  return backupPlan.rules.map(
    (rule: BackupRuleDef) =>
      new backup.BackupPlanRule({
        ruleName: rule.name,
        scheduleExpression: events.Schedule.cron({
          ...(rule.schedule.dayOfMonth !== undefined
            ? { day: String(rule.schedule.dayOfMonth) }
            : {}),
          hour: String(rule.schedule.hour),
          minute: String(rule.schedule.minute),
        }),
        deleteAfter: Duration.days(rule.deleteAfterDays),
        // Snapshot backups: the database's own PITR covers the recent past (auroraBackups).
        ...(rule.name === 'daily' ? { enableContinuousBackup: false } : {}),
        copyActions: [
          {
            destinationBackupVault: drVault,
            deleteAfter: Duration.days(rule.drCopyDeleteAfterDays),
          },
        ],
      }),
  );
}
