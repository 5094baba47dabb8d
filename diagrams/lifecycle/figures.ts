import { auroraBackups, backupPlan } from '../model/backups';
import { lifecycleOf } from './buckets';
import { removalDay } from './timeline';

const inputs = lifecycleOf('inputsBucket');
const results = lifecycleOf('resultsBucket');

const planRule = (name: 'daily' | 'monthly') => {
  const rule = backupPlan.rules.find((r) => r.name === name);
  if (!rule) throw new Error(`no ${name} rule in the backup plan`);
  return rule;
};

const required = (value: number | undefined, what: string): number => {
  if (value === undefined) throw new Error(`the model does not set ${what}`);
  return value;
};

/** Numbers the prose quotes, read from the model so the text cannot drift from the rules. */
export const lifecycleFigures = {
  inputsExpireDay: inputs.expireAfterDays,
  inputsNoncurrentDays: required(inputs.noncurrentExpireAfterDays, 'inputs noncurrent expiry'),
  inputsRemovedDay: required(removalDay(inputs), 'inputs removal'),
  resultsExpireDay: results.expireAfterDays,
  resultsNoncurrentDays: required(results.noncurrentExpireAfterDays, 'results noncurrent expiry'),
  resultsRemovedDay: required(removalDay(results), 'results removal'),
  resultsLockDays: required(results.objectLock?.days, 'the results lock'),
  abortMultipartDays: required(
    inputs.abortIncompleteMultipartAfterDays,
    'the multipart abort rule',
  ),
  auroraRetentionDays: auroraBackups.retentionDays,
  dailyBackupDays: planRule('daily').deleteAfterDays,
  monthlyBackupDays: planRule('monthly').deleteAfterDays,
  drLockMinDays: backupPlan.drVaultLock.minRetentionDays,
  drLockMaxDays: backupPlan.drVaultLock.maxRetentionDays,
  drLockChangeableDays: backupPlan.drVaultLock.changeableForDays,
  /**
   * Last day an input can survive in a monthly recovery point: one taken on its last readable
   * day, kept for the monthly retention.
   */
  inputsInBackupUntilDay: inputs.expireAfterDays - 1 + planRule('monthly').deleteAfterDays,
} as const;

export type LifecycleFigure = keyof typeof lifecycleFigures;
