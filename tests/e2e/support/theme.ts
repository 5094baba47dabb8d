/**
 * The localStorage key Docusaurus reads the color mode from: `theme`, or `theme-<hash>` when
 * site storage namespacing is on (a `future.v4` flag). Read from the page's inline theme script.
 */
export async function themeStorageKey(pageUrl: string): Promise<string> {
  const response = await fetch(pageUrl);
  if (!response.ok) throw new Error(`${pageUrl}: HTTP ${response.status}`);
  const html = await response.text();
  const match = /\.getItem\(\s*["'](theme(?:-[\w-]+)?)["']\s*\)/.exec(html);
  if (!match?.[1]) {
    throw new Error(`${pageUrl}: no inline color-mode script reading localStorage 'theme…' found`);
  }
  return match[1];
}
