import { model, type ComponentId } from '../model/index';
import type { ComponentDef, LifecycleDef } from '../model/types';

/** The buckets whose retention the brief sets, and the DR copy that must keep the same promise. */
export const retainedBuckets = [
  'inputsBucket',
  'resultsBucket',
  'resultsReplica',
] as const satisfies readonly ComponentId[];

export type RetainedBucket = (typeof retainedBuckets)[number];

export function lifecycleOf(id: ComponentId): LifecycleDef {
  const component: ComponentDef = model.components[id];
  const lifecycle = component.data?.lifecycle;
  if (!lifecycle) throw new Error(`"${id}" has no lifecycle in the model`);
  return lifecycle;
}
