import type { ModelShape } from '../model/shape';
import type { Text } from '../model/text';
import type { ConnectionDef } from '../model/types';
import {
  strideCategories,
  type ControlDef,
  type Stride,
  type ThreatDef,
  type ThreatProfile,
} from './types';
import { connectionKey, crossingConnections, type Boundary, type Zone } from './zones';

export interface Catalogue {
  readonly profiles: Readonly<Record<string, ThreatProfile>>;
  readonly controls: Readonly<Record<string, ControlDef>>;
  readonly connectionThreats: Readonly<
    Record<string, Readonly<Partial<Record<Stride, ThreatDef>>>>
  >;
}

export interface ThreatRow {
  readonly category: Stride;
  readonly threat: Text;
  readonly controls: readonly string[];
  /** Where the threat comes from: the crossing's profile or the connection itself. */
  readonly source: 'profile' | 'connection';
}

export interface AnalysedCrossing {
  readonly key: string;
  readonly connection: ConnectionDef;
  readonly from: Zone;
  readonly to: Zone;
  readonly boundary: Boundary;
  /** Undefined when no profile applies (a problem, reported by `threatModelProblems`). */
  readonly profile?: string;
  readonly threats: readonly ThreatRow[];
}

function accountOf(zone: Zone): string {
  return zone.path[1] ?? zone.path[0] ?? '';
}

/** Every crossing connection with the profile that answers it and its STRIDE threats. */
export function analyseThreats(model: ModelShape, catalogue: Catalogue): AnalysedCrossing[] {
  return crossingConnections(model).map(({ connection, from, to, boundary }) => {
    const context = {
      model,
      connection,
      from,
      to,
      crossesAccount: accountOf(from) !== accountOf(to),
    };
    const profile = Object.entries(catalogue.profiles).find(([, p]) => p.applies(context));
    const key = connectionKey(connection);
    const extra = catalogue.connectionThreats[key] ?? {};
    const threats = strideCategories.flatMap((category): ThreatRow[] => {
      const rows: ThreatRow[] = [];
      const general = profile?.[1].threats[category];
      if (general)
        rows.push({ category, ...general, controls: general.mitigations, source: 'profile' });
      const specific = extra[category];
      if (specific) {
        rows.push({ category, ...specific, controls: specific.mitigations, source: 'connection' });
      }
      return rows;
    });
    return { key, connection, from, to, boundary, profile: profile?.[0], threats };
  });
}

/**
 * What keeps the threat model honest, each message naming its culprit: a crossing no profile
 * answers, a STRIDE category without a mitigation, a mitigation naming an unknown control,
 * a control realised by a component the model no longer has, or a connection-specific threat
 * for a connection that does not cross a boundary (or no longer exists).
 */
export function threatModelProblems(model: ModelShape, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const analysed = analyseThreats(model, catalogue);
  for (const crossing of analysed) {
    const name = `connection ${crossing.key} (${crossing.boundary.id})`;
    if (!crossing.profile) {
      problems.push(`${name}: no threat profile applies`);
      continue;
    }
    for (const category of strideCategories) {
      const rows = crossing.threats.filter((t) => t.category === category);
      if (!rows.some((r) => r.controls.length > 0)) {
        problems.push(`${name}: STRIDE category ${category} has no mitigation`);
      }
      for (const control of rows.flatMap((r) => r.controls)) {
        if (!(control in catalogue.controls)) {
          problems.push(`${name}: ${category} cites unknown control "${control}"`);
        }
      }
    }
  }
  for (const [id, control] of Object.entries(catalogue.controls)) {
    if (control.realisedBy.length === 0) problems.push(`control "${id}" names no component`);
    for (const component of control.realisedBy) {
      if (!(component in model.components)) {
        problems.push(`control "${id}" is realised by "${component}", which is not in the model`);
      }
    }
  }
  const crossingKeys = new Set(analysed.map((c) => c.key));
  for (const key of Object.keys(catalogue.connectionThreats)) {
    if (!crossingKeys.has(key)) {
      problems.push(`connection-specific threats for ${key}, which crosses no trust boundary`);
    }
  }
  return problems;
}

/** Crossings grouped by boundary, boundaries in first-appearance order. */
export function byBoundary(
  crossings: readonly AnalysedCrossing[],
): [Boundary, AnalysedCrossing[]][] {
  const groups = new Map<string, [Boundary, AnalysedCrossing[]]>();
  for (const crossing of crossings) {
    const group = groups.get(crossing.boundary.id) ?? [crossing.boundary, []];
    group[1].push(crossing);
    groups.set(crossing.boundary.id, group);
  }
  return [...groups.values()];
}
