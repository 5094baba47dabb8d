/**
 * `npm run prerender`: draws every view (both locales, light and dark) to SVG for the
 * production build. Content-addressed: unchanged diagrams are reused, stale files removed.
 * Without Chromium it warns and exits 0; the site then draws diagrams in the browser.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { model } from '../model/index';
import { locales } from '../model/text';
import { renderAllViews } from '../render/index';
import { mermaidThemes, type ColorMode } from '../mermaid-config';
import { chromiumAvailable, chromiumPath } from './chromium';
import { handWrittenDiagrams } from './hand-written';
import { svgKey, svgOutputDir, svgSizesFile, type SvgSize } from './keys';
import { renderSvgs, type SvgJob } from './render-svgs';

const root = process.cwd();
const outDir = join(root, svgOutputDir);
const sizesPath = join(root, svgSizesFile);

const texts = [
  ...locales.flatMap((locale) => renderAllViews(model, locale).map((view) => view.mermaid)),
  ...handWrittenDiagrams(root),
];
const wanted = new Map<string, SvgJob>();
for (const mermaid of texts) {
  for (const mode of Object.keys(mermaidThemes) as ColorMode[]) {
    const key = svgKey(root, mermaid, mode);
    wanted.set(key, { key, mermaid, mode });
  }
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.warn(
      `⚠ prerender: no Chromium at ${chromiumPath} (install Debian's chromium or set CHROMIUM_PATH).\n` +
        '  Diagrams will be drawn in the browser instead: slower pages, same content.',
    );
    return;
  }

  mkdirSync(outDir, { recursive: true });
  const sizes: Record<string, SvgSize> = existsSync(sizesPath)
    ? (JSON.parse(readFileSync(sizesPath, 'utf8')) as Record<string, SvgSize>)
    : {};
  const missing = [...wanted.values()].filter(
    (job) => !existsSync(join(outDir, `${job.key}.svg`)) || !sizes[job.key],
  );

  const started = Date.now();
  for (const result of await renderSvgs(root, missing)) {
    writeFileSync(join(outDir, `${result.key}.svg`), result.svg);
    sizes[result.key] = { width: result.width, height: result.height };
  }

  let removed = 0;
  for (const file of readdirSync(outDir)) {
    if (!wanted.has(file.replace(/\.svg$/, ''))) {
      rmSync(join(outDir, file));
      removed += 1;
    }
  }
  const kept = Object.fromEntries(
    Object.entries(sizes)
      .filter(([key]) => wanted.has(key))
      .sort(),
  );
  writeFileSync(sizesPath, `${JSON.stringify(kept, null, 2)}\n`);
  console.log(
    `prerender: ${wanted.size} SVGs (${missing.length} drawn in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${wanted.size - missing.length} reused, ${removed} stale removed) in ${svgOutputDir}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
