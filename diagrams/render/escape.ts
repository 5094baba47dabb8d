const entities: Record<string, string> = { '#': '#35;', '"': '#quot;', ';': '#59;' };

/**
 * Mermaid treats `"`, `;` and `#` specially inside labels and messages; entity codes render
 * the same characters without ending the statement. One pass, so entities are not re-escaped.
 */
export function escapeLabel(text: string): string {
  return text.replace(/[#";]/g, (c) => entities[c] ?? c);
}

/** accTitle/accDescr run to the end of the line: keep them on one. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
