/**
 * `npm run pdf -- --notes` on the production build: for each locale, the deck has one page per
 * slide (two with notes), the architecture document holds every docs page of the sitemap, the
 * files' own page counts agree with the manifest, and the deck then links to them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium, type ChromiumSession } from '../../diagrams/prerender/chromium';
import { deck } from '../../slides/deck';
import { manifestName, pdfDir, type PdfManifest } from '../../slides/pdf/manifest';
import { countPdfPages } from '../../slides/pdf/pages';
import { writePdfs, type WrittenPdf } from '../../slides/pdf/run';
import { buildDir, locales } from './support/paths';
import { startServer, type StaticServer } from './support/server';
import { sitemapPaths } from './support/sitemap';

let written: WrittenPdf[] = [];
let server: StaticServer;
let chromium: ChromiumSession;

before(async () => {
  chromium = await launchChromium();
  written = await writePdfs({ buildDir, notes: true, context: chromium.context });
  server = await startServer();
});

after(async () => {
  await chromium?.close();
  await server?.close();
});

for (const { locale, prefix } of locales) {
  test(`${locale}: deck and document PDFs match the slides and the docs`, () => {
    const mine = written.filter((file) => file.locale === locale);
    const byKind = (kind: WrittenPdf['kind']) => {
      const file = mine.find((f) => f.kind === kind);
      assert.ok(file, `${locale}: no ${kind} PDF written`);
      assert.equal(countPdfPages(readFileSync(file.path)), file.pages, `${file.file}: page count`);
      assert.ok(file.bytes > 10_000, `${file.file}: only ${file.bytes} bytes`);
      return file;
    };

    assert.equal(byKind('slides').pages, deck.length, 'one page per slide');
    assert.equal(byKind('slides-notes').pages, deck.length * 2, 'each slide and its notes page');

    const docs = sitemapPaths(join(buildDir, prefix, 'sitemap.xml')).filter((path) =>
      path.startsWith(`${prefix}/docs/`),
    );
    const document = byKind('document');
    assert.equal(document.units, docs.length, 'every docs page of the sitemap is in the document');
    // Cover and contents, then at least a page per docs page.
    assert.ok(document.pages >= docs.length + 2, `${document.pages} pages for ${docs.length} docs`);

    const manifest = JSON.parse(
      readFileSync(join(buildDir, prefix, pdfDir, manifestName), 'utf8'),
    ) as PdfManifest;
    assert.deepEqual(
      manifest.files,
      mine.map(({ kind, file, bytes, pages }) => ({ kind, file, bytes, pages })),
    );
  });
}

test('the deck links to its PDFs once they exist', { timeout: 60_000 }, async () => {
  for (const { locale, prefix } of locales) {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}${prefix}/slides`, { waitUntil: 'load' });
    const links = page.locator('section#title .deck-pdf-links a');
    await links.first().waitFor({ timeout: 10_000 });
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href') ?? ''),
    );
    assert.deepEqual(hrefs, [
      `${prefix}/pdf/espectro-slides-${locale}.pdf`,
      `${prefix}/pdf/espectro-architecture-${locale}.pdf`,
    ]);
    for (const href of hrefs) {
      const response = await fetch(server.origin + href);
      assert.equal(response.status, 200, href);
      assert.equal(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
        '%PDF-',
      );
    }
    await page.close();
  }
});
