import type { AnalysedCrossing, ThreatRow } from '@site/diagrams/threats/analyse';

/** Connections of one boundary that share exactly the same threats, shown as one row group. */
export interface CrossingGroup {
  readonly crossings: AnalysedCrossing[];
  readonly profile: string;
  readonly threats: readonly ThreatRow[];
}

/**
 * Merges crossings with the same profile and no connection-specific threats, so the table
 * shows each threat once per boundary instead of once per AZ-replicated connection.
 */
export function groupCrossings(crossings: readonly AnalysedCrossing[]): CrossingGroup[] {
  const groups: CrossingGroup[] = [];
  const byProfile = new Map<string, CrossingGroup>();
  for (const crossing of crossings) {
    const profile = crossing.profile ?? '';
    const own = crossing.threats.some((t) => t.source === 'connection');
    const existing = own ? undefined : byProfile.get(profile);
    if (existing) {
      existing.crossings.push(crossing);
      continue;
    }
    const group: CrossingGroup = { crossings: [crossing], profile, threats: crossing.threats };
    if (!own) byProfile.set(profile, group);
    groups.push(group);
  }
  return groups;
}
