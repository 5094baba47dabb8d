import type {
  ComponentDef,
  ConnectionDef,
  FlowDef,
  GroupDef,
  StateMachineDef,
  ViewDef,
} from './types';

/**
 * The model with its ids widened to strings: what renderers and validators accept, so tests
 * can hand them deliberately broken models that the typed declaration would refuse to compile.
 */
export interface ModelShape {
  readonly groups: Readonly<Record<string, GroupDef>>;
  readonly components: Readonly<Record<string, ComponentDef>>;
  readonly connections: readonly ConnectionDef[];
  readonly flows: Readonly<Record<string, FlowDef>>;
  readonly stateMachines: Readonly<Record<string, StateMachineDef>>;
  readonly views: Readonly<Record<string, ViewDef>>;
}
