import type { ModelShape } from './shape';
import { components } from './components';
import { connections } from './connections';
import { flows } from './flows';
import { groups } from './groups';
import { analysisStateMachine } from './state-machine';
import { views } from './views';

export type { ComponentId } from './components';
export type { FlowId } from './flows';
export type { GroupId } from './groups';
export type { ViewId } from './views';

/** The Espectro topology: the single source every diagram, page and check reads. */
export const model = {
  groups,
  components,
  connections,
  flows,
  stateMachines: { analysis: analysisStateMachine },
  views,
} as const;

export type EspectroModel = typeof model;

// The typed model must stay assignable to the shape renderers accept.
model satisfies ModelShape;

export { requirements, type RequirementDef, type RequirementId } from './requirements';
