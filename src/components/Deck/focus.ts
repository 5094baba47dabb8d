/**
 * Zoom steps on a drawn diagram: finds the region of a step in the SVG and animates the SVG's
 * viewBox to it. The SVG keeps its size on the slide; only what it shows changes, so text stays
 * crisp at any zoom and nothing is re-rendered.
 */
import type { DeckFocus } from '@site/slides/data';
import {
  focusViewBox,
  fraction,
  formatViewBox,
  interpolate,
  parseViewBox,
  union,
  type Box,
} from './geometry';

const fullViewBoxAttribute = 'data-full-viewbox';

/** The drawing's own viewBox, remembered before the first zoom changes it. */
export function fullViewBox(svg: SVGSVGElement): Box | undefined {
  if (!svg.hasAttribute(fullViewBoxAttribute)) {
    const original = svg.getAttribute('viewBox');
    if (!original) return undefined;
    svg.setAttribute(fullViewBoxAttribute, original);
  }
  return parseViewBox(svg.getAttribute(fullViewBoxAttribute));
}

/** Same pattern as the site's node links: Mermaid numbers node ids with a shifting counter. */
function nodeElements(svg: SVGSVGElement, node: string): SVGGraphicsElement[] {
  const pattern = new RegExp(`^${svg.id}-(?:flowchart|state)-${node}-\\d+$`);
  return [...svg.querySelectorAll<SVGGraphicsElement>('g[id]')].filter((g) => pattern.test(g.id));
}

/** An element's box in the SVG's user units, whatever transforms sit between them. */
function userBox(svg: SVGSVGElement, element: SVGGraphicsElement): Box | undefined {
  const toUser = svg.getScreenCTM()?.inverse();
  const toScreen = element.getScreenCTM();
  if (!toUser || !toScreen) return undefined;
  const matrix = toUser.multiply(toScreen);
  const box = element.getBBox();
  const corners = [
    new DOMPoint(box.x, box.y),
    new DOMPoint(box.x + box.width, box.y),
    new DOMPoint(box.x, box.y + box.height),
    new DOMPoint(box.x + box.width, box.y + box.height),
  ].map((p) => p.matrixTransform(matrix));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
}

/** The viewBox for a step, or the whole drawing for step -1 (or a step that finds nothing). */
export function stepViewBox(svg: SVGSVGElement, step: DeckFocus | undefined): Box | undefined {
  const full = fullViewBox(svg);
  if (!full || !step) return full;
  let region: Box | undefined;
  if (step.region) {
    region = fraction(full, step.region);
  } else {
    const boxes = (step.nodes ?? [])
      .flatMap((node) => nodeElements(svg, node))
      .map((element) => userBox(svg, element))
      .filter((box): box is Box => box !== undefined);
    region = union(boxes);
  }
  const { width, height } = svg.getBoundingClientRect();
  if (!region || width === 0 || height === 0) return full;
  return focusViewBox(region, full, width / height);
}

const running = new WeakMap<SVGSVGElement, number>();

/** Eases the viewBox to `target`; `done` runs once it is there (at once without animation). */
export function animateViewBox(
  svg: SVGSVGElement,
  target: Box,
  { durationMs = 450, done }: { durationMs?: number; done?: () => void } = {},
): void {
  const previous = running.get(svg);
  if (previous !== undefined) cancelAnimationFrame(previous);
  const from = parseViewBox(svg.getAttribute('viewBox'));
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (!from || durationMs <= 0 || reduced) {
    svg.setAttribute('viewBox', formatViewBox(target));
    done?.();
    return;
  }
  const start = performance.now();
  const frame = (now: number) => {
    const t = Math.min(1, (now - start) / durationMs);
    const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    svg.setAttribute('viewBox', formatViewBox(interpolate(from, target, eased)));
    if (t < 1) running.set(svg, requestAnimationFrame(frame));
    else {
      running.delete(svg);
      done?.();
    }
  };
  running.set(svg, requestAnimationFrame(frame));
}
