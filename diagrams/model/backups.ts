/**
 * The database's own point-in-time window and the AWS Backup plan, as the IaC applies them
 * (infra/lib/stacks/data.ts, infra/lib/backup-policy.ts, infra/lib/stacks/dr.ts read these), so
 * the retention page and the stacks cannot drift apart.
 */
export const auroraBackups = {
  /** Aurora automated backups: continuous, restorable to any second inside this window. */
  retentionDays: 14,
  /** Daily window (UTC) of the automated snapshot, before the AWS Backup daily job. */
  preferredWindowUtc: '04:00-05:00',
} as const;

export interface BackupRuleDef {
  readonly name: 'daily' | 'monthly';
  /** UTC cron fields; an absent day of month means every day. */
  readonly schedule: {
    readonly dayOfMonth?: number;
    readonly hour: number;
    readonly minute: number;
  };
  readonly deleteAfterDays: number;
  /** Days the copy in the DR vault is kept; the DR Vault Lock bounds must allow it. */
  readonly drCopyDeleteAfterDays: number;
}

export const backupPlan = {
  name: 'espectro-prod',
  primaryVault: 'espectro-primary',
  drVault: 'espectro-dr',
  rules: [
    {
      name: 'daily',
      schedule: { hour: 5, minute: 0 },
      deleteAfterDays: 35,
      drCopyDeleteAfterDays: 35,
    },
    {
      name: 'monthly',
      schedule: { dayOfMonth: 1, hour: 6, minute: 0 },
      deleteAfterDays: 365,
      drCopyDeleteAfterDays: 365,
    },
  ],
  /** Vault Lock of the DR vault: immutable once `changeableForDays` have passed. */
  drVaultLock: { minRetentionDays: 35, maxRetentionDays: 365, changeableForDays: 3 },
} as const satisfies {
  name: string;
  primaryVault: string;
  drVault: string;
  rules: readonly BackupRuleDef[];
  drVaultLock: {
    minRetentionDays: number;
    maxRetentionDays: number;
    changeableForDays: number;
  };
};
