import type { ModelShape } from '../model/shape';
import type { Locale } from '../model/text';
import type { SequenceViewDef } from '../model/types';
import { accessibilityLines } from './accessibility';
import { escapeLabel } from './escape';
import type { RenderedView } from './types';

/** A flow as a sequence diagram: actors as stick figures, numbered steps, notes under steps. */
export function renderSequence(
  model: ModelShape,
  viewId: string,
  view: SequenceViewDef,
  locale: Locale,
): RenderedView {
  const flow = model.flows[view.flow];
  if (!flow) throw new Error(`View "${viewId}" names unknown flow "${view.flow}"`);
  const label = (id: string) => model.components[id]?.label[locale] ?? id;
  const participants = flow.participants.map((id) => {
    const keyword = model.components[id]?.kind === 'actor' ? 'actor' : 'participant';
    return `  ${keyword} ${id} as ${escapeLabel(label(id))}`;
  });
  const steps = flow.steps.flatMap((step) => {
    const arrow = step.reply ? '-->>' : '->>';
    const out = [`  ${step.from}${arrow}${step.to}: ${escapeLabel(step.message[locale])}`];
    if (step.note) {
      const span = step.from === step.to ? step.from : `${step.from},${step.to}`;
      out.push(`  Note over ${span}: ${escapeLabel(step.note[locale])}`);
    }
    return out;
  });
  const title = view.title[locale];
  const description = view.description[locale];
  const mermaid = [
    // Wrapped messages keep nine participants within a page's width.
    '---',
    'config:',
    '  sequence:',
    '    wrap: true',
    '    width: 150',
    '    actorMargin: 30',
    '---',
    'sequenceDiagram',
    ...accessibilityLines(title, description, flow.participants.map(label), locale).map(
      (l) => `  ${l}`,
    ),
    '  autonumber',
    ...participants,
    ...steps,
    '',
  ].join('\n');
  return {
    id: viewId,
    locale,
    diagram: 'sequence',
    title,
    description,
    mermaid,
    nodes: Object.fromEntries(flow.participants.map((id) => [id, id])),
    nodeCount: flow.participants.length,
  };
}
