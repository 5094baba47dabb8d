import { Duration } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as events from 'aws-cdk-lib/aws-events';

/**
 * The model's backup promise (components.ts, backupVault): daily recovery points kept 35 days,
 * monthly ones kept one year, both copied to the DR vault. Vault Lock bounds follow from it.
 */
export const backupRetention = {
  dailyDays: 35,
  monthlyDays: 365,
  minimumDays: 35,
  maximumDays: 365,
};

export function backupRules(drVault: backup.IBackupVault): backup.BackupPlanRule[] {
  const copy = (days: number) => [
    { destinationBackupVault: drVault, deleteAfter: Duration.days(days) },
  ];
  return [
    new backup.BackupPlanRule({
      ruleName: 'daily',
      scheduleExpression: events.Schedule.cron({ hour: '5', minute: '0' }),
      deleteAfter: Duration.days(backupRetention.dailyDays),
      enableContinuousBackup: false,
      copyActions: copy(backupRetention.dailyDays),
    }),
    new backup.BackupPlanRule({
      ruleName: 'monthly',
      scheduleExpression: events.Schedule.cron({ day: '1', hour: '6', minute: '0' }),
      deleteAfter: Duration.days(backupRetention.monthlyDays),
      copyActions: copy(backupRetention.monthlyDays),
    }),
  ];
}
