import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { LifecycleDef, StorageClass } from '../../diagrams/model/types';

const storageClasses: Record<Exclude<StorageClass, 'STANDARD'>, s3.StorageClass> = {
  INTELLIGENT_TIERING: s3.StorageClass.INTELLIGENT_TIERING,
  STANDARD_IA: s3.StorageClass.INFREQUENT_ACCESS,
  GLACIER_IR: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
  GLACIER: s3.StorageClass.GLACIER,
  DEEP_ARCHIVE: s3.StorageClass.DEEP_ARCHIVE,
};

/** The model's lifecycle as S3 rules: the bucket keeps exactly the days the site argues. */
export function lifecycleRules(lifecycle: LifecycleDef): s3.LifecycleRule[] {
  if (lifecycle.initialClass !== 'STANDARD') {
    throw new Error(`uploads land in STANDARD; the model asks for ${lifecycle.initialClass}`);
  }
  return [
    {
      id: 'model-retention',
      enabled: true,
      transitions: lifecycle.transitions.map((t) => {
        if (t.to === 'STANDARD') throw new Error('a lifecycle cannot transition back to STANDARD');
        return { storageClass: storageClasses[t.to], transitionAfter: Duration.days(t.afterDays) };
      }),
      expiration: Duration.days(lifecycle.expireAfterDays),
      ...(lifecycle.noncurrentExpireAfterDays !== undefined
        ? { noncurrentVersionExpiration: Duration.days(lifecycle.noncurrentExpireAfterDays) }
        : {}),
      ...(lifecycle.abortIncompleteMultipartAfterDays !== undefined
        ? {
            abortIncompleteMultipartUploadAfter: Duration.days(
              lifecycle.abortIncompleteMultipartAfterDays,
            ),
          }
        : {}),
    },
  ];
}

export function objectLockOf(
  lifecycle: LifecycleDef,
): Pick<s3.BucketProps, 'objectLockEnabled' | 'objectLockDefaultRetention'> {
  const lock = lifecycle.objectLock;
  if (!lock) return {};
  const days = Duration.days(lock.days);
  return {
    objectLockEnabled: true,
    objectLockDefaultRetention:
      lock.mode === 'GOVERNANCE'
        ? s3.ObjectLockRetention.governance(days)
        : s3.ObjectLockRetention.compliance(days),
  };
}

/**
 * Destination of S3 server access logs. S3 only delivers access logs to SSE-S3 buckets, and the
 * destination itself is not logged (that would log its own log deliveries).
 */
export function accessLogsBucket(
  scope: Construct,
  name: string,
  lifecycle: LifecycleDef,
): s3.Bucket {
  return new s3.Bucket(scope, 'AccessLogs', {
    bucketName: name,
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    versioned: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: lifecycleRules(lifecycle),
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

/** A private, versioned, KMS-encrypted bucket that only accepts TLS and logs its access. */
export function dataBucket(
  scope: Construct,
  id: string,
  props: {
    bucketName: string;
    key: kms.IKey;
    lifecycle: LifecycleDef;
    accessLogs: s3.IBucket;
  } & Partial<s3.BucketProps>,
): s3.Bucket {
  const { key, lifecycle, accessLogs, ...rest } = props;
  return new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.KMS,
    encryptionKey: key,
    bucketKeyEnabled: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    versioned: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: `${props.bucketName}/`,
    lifecycleRules: lifecycleRules(lifecycle),
    removalPolicy: RemovalPolicy.RETAIN,
    ...objectLockOf(lifecycle),
    ...rest,
  });
}

export const bucketNames = {
  inputs: (account: string, region: string) => `espectro-inputs-${account}-${region}`,
  results: (account: string, region: string) => `espectro-results-${account}-${region}`,
  resultsReplica: (account: string, region: string) =>
    `espectro-results-replica-${account}-${region}`,
  logArchive: (account: string, region: string) => `espectro-log-archive-${account}-${region}`,
  accessLogs: (account: string, region: string) => `espectro-access-logs-${account}-${region}`,
};
