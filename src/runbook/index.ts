import { analysis } from './phases/analysis';
import { cluster } from './phases/cluster';
import { data } from './phases/data';
import { delivery } from './phases/delivery';
import { dr } from './phases/dr';
import { edge } from './phases/edge';
import { landingZone } from './phases/landing-zone';
import { network } from './phases/network';
import { observability } from './phases/observability';
import { prerequisites } from './phases/prerequisites';
import { securityBaseline } from './phases/security-baseline';
import type { RunbookPhase } from './types';

/** The provisioning phases in the order an engineer runs them. */
export const phases = [
  prerequisites,
  landingZone,
  network,
  securityBaseline,
  data,
  cluster,
  analysis,
  edge,
  delivery,
  observability,
  dr,
] as const satisfies readonly RunbookPhase[];

export type PhaseId = (typeof phases)[number]['id'];

/** Source file of each phase, so a failing check can name it. */
export function phaseFile(id: string): string {
  return `src/runbook/phases/${id}.ts`;
}

/** The same phases, widened for code that walks them generically. */
export const runbook: readonly RunbookPhase[] = phases;
