import { components, type ComponentId } from '../model/components';
import { groups, type GroupId } from '../model/groups';
import type { SubnetTier } from '../model/types';
import { gatewayEndpointServices } from '../../infra/lib/endpoints';
import { subnetRows } from './subnets';

/** Where a route sends traffic: a model component, or the VPC's own router. */
export type RouteTarget =
  { readonly kind: 'local' } | { readonly kind: 'component'; readonly id: ComponentId };

export interface Route {
  readonly destination: string;
  readonly target: RouteTarget;
}

export interface RouteTable {
  readonly tier: SubnetTier;
  readonly zone: GroupId;
  readonly routes: readonly Route[];
}

function natOfZone(zone: GroupId): ComponentId {
  const publicSubnet = subnetRows().find((s) => s.zone === zone && s.tier === 'public');
  const nat = (Object.entries(components) as [ComponentId, { group?: string }][]).find(
    ([id, c]) => id.startsWith('nat') && c.group === publicSubnet?.id,
  );
  if (!nat) throw new Error(`no NAT gateway in the public subnet of ${zone}`);
  return nat[0];
}

/**
 * The route tables the Network stack builds: CDK gives every subnet its own table; the public
 * ones default to the internet gateway, the app ones to the NAT gateway of their own zone, the
 * data ones have no default route at all. The S3 gateway endpoint adds its prefix list to every
 * table, because the stack does not narrow its subnets.
 */
export function routeTables(): RouteTable[] {
  const vpcCidr = (groups.vpc as { cidr: string }).cidr;
  const s3 = Object.values(gatewayEndpointServices).map((service) => ({
    destination: `pl-… (com.amazonaws.<region>.${service})`,
    target: { kind: 'component', id: 'vpcEndpoints' } as const,
  }));
  return subnetRows().map(({ tier, zone }) => {
    const local: Route = { destination: vpcCidr, target: { kind: 'local' } };
    const defaultRoute: Route[] =
      tier === 'public'
        ? [{ destination: '0.0.0.0/0', target: { kind: 'component', id: 'internetGateway' } }]
        : tier === 'private-app'
          ? [{ destination: '0.0.0.0/0', target: { kind: 'component', id: natOfZone(zone) } }]
          : [];
    return { tier, zone, routes: [local, ...defaultRoute, ...s3] };
  });
}
