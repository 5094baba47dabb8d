/**
 * Draws Mermaid text to SVG in headless Chromium with the site's own Mermaid build, icon pack,
 * font and settings, so the result is what the browser would have drawn, minus the wait.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { mermaidOptions, mermaidThemes, type ColorMode } from '../mermaid-config';
import { launchChromium } from './chromium';
import { stabiliseIds } from './svg-ids';
import { roundCoordinates } from './svg-numbers';
import { simplifyPaths } from './svg-paths';

export interface SvgJob {
  readonly key: string;
  readonly mermaid: string;
  readonly mode: ColorMode;
}

export interface SvgResult {
  readonly key: string;
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** The site's @font-face rules for Inter, with the font files inlined as data URLs. */
function interFontFaces(root: string): string {
  const dir = join(root, 'node_modules/@fontsource-variable/inter');
  const css = readFileSync(join(dir, 'index.css'), 'utf8');
  return css.replace(/url\(\.\/files\/([^)]+\.woff2)\)/g, (_, file: string) => {
    const data = readFileSync(join(dir, 'files', file)).toString('base64');
    return `url(data:font/woff2;base64,${data})`;
  });
}

async function preparePage(page: Page, root: string): Promise<void> {
  await page.setContent(
    `<!doctype html><html><head><style>${interFontFaces(root)}</style></head><body><div id="stage"></div></body></html>`,
  );
  await page.addScriptTag({ path: join(root, 'node_modules/mermaid/dist/mermaid.min.js') });
  const pack: unknown = JSON.parse(
    readFileSync(join(root, 'src/generated/aws-icons.json'), 'utf8'),
  );
  await page.evaluate((icons) => {
    const { mermaid } = window as unknown as { mermaid: { registerIconPacks(p: unknown[]): void } };
    mermaid.registerIconPacks([{ name: 'aws', icons }]);
  }, pack);
}

/**
 * The drawing's size, read from the root's viewBox: parsing the SVG into the page to ask the
 * DOM would lay out thousands of nodes per diagram for the same two numbers.
 */
export function viewBoxSize(svg: string, key: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const values = /\sviewBox="([^"]*)"/
    .exec(root)?.[1]
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , width = 0, height = 0] = values ?? [];
  if (values?.length !== 4 || !(width > 0) || !(height > 0))
    throw new Error(
      `prerender ${key}: the SVG's root has no usable viewBox ("${root.slice(0, 200)}")`,
    );
  return { width, height };
}

async function renderOne(page: Page, job: SvgJob): Promise<SvgResult> {
  const svgId = `topo-${job.key}`;
  const config = { startOnLoad: false, ...mermaidOptions, theme: mermaidThemes[job.mode] };
  const drawn = await page.evaluate(
    async ({ text, id, config }) => {
      const { mermaid } = window as unknown as {
        mermaid: {
          initialize(c: unknown): void;
          render(id: string, text: string): Promise<{ svg: string }>;
        };
      };
      // Mermaid measures labels while drawing: the glyphs must be loaded first.
      await document.fonts.load(`16px ${config.fontFamily}`, text);
      await document.fonts.load(`bold 16px ${config.fontFamily}`, text);
      mermaid.initialize(config);
      const { svg } = await mermaid.render(id, text);
      return svg;
    },
    { text: job.mermaid, id: svgId, config },
  );
  const { width, height } = viewBoxSize(drawn, job.key);
  return {
    key: job.key,
    svg: simplifyPaths(roundCoordinates(stabiliseIds(drawn, svgId))),
    width: Math.ceil(width),
    height: Math.ceil(height),
  };
}

/** Renders every job; two pages share the work, one per core. */
export async function renderSvgs(
  root: string,
  jobs: readonly SvgJob[],
  pages = 2,
): Promise<SvgResult[]> {
  if (!jobs.length) return [];
  const session = await launchChromium();
  try {
    const workers = await Promise.all(
      Array.from({ length: Math.min(pages, jobs.length) }, async () => {
        const page = await session.context.newPage();
        await preparePage(page, root);
        return page;
      }),
    );
    const results: SvgResult[] = [];
    let next = 0;
    await Promise.all(
      workers.map(async (page) => {
        for (let job = jobs[next++]; job; job = jobs[next++])
          results.push(await renderOne(page, job));
      }),
    );
    return results.sort((a, b) => (a.key < b.key ? -1 : 1));
  } finally {
    await session.close();
  }
}
