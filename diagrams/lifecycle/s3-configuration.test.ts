import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inputsLifecycle, resultsLifecycle } from '../model/lifecycles';
import type { LifecycleDef } from '../model/types';
import { lifecycleOf, retainedBuckets } from './buckets';
import { s3LifecycleConfiguration, s3ObjectLockConfiguration } from './s3-configuration';

test('the inputs bucket gets exactly the rule the brief asks for (one year)', () => {
  assert.deepEqual(s3LifecycleConfiguration(inputsLifecycle), {
    Rules: [
      {
        ID: 'model-retention',
        Filter: {},
        Status: 'Enabled',
        Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }],
        Expiration: { Days: 366 },
        NoncurrentVersionExpiration: { NoncurrentDays: 7 },
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
      },
    ],
  });
});

test('the results bucket gets exactly the rule the brief asks for (five years)', () => {
  assert.deepEqual(s3LifecycleConfiguration(resultsLifecycle), {
    Rules: [
      {
        ID: 'model-retention',
        Filter: {},
        Status: 'Enabled',
        Transitions: [
          { Days: 30, StorageClass: 'STANDARD_IA' },
          { Days: 180, StorageClass: 'GLACIER_IR' },
        ],
        Expiration: { Days: 1827 },
        NoncurrentVersionExpiration: { NoncurrentDays: 30 },
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
      },
    ],
  });
  assert.deepEqual(s3ObjectLockConfiguration(resultsLifecycle), {
    ObjectLockEnabled: 'Enabled',
    Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1827 } },
  });
  assert.equal(s3ObjectLockConfiguration(inputsLifecycle), undefined);
});

test('no rule combines ExpiredObjectDeleteMarker with Days, which S3 rejects', () => {
  for (const id of retainedBuckets)
    for (const rule of s3LifecycleConfiguration(lifecycleOf(id)).Rules)
      assert.ok(!('ExpiredObjectDeleteMarker' in rule.Expiration), `${id}: ${rule.ID}`);
});

test('the DR replica keeps the same rule and lock as the primary results bucket', () => {
  assert.deepEqual(
    s3LifecycleConfiguration(lifecycleOf('resultsReplica')),
    s3LifecycleConfiguration(lifecycleOf('resultsBucket')),
  );
  assert.deepEqual(
    s3ObjectLockConfiguration(lifecycleOf('resultsReplica')),
    s3ObjectLockConfiguration(lifecycleOf('resultsBucket')),
  );
});

test('transitions are sorted and a transition on or after expiry is refused', () => {
  const unsorted: LifecycleDef = {
    ...resultsLifecycle,
    transitions: [
      { afterDays: 180, to: 'GLACIER_IR' },
      { afterDays: 30, to: 'STANDARD_IA' },
    ],
  };
  assert.deepEqual(
    s3LifecycleConfiguration(unsorted).Rules[0]?.Transitions.map((t) => t.Days),
    [30, 180],
  );
  assert.throws(
    () =>
      s3LifecycleConfiguration({
        ...inputsLifecycle,
        transitions: [{ afterDays: 366, to: 'STANDARD_IA' }],
      }),
    /not before expiry/,
  );
});

test('optional cleanup actions are left out when the model does not set them', () => {
  const bare: LifecycleDef = { initialClass: 'STANDARD', transitions: [], expireAfterDays: 10 };
  const [rule] = s3LifecycleConfiguration(bare).Rules;
  assert.ok(rule);
  assert.equal(rule.NoncurrentVersionExpiration, undefined);
  assert.equal(rule.AbortIncompleteMultipartUpload, undefined);
});
