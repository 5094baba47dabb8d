const svgNs = 'http://www.w3.org/2000/svg';

/**
 * Elements that draw a node. Mermaid numbers flowchart/state node ids with a counter that
 * shifts when earlier lines change, so match `<svgId>-<kind>-<nodeId>-<n>` by pattern; sequence
 * participants carry their id in a `name` attribute instead.
 */
function nodeElements(svg: SVGSVGElement, nodeId: string): Element[] {
  const pattern = new RegExp(`^${svg.id}-(?:flowchart|state)-${nodeId}-\\d+$`);
  const byId = [...svg.querySelectorAll('g[id]')].filter((g) => pattern.test(g.id));
  if (byId.length) return byId;
  return [...svg.querySelectorAll(`[name="${nodeId}"]`)]
    .map((el) => (el.tagName.toLowerCase() === 'g' ? el : el.parentElement))
    .filter((el): el is Element => el !== null);
}

export interface NodeLink {
  readonly href: string;
  readonly label: string;
}

/**
 * Wraps each node in an SVG link after Mermaid rendered it. Mermaid's own `click ... href`
 * would need a looser security level and ignores the locale prefix; this keeps `strict`.
 */
export function linkNodes(
  svg: SVGSVGElement,
  links: Readonly<Record<string, NodeLink>>,
  navigate: (href: string) => void,
): number {
  let linked = 0;
  for (const [nodeId, link] of Object.entries(links)) {
    for (const element of nodeElements(svg, nodeId)) {
      if (
        element.parentElement?.getAttribute('data-component-link') !== null &&
        element.parentElement?.tagName.toLowerCase() === 'a'
      )
        continue;
      const anchor = document.createElementNS(svgNs, 'a');
      anchor.setAttribute('href', link.href);
      anchor.setAttribute('data-component-link', nodeId);
      anchor.setAttribute('aria-label', link.label);
      anchor.setAttribute('class', 'topology-diagram__link');
      anchor.addEventListener('click', (event) => {
        const e = event as MouseEvent;
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(link.href);
      });
      element.parentNode?.insertBefore(anchor, element);
      anchor.appendChild(element);
      linked += 1;
    }
  }
  return linked;
}
