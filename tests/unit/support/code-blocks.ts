/** Fenced code blocks of the MDX pages, and the YAML parser the checks share. */
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface CodeBlock {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly code: string;
}

/** Fenced blocks of an MDX text, with the 1-based line of the opening fence. */
export function codeBlocks(file: string, text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const fence = /^(`{3,}|~{3,})([\w-]*)[^\n]*\n([\s\S]*?)\n\1[ \t]*$/gm;
  for (const match of text.matchAll(fence)) {
    const line = text.slice(0, match.index).split('\n').length;
    blocks.push({ file, line, lang: match[2] ?? '', code: match[3] ?? '' });
  }
  return blocks;
}

// js-yaml arrives with Docusaurus (front matter) and has no bundled types; this is the one
// function the checks need.
export const loadYaml = (
  createRequire(join(process.cwd(), 'package.json'))('js-yaml') as {
    load: (text: string) => unknown;
  }
).load;
