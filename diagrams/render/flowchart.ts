import type { Locale } from '../model/text';
import type { ModelShape } from '../model/shape';
import type { ConnectionDef, FlowchartViewDef } from '../model/types';
import { accessibilityLines } from './accessibility';
import { escapeLabel } from './escape';
import { iconNodeLine } from './icon-node';
import type { RenderedView } from './types';

const groupNodePrefix = 'grp_';

/** Tighter than Mermaid's defaults (50/50): large views stay legible when scaled to the page. */
export const flowchartConfig = [
  '---',
  'config:',
  '  flowchart:',
  '    nodeSpacing: 30',
  '    rankSpacing: 40',
  '---',
];

interface Placement {
  /** Drawn node id. */
  readonly node: string;
  /** Group box the node sits in, or undefined at top level. */
  readonly box: string | undefined;
}

function ancestors(model: ModelShape, groupId: string | undefined): string[] {
  const chain: string[] = [];
  for (let g = groupId; g !== undefined; g = model.groups[g]?.parent) chain.push(g);
  return chain;
}

function nearestDrawnBox(model: ModelShape, view: FlowchartViewDef, groupId: string | undefined) {
  return ancestors(model, groupId).find((g) => !view.flatten?.includes(g));
}

function place(model: ModelShape, view: FlowchartViewDef, componentId: string): Placement {
  const chain = ancestors(model, model.components[componentId]?.group);
  // The outermost collapsed ancestor wins: it stands for everything inside it.
  const collapsed = [...chain].reverse().find((g) => view.collapse?.includes(g));
  if (collapsed) {
    return {
      node: groupNodePrefix + collapsed,
      box: nearestDrawnBox(model, view, model.groups[collapsed]?.parent),
    };
  }
  return {
    node: componentId,
    box: nearestDrawnBox(model, view, model.components[componentId]?.group),
  };
}

function mergedEdgeLabel(labels: readonly string[]): string {
  const shown = labels.slice(0, 2).join(' · ');
  return labels.length > 2 ? `${shown} (+${labels.length - 2})` : shown;
}

interface Edge {
  from: string;
  to: string;
  labels: string[];
  async: boolean;
}

function collectEdges(
  model: ModelShape,
  view: FlowchartViewDef,
  placements: ReadonlyMap<string, Placement>,
  locale: Locale,
): Edge[] {
  const edges = new Map<string, Edge>();
  const visible = (c: ConnectionDef) => !view.hideProtocols?.includes(c.protocol);
  for (const connection of model.connections.filter(visible)) {
    const from = placements.get(connection.from)?.node;
    const to = placements.get(connection.to)?.node;
    if (!from || !to || from === to) continue;
    const key = `${from}>${to}`;
    const edge = edges.get(key) ?? { from, to, labels: [], async: true };
    const label = connection.label[locale];
    if (!edge.labels.includes(label)) edge.labels.push(label);
    // One synchronous connection makes the merged edge solid.
    edge.async = edge.async && connection.mode === 'async';
    edges.set(key, edge);
  }
  return [...edges.values()];
}

/** A flowchart view: nested group boxes, icon nodes, edges from the model's connections. */
export function renderFlowchart(
  model: ModelShape,
  viewId: string,
  view: FlowchartViewDef,
  locale: Locale,
): RenderedView {
  const placements = new Map(view.components.map((c) => [c, place(model, view, c)] as const));
  const drawn = new Map<string, Placement>();
  for (const p of placements.values()) if (!drawn.has(p.node)) drawn.set(p.node, p);

  // Every box that holds a drawn node, plus the boxes around those boxes.
  const boxes = new Set<string>();
  for (const p of drawn.values()) {
    for (const g of ancestors(model, p.box)) if (!view.flatten?.includes(g)) boxes.add(g);
  }
  const boxParent = (g: string) => nearestDrawnBox(model, view, model.groups[g]?.parent);

  const lines: string[] = [];
  const nodeLine = (nodeId: string, indent: string): string => {
    if (nodeId.startsWith(groupNodePrefix)) {
      const group = model.groups[nodeId.slice(groupNodePrefix.length)];
      return `${indent}${nodeId}(["${escapeLabel(group?.label[locale] ?? nodeId)}"]):::system`;
    }
    const component = model.components[nodeId];
    if (!component) throw new Error(`View "${viewId}" draws unknown component "${nodeId}"`);
    return indent + iconNodeLine(nodeId, component.service, component.label[locale]);
  };
  const emit = (box: string | undefined, depth: number) => {
    const indent = '  '.repeat(depth);
    for (const [nodeId, p] of drawn) if (p.box === box) lines.push(nodeLine(nodeId, indent));
    for (const g of boxes) {
      if (boxParent(g) !== box) continue;
      const label = model.groups[g]?.label[locale] ?? g;
      lines.push(`${indent}subgraph ${groupNodePrefix}${g}["${escapeLabel(label)}"]`);
      emit(g, depth + 1);
      lines.push(`${indent}end`);
    }
  };
  emit(undefined, 1);

  const edgeLines = collectEdges(model, view, placements, locale).map((e) => {
    const arrow = e.async ? '-.->' : '-->';
    const label = view.edgeLabels === false ? '' : `|"${escapeLabel(mergedEdgeLabel(e.labels))}"|`;
    return `  ${e.from} ${arrow}${label} ${e.to}`;
  });
  const hintLines = (view.layoutHints ?? []).map(([a, b]) => `  ${a} ~~~ ${b}`);

  const nodes: Record<string, string> = {};
  for (const nodeId of drawn.keys())
    if (!nodeId.startsWith(groupNodePrefix)) nodes[nodeId] = nodeId;
  const labels = [...drawn.keys()].map((n) =>
    n.startsWith(groupNodePrefix)
      ? (model.groups[n.slice(groupNodePrefix.length)]?.label[locale] ?? n)
      : (model.components[n]?.label[locale] ?? n),
  );
  const title = view.title[locale];
  const description = view.description[locale];
  const mermaid = [
    ...flowchartConfig,
    `flowchart ${view.direction}`,
    ...accessibilityLines(title, description, labels, locale).map((l) => `  ${l}`),
    ...lines,
    ...edgeLines,
    ...hintLines,
    '  classDef system stroke-width:2px',
    '',
  ].join('\n');
  return {
    id: viewId,
    locale,
    diagram: 'flowchart',
    title,
    description,
    mermaid,
    nodes,
    nodeCount: drawn.size,
  };
}
