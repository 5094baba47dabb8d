import type { LifecycleDef, StorageClass } from '../model/types';

/** The rule id the IaC gives the model's rule (infra/lib/buckets.ts). */
export const modelRuleId = 'model-retention';

/** One rule of a PutBucketLifecycleConfiguration body, in the S3 API's own field names. */
export interface S3LifecycleRule {
  readonly ID: string;
  /** An empty filter applies the rule to every object of the bucket. */
  readonly Filter: Record<string, never>;
  readonly Status: 'Enabled' | 'Disabled';
  readonly Transitions: readonly { readonly Days: number; readonly StorageClass: StorageClass }[];
  readonly Expiration: { readonly Days: number };
  readonly NoncurrentVersionExpiration?: { readonly NoncurrentDays: number };
  readonly AbortIncompleteMultipartUpload?: { readonly DaysAfterInitiation: number };
}

export interface S3LifecycleConfiguration {
  readonly Rules: readonly S3LifecycleRule[];
}

/** A PutObjectLockConfiguration body. */
export interface S3ObjectLockConfiguration {
  readonly ObjectLockEnabled: 'Enabled';
  readonly Rule: {
    readonly DefaultRetention: {
      readonly Mode: 'GOVERNANCE' | 'COMPLIANCE';
      readonly Days: number;
    };
  };
}

/**
 * The model's lifecycle as the JSON `aws s3api put-bucket-lifecycle-configuration` takes. There is
 * no ExpiredObjectDeleteMarker: S3 rejects it next to `Days` in the same Expiration, and with a
 * current-version expiration S3 already removes the delete marker once no version is left behind it.
 */
export function s3LifecycleConfiguration(lifecycle: LifecycleDef): S3LifecycleConfiguration {
  const transitions = [...lifecycle.transitions].sort((a, b) => a.afterDays - b.afterDays);
  for (const t of transitions)
    if (t.afterDays >= lifecycle.expireAfterDays)
      throw new RangeError(
        `transition to ${t.to} on day ${t.afterDays} is not before expiry (${lifecycle.expireAfterDays})`,
      );
  return {
    Rules: [
      {
        ID: modelRuleId,
        Filter: {},
        Status: 'Enabled',
        Transitions: transitions.map((t) => ({ Days: t.afterDays, StorageClass: t.to })),
        Expiration: { Days: lifecycle.expireAfterDays },
        ...(lifecycle.noncurrentExpireAfterDays !== undefined
          ? { NoncurrentVersionExpiration: { NoncurrentDays: lifecycle.noncurrentExpireAfterDays } }
          : {}),
        ...(lifecycle.abortIncompleteMultipartAfterDays !== undefined
          ? {
              AbortIncompleteMultipartUpload: {
                DaysAfterInitiation: lifecycle.abortIncompleteMultipartAfterDays,
              },
            }
          : {}),
      },
    ],
  };
}

/** The bucket's default Object Lock retention, or undefined when the model asks for none. */
export function s3ObjectLockConfiguration(
  lifecycle: LifecycleDef,
): S3ObjectLockConfiguration | undefined {
  const lock = lifecycle.objectLock;
  if (!lock) return undefined;
  return {
    ObjectLockEnabled: 'Enabled',
    Rule: { DefaultRetention: { Mode: lock.mode, Days: lock.days } },
  };
}
