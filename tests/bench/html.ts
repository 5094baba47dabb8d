/** What a built page's HTML says: the JS it references and how many diagrams it holds. */

type Attributes = Record<string, string>;

/** Start tags of one element in (possibly minified, unquoted-attribute) HTML. */
function startTags(html: string, tag: string): Attributes[] {
  const tags: Attributes[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Attributes = {};
    for (const a of (m[1] ?? '').matchAll(
      /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      attrs[(a[1] ?? '').toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    tags.push(attrs);
  }
  return tags;
}

/** Absolute URLs of the JS the HTML loads itself: `<script src>`, preload and modulepreload. */
export function initialScripts(html: string, pageUrl: string): Set<string> {
  const scripts = startTags(html, 'script')
    .map((t) => t.src)
    .filter((src): src is string => !!src);
  const preloads = startTags(html, 'link')
    .filter((t) => /(^|\s)(preload|modulepreload)(\s|$)/i.test(t.rel ?? ''))
    .map((t) => t.href)
    .filter((href): href is string => !!href && /\.m?js(\?|$)/.test(href));
  return new Set([...scripts, ...preloads].map((u) => new URL(u, pageUrl).href));
}

const hasClass = (attrs: Attributes, name: string): boolean =>
  (attrs.class ?? '').split(/\s+/).includes(name);

/** Number of `figure.topology-diagram` in the project's page. */
export function countTopologyFigures(html: string): number {
  return startTags(html, 'figure').filter((t) => hasClass(t, 'topology-diagram')).length;
}
