/**
 * Compile-time tests (checked by `npm run typecheck`, never executed) for the component notes.
 * Each `@ts-expect-error` fails the typecheck if the line below it stops being an error.
 */
import { l } from '../text';
import { componentNotes } from './index';
import type { ActorNotes, LayerNotes, NotesRecord, ServiceNotes } from './types';

const text = l('Texto', 'Text');
const service = {
  why: text,
  configuration: text,
  scaling: text,
  failure: text,
  security: text,
  cost: text,
} as const satisfies ServiceNotes;

export const misspelledComponent = {
  // @ts-expect-error "rdsProxyy" is not a component id
  rdsProxyy: service,
} as const satisfies LayerNotes;

export const serviceWithoutCost = {
  // @ts-expect-error a service must say what it costs; only actors may leave an aspect null
  rdsProxy: { ...service, cost: null },
} as const satisfies LayerNotes;

export const serviceMissingAnAspect = {
  // @ts-expect-error a service cannot omit an aspect
  kms: { why: text, configuration: text, scaling: text, failure: text, security: text },
} as const satisfies LayerNotes;

export const actorWithNulls = {
  developer: { ...service, scaling: null, cost: null },
} as const satisfies LayerNotes;

export const actorWithoutWhy = {
  engineer: {
    // @ts-expect-error even an actor says why it is in the model
    why: null,
    configuration: null,
    scaling: null,
    failure: null,
    security: null,
    cost: null,
  },
} as const satisfies LayerNotes;

const { rdsProxy: _dropped, ...allButOne } = componentNotes;
// @ts-expect-error the record must cover every component
export const incomplete: NotesRecord = allButOne;

export const actorNotesShape: ActorNotes = componentNotes.scientist;
