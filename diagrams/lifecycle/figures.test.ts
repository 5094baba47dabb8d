import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backupPlan } from '../model/backups';
import { lifecycleFigures } from './figures';

test('the figures the page quotes are the model values', () => {
  assert.equal(lifecycleFigures.inputsExpireDay, 366);
  assert.equal(lifecycleFigures.inputsRemovedDay, 373);
  assert.equal(lifecycleFigures.resultsExpireDay, 1827);
  assert.equal(lifecycleFigures.resultsRemovedDay, 1857);
  assert.equal(lifecycleFigures.resultsLockDays, 1827);
  assert.equal(lifecycleFigures.auroraRetentionDays, 14);
  assert.equal(lifecycleFigures.inputsInBackupUntilDay, 365 + 365);
});

test('every DR copy fits the DR Vault Lock bounds, or the copy job would be refused', () => {
  const { minRetentionDays, maxRetentionDays, changeableForDays } = backupPlan.drVaultLock;
  for (const rule of backupPlan.rules) {
    assert.ok(rule.drCopyDeleteAfterDays >= minRetentionDays, rule.name);
    assert.ok(rule.drCopyDeleteAfterDays <= maxRetentionDays, rule.name);
  }
  // AWS Backup enforces a 72-hour cooling-off period before the lock becomes immutable.
  assert.ok(changeableForDays >= 3);
});
