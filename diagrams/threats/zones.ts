import type { ModelShape } from '../model/shape';
import { l, type Text } from '../model/text';
import type { ConnectionDef, GroupKind, SubnetTier } from '../model/types';

/**
 * A trust zone: the innermost group (or subnet tier) that decides who can reach a component.
 * Availability Zones are not trust boundaries (subnets of one tier share routes, NACLs and
 * security groups across the three AZs), so subnets collapse to their tier.
 */
export interface Zone {
  /** Stable id, the chain of trust-relevant groups from the outside in, e.g. `aws/prodAccount/primaryRegion/vpc/tier:private-app`. */
  readonly id: string;
  readonly label: Text;
  /** The chain of zone segments from the outermost one; `internet` for actors. */
  readonly path: readonly string[];
}

/** Group kinds that open a new trust zone; `az` does not and `subnet` is replaced by its tier. */
const zoneKinds: ReadonlySet<GroupKind> = new Set([
  'cloud',
  'account',
  'global',
  'region',
  'vpc',
  'cluster',
  'subnet',
  'boundary',
]);

const tierLabels: Record<SubnetTier, Text> = {
  public: l('sub-redes públicas', 'public subnets'),
  'private-app': l('sub-redes privadas de aplicação', 'private app subnets'),
  'private-data': l('sub-redes privadas de dados', 'private data subnets'),
};

export const internetZone: Zone = {
  id: 'internet',
  label: l('Internet (fora da AWS)', 'Internet (outside AWS)'),
  path: ['internet'],
};

/** The groups from the root down to `groupId`; throws on an unknown group or a parent cycle. */
function groupChain(model: ModelShape, groupId: string, owner: string): string[] {
  const chain: string[] = [];
  for (let g: string | undefined = groupId; g !== undefined; g = model.groups[g]?.parent) {
    if (!(g in model.groups)) {
      throw new Error(`component "${owner}" sits in unknown group "${g}"`);
    }
    if (chain.includes(g)) throw new Error(`group "${g}" is its own ancestor`);
    chain.unshift(g);
  }
  return chain;
}

/** The trust zone of a component, derived from its kind and the kinds of its groups. */
export function zoneOf(model: ModelShape, componentId: string): Zone {
  const component = model.components[componentId];
  if (!component) throw new Error(`unknown component "${componentId}"`);
  if (component.kind === 'actor' || component.group === undefined) return internetZone;

  const segments: { id: string; label: Text }[] = [];
  for (const g of groupChain(model, component.group, componentId)) {
    const group = model.groups[g];
    if (!group || !zoneKinds.has(group.kind)) continue;
    if (group.kind === 'subnet') {
      const tier = group.tier;
      if (!tier) throw new Error(`subnet group "${g}" has no tier`);
      segments.push({ id: `tier:${tier}`, label: tierLabels[tier] });
    } else {
      segments.push({ id: g, label: group.label });
    }
  }
  const labelled = segments.filter((s) => s.id !== segments[0]?.id || segments.length === 1);
  // The region itself holds only AWS-managed regional endpoints (S3, KMS, Step Functions, ...).
  const innermost = model.groups[component.group];
  const regionalPlane = innermost?.kind === 'region';
  const join = (locale: 'pt-BR' | 'en') =>
    labelled.map((s) => s.label[locale]).join(' › ') +
    (regionalPlane
      ? locale === 'pt-BR'
        ? ' › serviços gerenciados (fora da VPC)'
        : ' › AWS-managed services (outside the VPC)'
      : '');
  return {
    id: segments.map((s) => s.id).join('/'),
    label: { 'pt-BR': join('pt-BR'), en: join('en') },
    path: segments.map((s) => s.id),
  };
}

/** A trust boundary: the unordered pair of zones a connection joins. */
export interface Boundary {
  readonly id: string;
  readonly zones: readonly [Zone, Zone];
  /** Zone segments entered or left, e.g. an account id when the connection crosses accounts. */
  readonly crossed: readonly string[];
}

export interface Crossing {
  readonly connection: ConnectionDef;
  readonly from: Zone;
  readonly to: Zone;
  readonly boundary: Boundary;
}

function boundaryBetween(a: Zone, b: Zone): Boundary {
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  let common = 0;
  while (common < a.path.length && common < b.path.length && a.path[common] === b.path[common]) {
    common += 1;
  }
  return {
    id: `${first.id} | ${second.id}`,
    zones: [first, second],
    crossed: [...first.path.slice(common), ...second.path.slice(common)],
  };
}

/** Every connection whose two ends sit in different trust zones, in model order. */
export function crossingConnections(model: ModelShape): Crossing[] {
  return model.connections.flatMap((connection) => {
    const from = zoneOf(model, connection.from);
    const to = zoneOf(model, connection.to);
    return from.id === to.id ? [] : [{ connection, from, to, boundary: boundaryBetween(from, to) }];
  });
}

export function connectionKey(c: { readonly from: string; readonly to: string }): string {
  return `${c.from}->${c.to}`;
}
