import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders whose MDX may hold hand-written ```mermaid blocks. */
const contentDirs = ['docs', 'i18n', 'src/pages'];

function mdxFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

/**
 * The text of every fenced ```mermaid block in the site's content, exactly as remark hands it
 * to the topology plugin (fence content without the final newline), so both sides agree on keys.
 */
export function handWrittenDiagrams(root: string): string[] {
  const texts = new Set<string>();
  for (const file of contentDirs.flatMap((d) => mdxFiles(join(root, d)))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(`{3,}|~{3,})mermaid[^\n]*\n([\s\S]*?)\n\1\s*$/gm)) {
      texts.add(match[2] ?? '');
    }
  }
  return [...texts].sort();
}
