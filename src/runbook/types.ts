import type { ComponentId, ViewId } from '@site/diagrams/model/index';
import type { Text } from '@site/diagrams/model/text';

/** What a snippet is, so its test can check the right schema (policy document, manifest). */
export type SnippetSchema = 'iam-policy' | 'scp' | 'kubernetes' | 'plain';

export interface Snippet {
  readonly lang: 'bash' | 'json' | 'yaml';
  readonly code: string;
  /** File the engineer saves the snippet as, when a command reads it (e.g. `file://deny-regions.json`). */
  readonly file?: string;
  readonly schema?: SnippetSchema;
}

/**
 * One runbook step. The key order is the anatomy every step is read in; the contract test
 * checks it, so a step written in another order or missing a part fails naming its file and id.
 */
export interface RunbookStep {
  /** Locale-independent; the progress checklist stores ticks under it. */
  readonly id: string;
  readonly title: Text;
  readonly goal: Text;
  readonly prerequisites: readonly Text[];
  readonly commands: readonly Snippet[];
  readonly verification: {
    readonly command: string;
    /** What the command prints when the step worked. */
    readonly expected: string;
  };
  readonly rollback: { readonly text: Text; readonly command?: string };
  /** Rough wall-clock minutes, waiting for AWS included. */
  readonly durationMinutes: number;
}

export interface RunbookPhase {
  readonly id: string;
  readonly title: Text;
  readonly view: ViewId;
  /** Account and region the phase works in. */
  readonly where: Text;
  /** Model components this phase brings into existence. */
  readonly creates: readonly ComponentId[];
  readonly steps: readonly RunbookStep[];
}

/** The anatomy, in reading order, as the contract test and the renderer use it. */
export const stepParts = [
  'id',
  'title',
  'goal',
  'prerequisites',
  'commands',
  'verification',
  'rollback',
  'durationMinutes',
] as const satisfies readonly (keyof RunbookStep)[];
