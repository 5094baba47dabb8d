import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { inputsLifecycle, resultsLifecycle } from '../../diagrams/model/lifecycles';
import type { LifecycleDef } from '../../diagrams/model/types';
import { lifecycleRules, objectLockOf } from '../lib/buckets';
import { ModelIpAddresses, modelSubnets, subnetMask } from '../lib/model-network';

const days = (d: Duration | undefined) => d?.toDays();

describe('model lifecycle -> S3 rules', () => {
  it('maps every day count and storage class of the model', () => {
    const [rule] = lifecycleRules(resultsLifecycle);
    assert.equal(days(rule!.expiration), 1827);
    assert.equal(days(rule!.noncurrentVersionExpiration), 30);
    assert.equal(days(rule!.abortIncompleteMultipartUploadAfter), 7);
    assert.deepEqual(
      rule!.transitions!.map((t) => [t.storageClass, days(t.transitionAfter)]),
      [
        [s3.StorageClass.INFREQUENT_ACCESS, 30],
        [s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, 180],
      ],
    );
  });

  it('locks only buckets whose lifecycle asks for it, in the model mode', () => {
    assert.deepEqual(objectLockOf(inputsLifecycle), {});
    const lock = objectLockOf(resultsLifecycle);
    assert.equal(lock.objectLockEnabled, true);
    assert.deepEqual(
      lock.objectLockDefaultRetention,
      s3.ObjectLockRetention.governance(Duration.days(1827)),
    );
    const compliance: LifecycleDef = {
      ...resultsLifecycle,
      objectLock: { mode: 'COMPLIANCE', days: 10 },
    };
    assert.deepEqual(
      objectLockOf(compliance).objectLockDefaultRetention,
      s3.ObjectLockRetention.compliance(Duration.days(10)),
    );
  });

  it('refuses what S3 cannot do, naming the problem', () => {
    assert.throws(
      () => lifecycleRules({ ...inputsLifecycle, initialClass: 'GLACIER' }),
      /uploads land in STANDARD; the model asks for GLACIER/,
    );
    assert.throws(
      () =>
        lifecycleRules({ ...inputsLifecycle, transitions: [{ afterDays: 10, to: 'STANDARD' }] }),
      /cannot transition back to STANDARD/,
    );
  });
});

describe('model subnets -> VPC address allocation', () => {
  it('reads one subnet per zone and tier, in zone order', () => {
    assert.deepEqual(
      modelSubnets('private-app').map((s) => s.cidr),
      ['10.40.16.0/20', '10.40.32.0/20', '10.40.48.0/20'],
    );
    assert.equal(subnetMask('public'), 22);
  });

  it('allocates the model CIDR for each requested subnet and rejects unknown subnet groups', () => {
    const allocator = new ModelIpAddresses();
    assert.deepEqual(allocator.allocateVpcCidr(), { cidrBlock: '10.40.0.0/16' });
    const request = (name: string, zone: string) => ({
      availabilityZone: zone,
      subnetConstructId: `${name}-${zone}`,
      configuration: { name, subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
    });
    const zones = ['sa-east-1a', 'sa-east-1b', 'sa-east-1c'];
    assert.deepEqual(
      allocator.allocateSubnetsCidr({
        vpcCidr: '10.40.0.0/16',
        requestedSubnets: zones.map((z) => request('data', z)),
      }).allocatedSubnets,
      [{ cidr: '10.40.64.0/24' }, { cidr: '10.40.65.0/24' }, { cidr: '10.40.66.0/24' }],
    );
    assert.throws(
      () =>
        allocator.allocateSubnetsCidr({
          vpcCidr: '10.40.0.0/16',
          requestedSubnets: [request('cache', 'sa-east-1a')],
        }),
      /subnet group "cache" is not in the model/,
    );
  });
});
