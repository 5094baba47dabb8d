/** The PDF command's pure parts: sidebar order from built pages, page counting, file names. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { docsInSidebarOrder, paginationOf } from '../../slides/pdf/docs-order';
import { pdfFileName } from '../../slides/pdf/manifest';
import { countPdfPages, namedDestinationPages } from '../../slides/pdf/pages';

const site = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
after(() => rmSync(site, { recursive: true, force: true }));

function page(route: string, previous?: string, next?: string): void {
  const links = [
    previous
      ? `<a class="pagination-nav__link pagination-nav__link--prev" href="${previous}">`
      : '',
    // Minified: attribute quotes dropped, attributes in another order.
    next ? `<a href=${next} class="pagination-nav__link pagination-nav__link--next">` : '',
  ].join('');
  mkdirSync(join(site, route), { recursive: true });
  writeFileSync(join(site, route, 'index.html'), `<html><body><nav>${links}</nav></body></html>`);
}

test('pagination links are read whatever the attribute order and quoting', () => {
  assert.deepEqual(
    paginationOf('<a href=/docs/b class="pagination-nav__link pagination-nav__link--next">'),
    { next: '/docs/b' },
  );
  assert.deepEqual(
    paginationOf("<a class='pagination-nav__link pagination-nav__link--prev' href='/docs/a'>"),
    { previous: '/docs/a' },
  );
});

test('docs pages come in sidebar order, following the next links from the first page', () => {
  page('en/docs/intro', undefined, '/en/docs/architecture/overview');
  page('en/docs/architecture/overview', '/en/docs/intro', '/en/docs/reference/components');
  page('en/docs/reference/components', '/en/docs/architecture/overview');
  assert.deepEqual(docsInSidebarOrder(join(site, 'en'), '/en'), [
    '/en/docs/intro',
    '/en/docs/architecture/overview',
    '/en/docs/reference/components',
  ]);
});

test('a docs page off the chain is named, not silently left out', () => {
  page('x/docs/a', undefined, '/x/docs/b');
  page('x/docs/b', '/x/docs/a');
  page('x/docs/lost');
  assert.throws(
    () => docsInSidebarOrder(join(site, 'x'), '/x'),
    /not on the sidebar's previous\/next chain, so not placed in the PDF: \/x\/docs\/lost$/,
  );
});

/** The shape Chromium writes: a two-level page tree and a destinations dictionary. */
const pdf = Buffer.from(
  [
    '%PDF-1.4',
    '3 0 obj\n<</Type /Page /Parent 7 0 R>>\nendobj',
    '4 0 obj\n<</Type /Page\n/Parent 7 0 R>>\nendobj',
    '5 0 obj\n<</Type/Page/Parent 8 0 R>>\nendobj',
    '7 0 obj\n<</Type /Pages /Parent 2 0 R /Kids [4 0 R 3 0 R] /Count 2>>\nendobj',
    '8 0 obj\n<</Type /Pages /Parent 2 0 R /Kids [5 0 R] /Count 1>>\nendobj',
    '2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [7 0 R 8 0 R]>>\nendobj',
    '9 0 obj\n<</d0 [4 0 R /XYZ 0 841.9 0]\n/d1-upload [3 0 R /XYZ 0 600 0]\n/d1 [5 0 R /XYZ 0 841.9 0]>>\nendobj',
    '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>\nendobj',
  ].join('\n'),
  'latin1',
);

test('page counting reads Chromium’s page objects, not the page tree', () => {
  assert.equal(countPdfPages(pdf), 3);
  assert.throws(() => countPdfPages(Buffer.from('<html>')), /not a PDF/);
});

test('named destinations are placed on their page, in the page tree’s order', () => {
  assert.deepEqual(
    [...namedDestinationPages(pdf)],
    [
      ['d0', 1],
      ['d1-upload', 2],
      ['d1', 3],
    ],
  );
});

test('PDF file names carry the kind and the locale', () => {
  assert.equal(pdfFileName('slides', 'en'), 'espectro-slides-en.pdf');
  assert.equal(pdfFileName('slides-notes', 'pt-BR'), 'espectro-slides-notes-pt-BR.pdf');
  assert.equal(pdfFileName('document', 'pt-BR'), 'espectro-architecture-pt-BR.pdf');
});
