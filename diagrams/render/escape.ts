/**
 * Mermaid treats `"`, `;` and `#` specially inside labels and messages; entity codes render
 * the same characters without ending the statement.
 */
export function escapeLabel(text: string): string {
  return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/;/g, '#59;');
}

/** accTitle/accDescr run to the end of the line: keep them on one. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
