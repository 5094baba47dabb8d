/**
 * Mermaid gives some inner elements ids that change between renders (sequence `actor0`/`root-0`
 * counters shared across diagrams, icon gradients with a timestamp). Renaming every id that is
 * not already under the SVG's own id, in order of appearance, makes the output byte-stable and
 * keeps two SVGs on one page (light and dark) from sharing an id.
 */
export function stabiliseIds(svg: string, svgId: string): string {
  const foreign: string[] = [];
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1] ?? '';
    if (
      id !== svgId &&
      !id.startsWith(`${svgId}-`) &&
      !id.startsWith(`${svgId}_`) &&
      !foreign.includes(id)
    ) {
      foreign.push(id);
    }
  }
  if (!foreign.length) return svg;
  const renamed = new Map(foreign.map((id, i) => [id, `${svgId}-i${i}`]));
  const escaped = foreign.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(\\sid="|url\\(#|href="#)(${escaped.join('|')})(?=[")])`, 'g');
  return svg.replace(
    pattern,
    (_, prefix: string, id: string) => `${prefix}${renamed.get(id) ?? id}`,
  );
}
