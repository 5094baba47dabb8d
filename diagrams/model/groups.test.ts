import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groups } from './groups';
import type { GroupDef } from './types';

const all = groups as Readonly<Record<string, GroupDef>>;

/** Parses a.b.c.d/n into [first address, last address] as numbers. */
function range(cidr: string): [number, number] {
  const [address, bits] = cidr.split('/');
  const octets = (address ?? '').split('.').map(Number);
  const base = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - Number(bits));
  assert.equal(base % size, 0, `${cidr} is not aligned to its prefix`);
  return [base, base + size - 1];
}

describe('group CIDRs (the IaC allocates exactly these)', () => {
  it('the VPC and every subnet have a cidr, and each label shows it', () => {
    for (const [id, group] of Object.entries(all)) {
      if (group.kind !== 'vpc' && group.kind !== 'subnet') continue;
      assert.ok(group.cidr, `${id} has no cidr`);
      for (const text of Object.values(group.label))
        assert.ok(text.includes(group.cidr), `${id} label "${text}" does not show ${group.cidr}`);
    }
  });

  it('subnets lie inside the VPC and do not overlap', () => {
    const [vpcStart, vpcEnd] = range(all.vpc!.cidr!);
    const subnets = Object.entries(all).filter(([, g]) => g.kind === 'subnet');
    for (const [id, g] of subnets) {
      const [start, end] = range(g.cidr!);
      assert.ok(start >= vpcStart && end <= vpcEnd, `${id} ${g.cidr} is outside the VPC`);
      for (const [other, h] of subnets) {
        if (other <= id) continue;
        const [s2, e2] = range(h.cidr!);
        assert.ok(end < s2 || e2 < start, `${id} ${g.cidr} overlaps ${other} ${h.cidr}`);
      }
    }
  });
});
