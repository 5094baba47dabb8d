/**
 * Reads what the PDF commands need from a PDF written by Chromium: its page count and the page
 * of each named destination. Chromium's writer (Skia) stores page objects, the page tree and the
 * destinations dictionary as plain text, which is all this reads; any other PDF is refused
 * rather than misread.
 */

function latin1(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF (no %PDF- header)');
  return text;
}

/** Page objects are `/Type /Page` dictionaries; the page tree's nodes are `/Type /Pages`. */
export function countPdfPages(pdf: Uint8Array): number {
  return [...latin1(pdf).matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
}

function objects(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\s)(\d+) 0 obj\b([\s\S]*?)\bendobj\b/g)) {
    found.set(Number(match[1]), match[2] ?? '');
  }
  return found;
}

function reference(body: string | undefined, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(body ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Page object numbers in reading order, walking the page tree from the catalog. */
function pageOrder(all: Map<number, string>, catalog: string): number[] {
  const order: number[] = [];
  const visit = (id: number, depth: number) => {
    const body = all.get(id) ?? '';
    if (depth > 32) throw new Error('PDF page tree too deep');
    if (/\/Type\s*\/Page(?![a-zA-Z])/.test(body)) {
      order.push(id);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) 0 R/g)) visit(Number(kid[1]), depth + 1);
  };
  const root = reference(catalog, 'Pages');
  if (root === undefined) throw new Error('PDF catalog has no page tree');
  visit(root, 0);
  return order;
}

/** 1-based page of every named destination (an element id a link in the PDF points to). */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  const all = objects(latin1(pdf));
  const catalog = [...all.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  if (!catalog) throw new Error('PDF has no catalog');
  const pages = pageOrder(all, catalog);
  const dests = reference(catalog, 'Dests');
  const result = new Map<string, number>();
  if (dests === undefined) return result;
  for (const match of (all.get(dests) ?? '').matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const index = pages.indexOf(Number(match[2]));
    if (index >= 0) result.set(match[1] ?? '', index + 1);
  }
  return result;
}
