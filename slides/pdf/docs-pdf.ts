/**
 * The architecture document of one locale as a PDF: every docs page in sidebar order, behind a
 * cover and a table of contents with page numbers. The site's JavaScript is kept out (the
 * static HTML already holds the diagrams as SVG), so nothing re-renders the assembled page.
 *
 * Page numbers: the document is printed once, the page each docs page starts on is read from
 * the PDF's named destinations (the contents link to every page, so Chromium records where each
 * one lands), the numbers are written into the contents, and the document is printed again. The
 * placeholders are as wide as any number, so the second print must land every page at the same
 * place; it is checked.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import {
  assembleDocument,
  fillContents,
  sectionId,
  type AssembledSection,
  type AssembleInput,
} from './assemble';
import { docsInSidebarOrder } from './docs-order';
import { localeDir, type SiteLocale } from './locales';
import { countPdfPages, namedDestinationPages } from './pages';
import { documentWords } from './words';

const styles = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'document.css'), 'utf8');

export interface DocumentSection extends AssembledSection {
  readonly firstPage: number;
  readonly pages: number;
}

export interface DocumentPdf {
  readonly pdf: Buffer;
  readonly pages: number;
  readonly sections: readonly DocumentSection[];
}

function footer(title: string): string {
  const escaped = title.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    '<div style="width:100%;padding:0 15mm;display:flex;justify-content:space-between;' +
    `font:8px system-ui,sans-serif;color:#3d4852"><span>${escaped}</span>` +
    '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
  );
}

/** The first page of each docs page, from the PDF's destinations `d0`, `d1`, ... */
function firstPages(pdf: Buffer, count: number, locale: string): number[] {
  const destinations = namedDestinationPages(pdf);
  return Array.from({ length: count }, (_, i) => {
    const page = destinations.get(sectionId(i));
    if (page === undefined) {
      throw new Error(`The ${locale} document's PDF does not say where docs page ${i + 1} starts`);
    }
    return page;
  });
}

export async function printDocument(
  context: BrowserContext,
  origin: string,
  buildDir: string,
  site: SiteLocale,
): Promise<DocumentPdf> {
  const paths = docsInSidebarOrder(localeDir(buildDir, site), site.prefix);
  const words = Object.fromEntries(
    Object.entries(documentWords).map(([key, text]) => [key, text[site.locale]]),
  ) as Record<keyof typeof documentWords, string>;
  const page = await context.newPage();
  try {
    // Only the static HTML and CSS: the site's scripts would hydrate and redraw the page.
    await page.route(/\/assets\/js\//, (route) => route.abort());
    await page.goto(`${origin}${paths[0]}`, { waitUntil: 'load' });
    const input: AssembleInput = {
      pages: paths,
      words: { ...words, date: new Date().toISOString().slice(0, 10) },
    };
    const { sections, problems } = await page.evaluate(assembleDocument, input);
    if (problems.length > 0) {
      throw new Error(`The ${site.locale} document cannot be printed:\n  ${problems.join('\n  ')}`);
    }
    await page.addStyleTag({ content: styles });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const print = () =>
      page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer(words.title),
        outline: true,
        tagged: true,
      });

    const starts = firstPages(await print(), sections.length, site.locale);
    await page.evaluate(fillContents, starts);
    const pdf = await print();
    const pages = countPdfPages(pdf);
    const landed = firstPages(pdf, sections.length, site.locale);
    if (landed.join() !== starts.join() || starts.some((p, i) => p <= (starts[i - 1] ?? 2))) {
      throw new Error(
        `The ${site.locale} document's pages moved once the contents were numbered ` +
          `(${starts.join(', ')} became ${landed.join(', ')}): its page numbers would be wrong.`,
      );
    }
    return {
      pdf,
      pages,
      sections: sections.map((section, i) => ({
        ...section,
        firstPage: starts[i] ?? 0,
        pages: (starts[i + 1] ?? pages + 1) - (starts[i] ?? 0),
      })),
    };
  } finally {
    await page.close();
  }
}
