/** Entries of the mitigation catalogue, in page order within their pillar. */
export const mitigationIds = [
  'long-lived-keys',
  'root-account-use',
  'missing-mfa',
  'broad-iam-policies',
  'shared-accounts',
  'public-data-stores',
  'secrets-in-code',
  'no-encryption-at-rest',
  'no-encryption-in-transit',
  'encryption-keys',
  'missing-audit-logs',
  'mutable-unscanned-images',
  'unpinned-dependencies',
  'overprivileged-pods',
  'imdsv1',
  'public-eks-endpoint',
  'no-network-policies',
  'tenant-isolation',
  'lgpd',
  'single-az-single-nat',
  'unencrypted-backups-no-dr-test',
  'manual-changes-drift',
  'proxied-uploads',
  'no-tagging-cost-guardrails',
] as const;

export type MitigationId = (typeof mitigationIds)[number];
