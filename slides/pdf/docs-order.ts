/**
 * The docs pages of one locale in sidebar order, read from the built HTML: Docusaurus gives each
 * docs page "previous" and "next" links that walk the sidebar, so the first page is the one no
 * page points to, and the chain from it is the sidebar's order. Every built docs page must be
 * on the chain; one that is not (hidden from the sidebar, or with pagination turned off) stops
 * the PDF with its path named rather than going missing from it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

interface Pagination {
  readonly previous?: string;
  readonly next?: string;
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The previous/next links of a built docs page (the minifier may drop attribute quotes). */
export function paginationOf(html: string): Pagination {
  const links: { previous?: string; next?: string } = {};
  for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) {
    const classes = attribute(tag, 'class') ?? '';
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (classes.includes('pagination-nav__link--prev')) links.previous = href;
    if (classes.includes('pagination-nav__link--next')) links.next = href;
  }
  return links;
}

function stripSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}

/**
 * URL paths of the docs pages under `<localeDir>/docs`, in sidebar order. `prefix` is the
 * locale's URL prefix ('' or '/en').
 */
export function docsInSidebarOrder(localeDir: string, prefix: string): string[] {
  const docsDir = join(localeDir, 'docs');
  const pages = new Map<string, Pagination>();
  for (const file of htmlFiles(docsDir)) {
    const route = relative(localeDir, file).split(sep).slice(0, -1).join('/');
    pages.set(`${prefix}/${route}`, paginationOf(readFileSync(file, 'utf8')));
  }
  if (pages.size === 0) throw new Error(`No docs pages under ${docsDir}: build the site first.`);

  const pointedTo = new Set(
    [...pages.values()].flatMap((p) => (p.next ? [stripSlash(p.next)] : [])),
  );
  const unlinked = [...pages.keys()].filter((path) => !pointedTo.has(path));
  // A page nothing links to and that links nowhere is outside the chain altogether.
  const isolated =
    pages.size > 1
      ? unlinked.filter((path) => !pages.get(path)?.next && !pages.get(path)?.previous)
      : [];
  if (isolated.length > 0) {
    throw new Error(
      `Docs page(s) not on the sidebar's previous/next chain, so not placed in the PDF: ${isolated.join(', ')}`,
    );
  }
  const starts = unlinked;
  if (starts.length !== 1) {
    throw new Error(
      `Cannot find where the sidebar starts in ${docsDir}: ${starts.length} pages have no "previous" page ` +
        `(${starts.join(', ') || 'none: the chain loops'}).`,
    );
  }
  const order: string[] = [];
  for (let path: string | undefined = starts[0]; path; path = pages.get(path)?.next) {
    path = stripSlash(path);
    if (order.includes(path)) throw new Error(`The docs' next links loop at ${path}`);
    if (!pages.has(path))
      throw new Error(`A docs page links "next" to ${path}, which was not built`);
    order.push(path);
  }
  const missing = [...pages.keys()].filter((path) => !order.includes(path));
  if (missing.length > 0) {
    throw new Error(
      `Docs page(s) not on the sidebar's previous/next chain, so not placed in the PDF: ${missing.join(', ')}`,
    );
  }
  return order;
}
