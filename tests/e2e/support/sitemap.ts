/** Every page of the site, read from the sitemap Docusaurus writes for each locale. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDir, locales } from './paths';

export interface SitePage {
  readonly locale: string;
  /** URL path on the site, e.g. `/en/docs/architecture/overview`. */
  readonly path: string;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The `<loc>` URLs of one sitemap, mapped to paths (the config's `url` host is dropped). */
export function sitemapPaths(file: string): string[] {
  if (!existsSync(file)) {
    throw new Error(
      `Sitemap missing: ${file}. Run npm run build first (with the sitemap plugin on).`,
    );
  }
  const locs = [...readFileSync(file, 'utf8').matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) =>
    decodeXml(m[1] ?? ''),
  );
  if (locs.length === 0) throw new Error(`Sitemap lists no pages: ${file}`);
  return locs.map((loc) => new URL(loc).pathname);
}

/** The pages of both locales (pt-BR at the root, English under /en), without duplicates. */
export function sitePages(root: string = buildDir): SitePage[] {
  const seen = new Set<string>();
  const pages: SitePage[] = [];
  for (const { locale, prefix } of locales) {
    for (const path of sitemapPaths(join(root, prefix, 'sitemap.xml'))) {
      if (seen.has(path)) continue;
      seen.add(path);
      pages.push({ locale, path });
    }
  }
  return pages;
}
