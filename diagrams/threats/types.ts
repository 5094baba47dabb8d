import type { ModelShape } from '../model/shape';
import type { Text } from '../model/text';
import type { ConnectionDef } from '../model/types';
import type { Zone } from './zones';

/** STRIDE, in the usual order. */
export const strideCategories = ['S', 'T', 'R', 'I', 'D', 'E'] as const;
export type Stride = (typeof strideCategories)[number];

/** A control: something in the model (or configured on it) that answers a threat. */
export interface ControlDef<C extends string = string, M extends string = string> {
  readonly label: Text;
  /** The model components that realise the control; checked against the model at test time. */
  readonly realisedBy: readonly C[];
  /** The entry of the mitigation catalogue that explains how it is prevented and detected. */
  readonly catalogue?: M;
}

export interface ThreatDef<K extends string = string> {
  readonly threat: Text;
  readonly mitigations: readonly K[];
}

/** What a profile sees of a crossing when deciding whether it applies. */
export interface CrossingContext {
  readonly model: ModelShape;
  readonly connection: ConnectionDef;
  readonly from: Zone;
  readonly to: Zone;
  /** True when the two ends live in different AWS accounts (or one is outside AWS). */
  readonly crossesAccount: boolean;
}

/**
 * The threats of one kind of crossing. Profiles are tried in order; the first whose `applies`
 * is true answers the connection, so specific profiles come before general ones.
 */
export interface ThreatProfile<K extends string = string> {
  readonly title: Text;
  readonly applies: (crossing: CrossingContext) => boolean;
  readonly threats: Readonly<Partial<Record<Stride, ThreatDef<K>>>>;
}
