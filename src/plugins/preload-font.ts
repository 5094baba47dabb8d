/**
 * After the build (src/plugins/post-build-html.ts), every page's <head> preloads the Latin subset of the
 * site's font. Found only through the CSS otherwise, it arrived after the first paint and
 * the text (navbar, headings) re-flowed when it swapped in: a layout shift of about 0.06.
 * The file name carries the bundler's hash, so the tag is written once the build knows it.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { htmlFiles } from './html-files';
import { join } from 'node:path';

/** The one subset every page uses (pt-BR and en text); the others load only when needed. */
const fontFile = /^inter-latin-wght-normal-[0-9a-f]+\.woff2$/;

/** Adds the preload tag after `<head>`; returns how many pages got it. */
export async function preloadFont(
  outDir: string,
  baseUrl: string,
  skipDirs: readonly string[] = [],
): Promise<number> {
  const fonts = (await readdir(join(outDir, 'assets/fonts'))).filter((f) => fontFile.test(f));
  if (fonts.length !== 1) {
    throw new Error(
      `preload-font: expected one ${fontFile.source} in ${outDir}/assets/fonts, found ${fonts.length}`,
    );
  }
  const tag = `<link rel="preload" href="${baseUrl}assets/fonts/${fonts[0]}" as="font" type="font/woff2" crossorigin>`;
  let count = 0;
  for (const file of await htmlFiles(outDir, new Set(skipDirs.map((d) => join(outDir, d))))) {
    const html = await readFile(file, 'utf8');
    if (html.includes(tag) || !html.includes('<head>')) continue;
    await writeFile(file, html.replace('<head>', `<head>${tag}`));
    count += 1;
  }
  return count;
}
