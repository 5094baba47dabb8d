/** Fenced code blocks of the MDX pages, and the YAML parser the checks share. */
import { load } from 'js-yaml';

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

/** Parses YAML the way the checks need: a syntax error throws with the line it is on. */
export const loadYaml = (text: string): unknown => load(text);
