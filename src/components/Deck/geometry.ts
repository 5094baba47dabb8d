/**
 * Pure box arithmetic for the diagram zoom steps (unit-tested in tests/unit/deck-focus.test.ts).
 * Boxes are in the SVG's user units, the space of its `viewBox`.
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function union(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The part `[left, top, right, bottom]` of a box, each a fraction of its width or height. */
export function fraction(
  full: Box,
  [left, top, right, bottom]: readonly [number, number, number, number],
): Box {
  return {
    x: full.x + left * full.width,
    y: full.y + top * full.height,
    width: (right - left) * full.width,
    height: (bottom - top) * full.height,
  };
}

function grow(box: Box, width: number, height: number): Box {
  return {
    x: box.x - (width - box.width) / 2,
    y: box.y - (height - box.height) / 2,
    width,
    height,
  };
}

/** Moves `box` back inside `full` along each axis where it fits, centres it where it does not. */
function keepInside(box: Box, full: Box): Box {
  const axis = (start: number, size: number, fullStart: number, fullSize: number) =>
    size >= fullSize
      ? fullStart + (fullSize - size) / 2
      : Math.min(Math.max(start, fullStart), fullStart + fullSize - size);
  return {
    x: axis(box.x, box.width, full.x, full.width),
    y: axis(box.y, box.height, full.y, full.height),
    width: box.width,
    height: box.height,
  };
}

/**
 * The viewBox that shows `region` with a margin, filling a viewport of the given aspect ratio
 * (width / height), zoomed at most `maxZoom` times beyond the whole drawing's fit, and kept
 * over the drawing rather than the empty space around it.
 */
export function focusViewBox(
  region: Box,
  full: Box,
  aspect: number,
  { padding = 40, maxZoom = 3 }: { padding?: number; maxZoom?: number } = {},
): Box {
  const padded = grow(region, region.width + 2 * padding, region.height + 2 * padding);
  // The whole drawing as the viewport shows it: its box widened to the viewport's aspect.
  const fullFit = full.width / full.height > aspect ? full.width : full.height * aspect;
  const minWidth = fullFit / maxZoom;
  let width = Math.max(padded.width, padded.height * aspect, minWidth);
  let height = width / aspect;
  if (height < padded.height) {
    height = padded.height;
    width = height * aspect;
  }
  return keepInside(grow(padded, width, height), full);
}

export function parseViewBox(value: string | null): Box | undefined {
  const parts = (value ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [x = 0, y = 0, width = 0, height = 0] = parts;
  return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

export function formatViewBox(box: Box): string {
  return [box.x, box.y, box.width, box.height].map((n) => Number(n.toFixed(2))).join(' ');
}

export function interpolate(from: Box, to: Box, t: number): Box {
  const mix = (a: number, b: number) => a + (b - a) * t;
  return {
    x: mix(from.x, to.x),
    y: mix(from.y, to.y),
    width: mix(from.width, to.width),
    height: mix(from.height, to.height),
  };
}
