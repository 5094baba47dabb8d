import type { ComponentId, components } from '../components';
import type { Text } from '../text';

/** What the component reference says about every component, in this order. */
export const aspects = ['why', 'configuration', 'scaling', 'failure', 'security', 'cost'] as const;
export type Aspect = (typeof aspects)[number];

/** A service or workload answers every aspect. */
export type ServiceNotes = { readonly [A in Aspect]: Text };

/**
 * People are not deployed, scaled or billed: an actor says why it is in the model and may set
 * any other aspect to `null`, explicitly, so a forgotten aspect still reads as a decision.
 */
export type ActorNotes = { readonly why: Text } & {
  readonly [A in Exclude<Aspect, 'why'>]: Text | null;
};

type KindOf<K extends ComponentId> = (typeof components)[K]['kind'];

export type NotesFor<K extends ComponentId> = KindOf<K> extends 'actor' ? ActorNotes : ServiceNotes;

/** Every component, no more, no less: a missing or misspelled id does not compile. */
export type NotesRecord = { readonly [K in ComponentId]: NotesFor<K> };

/** One layer's share of the record; the index joins them and checks the whole. */
export type LayerNotes = Partial<NotesRecord>;
