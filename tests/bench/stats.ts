/** Median (min–max) of repeated measurements, and gzip sizes. */
import { gzipSync } from 'node:zlib';

export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Missing values (a run that timed out) are left out; undefined when none is left. */
export function summarize(values: readonly (number | null | undefined)[]): Summary | undefined {
  const xs = values
    .filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
    .sort((a, b) => a - b);
  if (!xs.length) return undefined;
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { n: xs.length, median, min: xs[0]!, max: xs[xs.length - 1]! };
}

/** gzip level 6, what CDNs and `compression` middleware use by default. */
export function gzipSize(body: Buffer): number {
  return gzipSync(body, { level: 6 }).length;
}

export function formatSummary(s: Summary | undefined, digits = 0, unit = ''): string {
  if (!s) return 'n/a';
  const f = (x: number) => x.toFixed(digits);
  return s.min === s.max
    ? `${f(s.median)}${unit}`
    : `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
}

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
