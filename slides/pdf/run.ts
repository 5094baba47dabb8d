/**
 * Writes the PDFs of every locale into its build folder (`build/pdf/`, `build/en/pdf/`), next
 * to the pages that link to them, and lists them in that folder's manifest.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../diagrams/prerender/chromium';
// The browser tests' static server: a plain file server over the build, reused rather than copied.
import { startServer } from '../../tests/e2e/support/server';
import { printDeck } from './deck-pdf';
import { printDocument } from './docs-pdf';
import { localeDir, siteLocales } from './locales';
import { manifestName, pdfDir, pdfFileName, type PdfFile, type PdfKind } from './manifest';

export interface PdfOptions {
  readonly buildDir: string;
  /** Also write the deck with a page of speaker notes after each slide. */
  readonly notes: boolean;
  readonly log?: (line: string) => void;
  /** A browser to print with (the tests share theirs); otherwise Chromium is launched. */
  readonly context?: BrowserContext;
}

export interface WrittenPdf extends PdfFile {
  readonly locale: string;
  readonly path: string;
  /** For the deck: its slides; for the document: its docs pages. */
  readonly units: number;
}

export async function writePdfs({
  buildDir,
  notes,
  log = () => undefined,
  context,
}: PdfOptions): Promise<WrittenPdf[]> {
  const server = await startServer(buildDir);
  let launched: ChromiumSession | undefined;
  const written: WrittenPdf[] = [];
  try {
    if (!context) launched = await launchChromium();
    const browser = context ?? launched?.context;
    if (!browser) throw new Error('no browser to print with');
    for (const site of siteLocales) {
      const dir = join(localeDir(buildDir, site), pdfDir);
      await mkdir(dir, { recursive: true });
      const files: WrittenPdf[] = [];
      const save = async (kind: PdfKind, pdf: Buffer, pages: number, units: number) => {
        const file = pdfFileName(kind, site.locale);
        const path = join(dir, file);
        await writeFile(path, pdf);
        files.push({ kind, file, bytes: pdf.length, pages, locale: site.locale, path, units });
        log(
          `${site.locale.padEnd(6)} ${file.padEnd(36)} ${String(pages).padStart(4)} pages ${(pdf.length / 1e6).toFixed(2).padStart(7)} MB`,
        );
      };

      const deck = await printDeck(browser, server.origin, site, { notes: false });
      await save('slides', deck.pdf, deck.pages, deck.slides);
      if (notes) {
        const withNotes = await printDeck(browser, server.origin, site, { notes: true });
        await save('slides-notes', withNotes.pdf, withNotes.pages, withNotes.slides);
      }
      const document = await printDocument(browser, server.origin, buildDir, site);
      await save('document', document.pdf, document.pages, document.sections.length);

      const manifest = {
        files: files.map(({ kind, file, bytes, pages }) => ({ kind, file, bytes, pages })),
      };
      await writeFile(join(dir, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
      written.push(...files);
    }
  } finally {
    await launched?.close();
    await server.close();
  }
  return written;
}
