/**
 * Runs in the page before any of its scripts (`addInitScript`): notes when every diagram is
 * first visible, and FCP, LCP (with its element) and CLS from PerformanceObserver.
 *
 * - `topology` (the project): a diagram counts once one top-level SVG of its figure
 *   (light or dark holder) has a non-zero box. Checked in requestAnimationFrame only: rAF
 *   callbacks run just before a frame is painted, never while render-blocking CSS is pending, so
 *   the box is the painted one.
 * - `mermaid` (the baseline): `.docusaurus-mermaid-container > svg` exists, checked on every DOM
 *   mutation as well as every frame (the baseline's own criterion; never later than ours).
 */
export type DiagramKind = 'topology' | 'mermaid';

export interface Probe {
  /** performance.now() when all expected diagrams were first visible. */
  visible: number | null;
  count: number;
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  /** Largest session window of layout shifts (the CLS definition). */
  cls: number;
  shifts: string[];
  countNow(): number;
}

declare global {
  interface Window {
    __bench?: Probe;
  }
}

interface ShiftEntry extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly sources?: readonly { readonly node?: Node | null }[];
}
interface LcpEntry extends PerformanceEntry {
  readonly element?: Element | null;
  readonly size: number;
  readonly url?: string;
}

export function installProbe({ kind, expected }: { kind: DiagramKind; expected: number }): void {
  const describe = (node: Node | null | undefined): string => {
    if (!node) return '(removed node)';
    const el = node instanceof Element ? node : node.parentElement;
    if (!el) return node.nodeName;
    const id = el.id ? `#${el.id}` : '';
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
    const figure = el.closest('figure[data-topology-view]');
    const inFigure = figure ? ` in figure[${figure.getAttribute('data-topology-view') ?? ''}]` : '';
    return `${el.tagName.toLowerCase()}${id}${cls.length ? `.${cls.join('.')}` : ''}${inFigure}`;
  };
  const countVisible = (): number => {
    if (kind === 'mermaid') {
      return document.querySelectorAll('.docusaurus-mermaid-container > svg').length;
    }
    let n = 0;
    for (const figure of document.querySelectorAll('figure.topology-diagram')) {
      const svgs = figure.querySelectorAll('.topology-diagram__mode > svg');
      if (
        [...svgs].some((svg) => {
          const box = svg.getBoundingClientRect();
          return box.width > 0 && box.height > 0;
        })
      ) {
        n += 1;
      }
    }
    return n;
  };
  const probe: Probe = {
    visible: null,
    count: 0,
    fcp: null,
    lcp: null,
    lcpElement: null,
    cls: 0,
    shifts: [],
    countNow: countVisible,
  };
  window.__bench = probe;

  if (expected > 0) {
    const check = (): void => {
      if (probe.visible !== null) return;
      probe.count = countVisible();
      if (probe.count >= expected) probe.visible = performance.now();
    };
    const frame = (): void => {
      check();
      if (probe.visible === null) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    if (kind === 'mermaid') {
      new MutationObserver(check).observe(document, { childList: true, subtree: true });
    }
  }

  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as LcpEntry[]) {
      probe.lcp = e.startTime;
      const text = (e.element?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      probe.lcpElement =
        `${describe(e.element)} (${e.size} px²${e.url ? `, ${e.url}` : ''})` +
        (text ? ` "${text}…"` : '');
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  let windowValue = 0;
  let windowFirst = 0;
  let windowLast = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as ShiftEntry[]) {
      if (e.hadRecentInput) continue;
      if (windowValue > 0 && e.startTime - windowLast < 1000 && e.startTime - windowFirst < 5000) {
        windowValue += e.value;
      } else {
        windowValue = e.value;
        windowFirst = e.startTime;
      }
      windowLast = e.startTime;
      probe.cls = Math.max(probe.cls, windowValue);
      const nodes = (e.sources ?? []).map((s) => describe(s.node)).join(', ');
      probe.shifts.push(`${e.value.toFixed(4)} at ${e.startTime.toFixed(0)} ms: ${nodes}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
