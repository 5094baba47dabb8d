import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mermaidThemes, type ColorMode } from '../mermaid-config';
import { svgKey, svgOutputDir, svgSizesFile, svgUrlPath, type SvgSize } from './keys';

export interface PrerenderedSvg extends SvgSize {
  /** Site path of the SVG file, without locale prefix. */
  readonly src: string;
}

export type PrerenderedModes = Record<ColorMode, PrerenderedSvg>;

let sizes: Record<string, SvgSize> | undefined;

function readSizes(root: string): Record<string, SvgSize> {
  const path = join(root, svgSizesFile);
  sizes ??= existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, SvgSize>)
    : {};
  return sizes;
}

/** The build-time SVGs of a diagram in both colour modes, or undefined if any is missing. */
export function findPrerendered(root: string, mermaid: string): PrerenderedModes | undefined {
  const found: Partial<PrerenderedModes> = {};
  for (const mode of Object.keys(mermaidThemes) as ColorMode[]) {
    const key = svgKey(root, mermaid, mode);
    const size = readSizes(root)[key];
    if (!size || !existsSync(join(root, svgOutputDir, `${key}.svg`))) return undefined;
    found[mode] = { src: `${svgUrlPath}/${key}.svg`, ...size };
  }
  return found as PrerenderedModes;
}

/** Diagrams (view text or hand-written block) that have no complete prerendered pair. */
export function missingPrerendered(root: string, texts: readonly string[]): string[] {
  return texts.filter((text) => !findPrerendered(root, text));
}
