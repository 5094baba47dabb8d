import type { ModelShape } from '../model/shape';
import type { Locale } from '../model/text';
import type { StateDef, StateViewDef } from '../model/types';
import { accessibilityLines } from './accessibility';
import { escapeLabel } from './escape';
import type { RenderedView } from './types';

const catchLabel = { 'pt-BR': 'erro (Catch)', en: 'error (Catch)' } as const;
const retryPrefix = { 'pt-BR': 'Retry', en: 'Retry' } as const;

/** The Step Functions workflow as a state diagram; Map iterators become composite states. */
export function renderStateMachine(
  model: ModelShape,
  viewId: string,
  view: StateViewDef,
  locale: Locale,
): RenderedView {
  const machine = model.stateMachines[view.machine];
  if (!machine) throw new Error(`View "${viewId}" names unknown state machine "${view.machine}"`);
  const entries = Object.entries(machine.states) as [string, StateDef][];
  const inner = new Set(entries.flatMap(([, s]) => s.iterator ?? []));
  const lines: string[] = [];
  const notes: string[] = [];

  const transitions = (id: string, state: StateDef, indent: string) => {
    if (state.next) lines.push(`${indent}${id} --> ${state.next}`);
    for (const choice of state.choices ?? []) {
      lines.push(`${indent}${id} --> ${choice.next}: ${escapeLabel(choice.when[locale])}`);
    }
    if (state.catchTo) lines.push(`${indent}${id} --> ${state.catchTo}: ${catchLabel[locale]}`);
    if (state.type === 'Succeed' || state.type === 'Fail') lines.push(`${indent}${id} --> [*]`);
    if (state.retry) {
      // The one-line note form ends at the first colon; the block form takes any text.
      notes.push(
        `  note right of ${id}`,
        `    ${retryPrefix[locale]}: ${escapeLabel(state.retry[locale])}`,
        '  end note',
      );
    }
  };

  for (const [id, state] of entries) {
    lines.push(`  state "${escapeLabel(state.label[locale])}" as ${id}`);
    if (state.type === 'Choice') lines.push(`  state ${id} <<choice>>`);
  }
  lines.push(`  [*] --> ${machine.startAt}`);
  for (const [id, state] of entries) {
    if (inner.has(id)) continue;
    if (state.iterator?.length) {
      lines.push(`  state ${id} {`);
      const [first] = state.iterator;
      lines.push(`    [*] --> ${first}`);
      for (const innerId of state.iterator) {
        const innerState = machine.states[innerId];
        if (innerState) transitions(innerId, innerState, '    ');
        if (!innerState?.next) lines.push(`    ${innerId} --> [*]`);
      }
      lines.push('  }');
    }
    transitions(id, state, '  ');
  }

  const nodes: Record<string, string> = {};
  for (const [id, state] of entries) if (state.resource) nodes[id] = state.resource;
  const title = view.title[locale];
  const description = view.description[locale];
  const mermaid = [
    'stateDiagram-v2',
    ...accessibilityLines(title, description, [], locale).map((l) => `  ${l}`),
    ...lines,
    ...notes,
    '',
  ].join('\n');
  return {
    id: viewId,
    locale,
    diagram: 'state',
    title,
    description,
    mermaid,
    nodes,
    nodeCount: entries.length,
  };
}
