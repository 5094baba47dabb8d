/**
 * After the build (src/plugins/post-build-html.ts), copies each prerendered light-mode SVG into the HTML
 * where its placeholder is, so a diagram is visible with the first paint and the page's
 * JavaScript never carries the SVG text. Client-side navigation fetches the same file.
 * The node links the placeholder lists (`data-svg-links`, hrefs already localized) are written
 * into the inlined SVG here, so the browser has no DOM to rearrange.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './html-files';
import { join } from 'node:path';
import { addNodeLinks, type NodeLinks } from '../components/TopologyDiagram/nodeLinks';

/**
 * The placeholder TopologyDiagram renders, `<div … data-svg-inline="…/<key>.svg" …></div>`;
 * the HTML minifier may have dropped the attribute's quotes.
 */
const placeholder =
  /(<div[^>]*\sdata-svg-inline="?[^"\s>]*\/([0-9a-f]{16})\.svg"?[^>]*>)(<\/div>)/g;

/** `data-svg-links` in any quoting the HTML minifier chose. */
const linksAttribute = /\sdata-svg-links=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/;

const entities: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };

function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
    return entities[(name as string).toLowerCase()] ?? whole;
  });
}

/** The placeholder's node links, and its start tag without the attribute. */
export function placeholderLinks(
  openTag: string,
  file: string,
): { openTag: string; links: NodeLinks } {
  const match = linksAttribute.exec(openTag);
  if (!match) return { openTag, links: {} };
  const raw = decodeAttribute(match[1] ?? match[2] ?? match[3] ?? '');
  let links: NodeLinks;
  try {
    links = JSON.parse(raw) as NodeLinks;
  } catch (error) {
    throw new Error(`${file}: data-svg-links is not JSON (${(error as Error).message}): ${raw}`);
  }
  return { openTag: openTag.replace(match[0], ''), links };
}

export async function inlineDiagrams(
  outDir: string,
  skipDirs: readonly string[] = [],
): Promise<number> {
  const svgCache = new Map<string, string>();
  const svg = async (key: string) => {
    let text = svgCache.get(key);
    if (text === undefined) {
      text = await readFile(join(outDir, 'diagrams', `${key}.svg`), 'utf8');
      svgCache.set(key, text);
    }
    return text;
  };
  let inlined = 0;
  for (const file of await htmlFiles(outDir, new Set(skipDirs.map((d) => join(outDir, d))))) {
    const html = await readFile(file, 'utf8');
    const keys = [...html.matchAll(placeholder)].map((m) => m[2] ?? '');
    if (!keys.length) continue;
    const svgs = new Map(await Promise.all(keys.map(async (k) => [k, await svg(k)] as const)));
    const filled = html.replace(placeholder, (_, open: string, key: string, close: string) => {
      inlined += 1;
      const { openTag, links } = placeholderLinks(open, file);
      return `${openTag}${addNodeLinks(svgs.get(key) ?? '', links)}${close}`;
    });
    await writeFile(file, filled);
  }
  return inlined;
}
