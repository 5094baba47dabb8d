/**
 * Mermaid draws most shapes through rough.js, even in its classic look: a straight edge becomes
 * a Bézier curve with its control points on the line, each stroke is drawn twice, and a rounded
 * node is a chain of hundreds of such pieces (one path of 11 KB). Straightening those curves,
 * dropping the repeated strokes and chaining what connects gives the same picture in a fraction
 * of the bytes and of the browser's parse and paint work.
 */

type Point = readonly [number, number];

interface Segment {
  readonly from: Point;
  readonly to: Point;
  /** Control points of a cubic Bézier; absent for a straight line. */
  readonly controls?: readonly [Point, Point];
}

/** How far (in px) a control point may sit off the chord for the curve to count as straight. */
const tolerance = 0.05;

function parseSubpaths(d: string): Segment[][] | undefined {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const subpaths: Segment[][] = [];
  let current: Segment[] | undefined;
  let at: Point | undefined;
  let command = '';
  let i = 0;
  const number = (): number => {
    const token = tokens[i++];
    const value = Number(token);
    if (token === undefined || Number.isNaN(value)) throw new Error('not a number');
    return value;
  };
  try {
    while (i < tokens.length) {
      if (/^[a-zA-Z]$/.test(tokens[i] ?? '')) command = tokens[i++] ?? '';
      if (command === 'M') {
        at = [number(), number()];
        current = [];
        subpaths.push(current);
        command = 'L'; // further pairs after M are lines
      } else if (command === 'L' && at && current) {
        const to: Point = [number(), number()];
        current.push({ from: at, to });
        at = to;
      } else if (command === 'C' && at && current) {
        const c1: Point = [number(), number()];
        const c2: Point = [number(), number()];
        const to: Point = [number(), number()];
        current.push({ from: at, to, controls: [c1, c2] });
        at = to;
      } else {
        return undefined; // relative commands, arcs, Z: not rough.js output, left alone
      }
    }
  } catch {
    return undefined;
  }
  return subpaths;
}

function offChord(p: Point, from: Point, to: Point): boolean {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - from[0], p[1] - from[1]) > tolerance;
  const along = ((p[0] - from[0]) * dx + (p[1] - from[1]) * dy) / length;
  const across = Math.abs((p[0] - from[0]) * dy - (p[1] - from[1]) * dx) / length;
  return across > tolerance || along < -tolerance || along > length + tolerance;
}

function straighten(segment: Segment): Segment {
  const { from, to, controls } = segment;
  if (!controls || controls.some((c) => offChord(c, from, to))) return segment;
  return { from, to };
}

const same = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];
const isDot = (s: Segment) => same(s.from, s.to) && !s.controls;
const num = (n: number) => String(Object.is(n, -0) ? 0 : Number(n.toFixed(2)));
const point = (p: Point) => `${num(p[0])} ${num(p[1])}`;

function write(subpaths: readonly (readonly Segment[])[]): string {
  const out: string[] = [];
  for (const segments of subpaths) {
    let at: Point | undefined;
    let command = '';
    for (const s of segments) {
      if (!at || !same(at, s.from)) {
        out.push(`M${point(s.from)}`);
        command = '';
      }
      const next = s.controls ? 'C' : 'L';
      const coordinates = s.controls
        ? `${point(s.controls[0])} ${point(s.controls[1])} ${point(s.to)}`
        : point(s.to);
      out.push(next === command ? ` ${coordinates}` : `${next}${coordinates}`);
      command = next;
      at = s.to;
    }
  }
  return out.join('');
}

/**
 * The path data, simplified. `strokeOnly` (the path is not filled): repeated strokes are
 * dropped and pieces that meet are chained, which cannot change a line; a filled path keeps its
 * subpaths (each one closes its own area) and only has its straight curves straightened.
 * Data that is not made of absolute M/L/C commands comes back unchanged.
 */
export function simplifyPathData(d: string, strokeOnly: boolean): string {
  const subpaths = parseSubpaths(d);
  if (!subpaths) return d;
  if (!strokeOnly) {
    const simplified = write(
      subpaths.map((segments) => {
        const straight = segments.map(straighten);
        const kept = straight.filter((s) => !isDot(s));
        return kept.length ? kept : straight.slice(0, 1);
      }),
    );
    return simplified.length < d.length ? simplified : d;
  }
  const seen = new Set<string>();
  const kept: Segment[] = [];
  for (const segment of subpaths.flat().map(straighten)) {
    if (isDot(segment)) continue;
    // rough.js's second stroke joins the same two points with slightly different controls.
    const key = [point(segment.from), point(segment.to)].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(segment);
  }
  const simplified = write([kept]);
  return simplified.length < d.length ? simplified : d;
}

/** Every `<path>` of the SVG text with simplified data. */
export function simplifyPaths(svg: string): string {
  return svg.replace(/<path\b([^>]*)>/g, (tag: string, attributes: string) => {
    const d = /\sd="([^"]*)"/.exec(attributes);
    if (!d?.[1]) return tag;
    const strokeOnly = /\sfill="none"/.test(attributes);
    const simplified = simplifyPathData(d[1], strokeOnly);
    return simplified === d[1] ? tag : tag.replace(d[0], ` d="${simplified}"`);
  });
}
