import { computeNotes } from './compute';
import { dataNotes } from './data';
import { deliveryNotes } from './delivery';
import { edgeNotes } from './edge';
import { networkNotes } from './network';
import { observabilityNotes } from './observability';
import { peopleNotes } from './people';
import { pipelineNotes } from './pipeline';
import { securityNotes } from './security';
import { storageNotes } from './storage';
import type { LayerNotes, NotesRecord } from './types';

/** Each layer file, by name: the tests use it to catch an id written in two files. */
export const notesByFile = {
  people: peopleNotes,
  data: dataNotes,
  storage: storageNotes,
  compute: computeNotes,
  pipeline: pipelineNotes,
  edge: edgeNotes,
  network: networkNotes,
  security: securityNotes,
  observability: observabilityNotes,
  delivery: deliveryNotes,
} as const satisfies Record<string, LayerNotes>;

/** Written prose for every component of the model; a missing component does not compile. */
export const componentNotes = {
  ...peopleNotes,
  ...dataNotes,
  ...storageNotes,
  ...computeNotes,
  ...pipelineNotes,
  ...edgeNotes,
  ...networkNotes,
  ...securityNotes,
  ...observabilityNotes,
  ...deliveryNotes,
} as const satisfies NotesRecord;

export { aspects, type Aspect, type NotesRecord } from './types';
