/**
 * Node links written into a diagram's SVG text, before it reaches the DOM: after the build for
 * the SVG inlined into the HTML (src/plugins/inline-diagrams.ts), and in the browser for an SVG
 * fetched or drawn live. Wrapping nodes in `<a>` inside the live DOM instead moves every node
 * subtree (foreignObject labels included) and cost over a second of main thread per page.
 * Pure string work: no DOM, so Node and the browser share it.
 */

export interface NodeLink {
  /** Site path, locale prefix included. */
  readonly href: string;
  readonly label: string;
}

export type NodeLinks = Readonly<Record<string, NodeLink>>;

interface OpenGroup {
  readonly start: number;
  /** Node this group draws: its own id or `name`, or the `name` of a child shape. */
  node?: string;
}

interface Range {
  readonly node: string;
  readonly start: number;
  readonly end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/**
 * The `<g>` ranges that draw each node. Mermaid numbers flowchart/state node ids with a counter
 * that shifts when earlier lines change, so `<svgId>-<kind>-<nodeId>-<n>` is matched by pattern;
 * sequence participants carry their id in a `name` attribute (on the group, or on a shape whose
 * group is then the node). Only `<g>` tags are tracked: labels hold HTML with void elements.
 */
export function nodeRanges(svg: string): Range[] {
  const svgId = attribute(/<svg\b[^>]*>/.exec(svg)?.[0] ?? '', 'id');
  if (!svgId) return [];
  const idPattern = new RegExp(`^${escapeRegExp(svgId)}-(?:flowchart|state)-(.+)-\\d+$`);
  const stack: OpenGroup[] = [];
  const ranges: Range[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const [tag, closing, name] = match;
    const at = match.index;
    if (name !== 'g') {
      const named = closing ? undefined : attribute(tag, 'name');
      const parent = stack[stack.length - 1];
      if (named !== undefined && parent && parent.node === undefined) parent.node = named;
      continue;
    }
    if (closing) {
      const group = stack.pop();
      if (group?.node !== undefined)
        ranges.push({ node: group.node, start: group.start, end: at + tag.length });
      continue;
    }
    const id = attribute(tag, 'id');
    stack.push({ start: at, node: (id && idPattern.exec(id)?.[1]) || attribute(tag, 'name') });
  }
  // A node's group inside another group of the same node would be a link inside a link.
  return ranges
    .filter(
      (r) =>
        !ranges.some((o) => o !== r && o.node === r.node && o.start <= r.start && o.end >= r.end),
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * Wraps every node that has a link in `<a href>` (real hrefs: middle-click and keyboard work;
 * a click handler on the figure keeps navigation client-side). Already linked text is returned
 * unchanged.
 */
export function addNodeLinks(svg: string, links: NodeLinks): string {
  if (svg.includes('data-component-link=')) return svg;
  const inserts: { at: number; text: string; order: number }[] = [];
  for (const range of nodeRanges(svg)) {
    const link = links[range.node];
    if (!link) continue;
    inserts.push({
      at: range.start,
      order: 1,
      text:
        `<a href="${escapeAttribute(link.href)}" data-component-link="${escapeAttribute(range.node)}" ` +
        `aria-label="${escapeAttribute(link.label)}" class="topology-diagram__link">`,
    });
    inserts.push({ at: range.end, order: 0, text: '</a>' });
  }
  // In document order; at one offset a closing tag comes before the next opening one.
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);
  const pieces: string[] = [];
  let from = 0;
  for (const insert of inserts) {
    pieces.push(svg.slice(from, insert.at), insert.text);
    from = insert.at;
  }
  pieces.push(svg.slice(from));
  return pieces.join('');
}
