/**
 * The tiny inline markup allowed in component notes: `[label](https://...)` links and
 * backtick code spans, nothing else. Parsing is strict so a typo fails a test instead of
 * showing brackets on the page.
 */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly label: string; readonly href: string };

export class MarkupError extends Error {
  constructor(where: string, problem: string, source: string, index: number) {
    const excerpt = source.slice(Math.max(0, index - 20), index + 40);
    super(`${where}: ${problem} at character ${index} ("${excerpt}")`);
    this.name = 'MarkupError';
  }
}

const linkPattern = /^\[([^[\]`]+)\]\((https:\/\/[^\s()]+)\)/;

/** Splits `source` into text, code and link pieces; `where` names the text in errors. */
export function parseInline(source: string, where: string): Inline[] {
  const pieces: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) pieces.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '`') {
      const end = source.indexOf('`', i + 1);
      if (end === -1) throw new MarkupError(where, 'unclosed code span', source, i);
      if (end === i + 1) throw new MarkupError(where, 'empty code span', source, i);
      flush();
      pieces.push({ kind: 'code', text: source.slice(i + 1, end) });
      i = end + 1;
    } else if (char === '[') {
      const match = linkPattern.exec(source.slice(i));
      if (!match) {
        const problem = /^\[[^\]]*\]\(http:/.test(source.slice(i))
          ? 'link is not https'
          : 'malformed link, expected [label](https://...)';
        throw new MarkupError(where, problem, source, i);
      }
      flush();
      pieces.push({ kind: 'link', label: match[1] ?? '', href: match[2] ?? '' });
      i += match[0].length;
    } else if (char === ']') {
      throw new MarkupError(where, 'stray "]"', source, i);
    } else {
      text += char;
      i += 1;
    }
  }
  flush();
  return pieces;
}
