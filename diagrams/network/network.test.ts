import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connections } from '../model/connections';
import { groups } from '../model/groups';
import {
  addressCount,
  range,
  routeTables,
  securityGroupRules,
  subnetRows,
  usableInTier,
} from './index';

describe('subnets', () => {
  const rows = subnetRows();
  it('three tiers over three zones', () => {
    assert.equal(rows.length, 9);
    assert.deepEqual(new Set(rows.map((r) => r.zone)), new Set(['azA', 'azB', 'azC']));
  });
  it('every subnet lies inside the VPC and none overlaps another', () => {
    const [vpcStart, vpcEnd] = range((groups.vpc as { cidr: string }).cidr);
    const ranges = rows.map((r) => range(r.cidr));
    for (const [start, end] of ranges) assert.ok(start >= vpcStart && end <= vpcEnd);
    for (const [i, a] of ranges.entries())
      for (const b of ranges.slice(i + 1)) assert.ok(a[1] < b[0] || b[1] < a[0]);
  });
  it('counts addresses after the five AWS keeps', () => {
    assert.equal(addressCount('10.0.0.0/20'), 4096);
    const app = rows.find((r) => r.cidr === '10.40.16.0/20');
    assert.equal(app?.usable, 4091);
    assert.equal(usableInTier('private-app'), 3 * 4091);
  });
  it('rejects a malformed CIDR', () => {
    assert.throws(() => range('10.0.0/16'));
    assert.throws(() => addressCount('10.0.0.0/33'));
  });
});

describe('route tables', () => {
  it('app subnets leave through the NAT gateway of their own zone', () => {
    const app = routeTables().filter((t) => t.tier === 'private-app');
    assert.deepEqual(
      app.map((t) => t.routes.find((r) => r.destination === '0.0.0.0/0')?.target),
      ['natA', 'natB', 'natC'].map((id) => ({ kind: 'component', id })),
    );
  });
  it('data subnets have no default route', () => {
    for (const t of routeTables().filter((t) => t.tier === 'private-data'))
      assert.ok(!t.routes.some((r) => r.destination === '0.0.0.0/0'));
  });
});

describe('security groups', () => {
  it('every rule carries connections the model draws', () => {
    for (const rule of securityGroupRules)
      for (const [from, to] of rule.carries)
        assert.ok(
          connections.some((c) => c.from === from && c.to === to),
          `no connection ${from} -> ${to}`,
        );
  });
  it('every rule that admits traffic names a port', () => {
    for (const rule of securityGroupRules)
      assert.equal(rule.port === null, rule.source.kind === 'none');
  });
});
