import { groups, type GroupId } from '../model/groups';
import type { SubnetTier } from '../model/types';

/**
 * AWS keeps the first four addresses and the last one of every subnet
 * (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html).
 */
export const reservedAddressesPerSubnet = 5;

export interface SubnetRow {
  readonly id: GroupId;
  readonly zone: GroupId;
  readonly tier: SubnetTier;
  readonly cidr: string;
  readonly addresses: number;
  readonly usable: number;
}

interface SubnetGroup {
  readonly kind: string;
  readonly tier?: SubnetTier;
  readonly parent?: string;
  readonly cidr?: string;
}

export const tierOrder: readonly SubnetTier[] = ['public', 'private-app', 'private-data'];

export function prefixLength(cidr: string): number {
  const bits = Number(cidr.split('/')[1]);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`bad CIDR ${cidr}`);
  return bits;
}

export function addressCount(cidr: string): number {
  return 2 ** (32 - prefixLength(cidr));
}

/** Every subnet of the model, by tier then zone, with its size after the AWS reservation. */
export function subnetRows(): SubnetRow[] {
  return (Object.entries(groups) as [GroupId, SubnetGroup][])
    .flatMap(([id, g]) => {
      if (g.kind !== 'subnet' || !g.tier || !g.cidr || !g.parent)
        return g.kind === 'subnet' ? [invalid(id)] : [];
      const addresses = addressCount(g.cidr);
      return [
        {
          id,
          zone: g.parent as GroupId,
          tier: g.tier,
          cidr: g.cidr,
          addresses,
          usable: addresses - reservedAddressesPerSubnet,
        },
      ];
    })
    .sort(
      (a, b) =>
        tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) || a.zone.localeCompare(b.zone),
    );
}

function invalid(id: string): never {
  throw new Error(`subnet group "${id}" lacks a tier, CIDR or zone`);
}

/** Usable addresses of one tier summed over the zones. */
export function usableInTier(tier: SubnetTier): number {
  return subnetRows()
    .filter((s) => s.tier === tier)
    .reduce((sum, s) => sum + s.usable, 0);
}

/** [first, last] address of a CIDR as 32-bit integers, to check containment and overlap. */
export function range(cidr: string): [number, number] {
  const [ip = ''] = cidr.split('/');
  const octets = ip.split('.').map(Number);
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255))
    throw new Error(`bad CIDR ${cidr}`);
  const start = octets.reduce((n, o) => n * 256 + o, 0);
  return [start, start + addressCount(cidr) - 1];
}
