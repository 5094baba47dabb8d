/**
 * The deck of one locale as a PDF: reveal.js's own print layout (`?print-pdf`), one page per
 * slide, or with `showNotes=separate-page` each slide followed by a page of its notes.
 */
import type { BrowserContext } from 'playwright-core';
import { countPdfPages } from './pages';
import type { SiteLocale } from './locales';

export interface DeckPdf {
  readonly pdf: Buffer;
  readonly pages: number;
  readonly slides: number;
}

export async function printDeck(
  context: BrowserContext,
  origin: string,
  site: SiteLocale,
  { notes }: { notes: boolean },
): Promise<DeckPdf> {
  const page = await context.newPage();
  try {
    const query = notes ? 'print-pdf&showNotes=separate-page' : 'print-pdf';
    await page.goto(`${origin}${site.prefix}/slides?${query}`, { waitUntil: 'load' });
    // Ready: reveal.js laid the slides out as pages and every diagram is drawn.
    await page.waitForFunction(
      () =>
        document.querySelector('.reveal[data-deck-state="ready"]') !== null &&
        document.querySelectorAll('.reveal .pdf-page').length > 0 &&
        [...document.querySelectorAll('.deck-diagram')].every(
          (figure) => figure.getAttribute('data-state') === 'rendered',
        ),
      undefined,
      { timeout: 60_000, polling: 200 },
    );
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const tooSmall = await page.evaluate(() =>
      [...document.querySelectorAll('.deck-diagram')].flatMap((figure) => {
        const box = figure.querySelector('svg')?.getBoundingClientRect();
        if (box && box.width >= 300 && box.height >= 150) return [];
        const slide = figure.closest('section')?.id ?? '?';
        const size = box ? `${Math.round(box.width)}x${Math.round(box.height)} px` : 'missing';
        return [`slide "${slide}": diagram "${figure.getAttribute('data-view')}" is ${size}`];
      }),
    );
    if (tooSmall.length > 0) {
      throw new Error(
        `The ${site.locale} deck would print broken diagrams:\n  ${tooSmall.join('\n  ')}`,
      );
    }
    const slides = await page.locator('.reveal .slides section.deck-slide').count();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    const pages = countPdfPages(pdf);
    const expected = notes ? slides * 2 : slides;
    if (pages !== expected) {
      throw new Error(
        `The ${site.locale} deck PDF${notes ? ' with notes' : ''} has ${pages} pages for ${slides} ` +
          `slides; expected ${expected}. A slide's content probably overflows its page.`,
      );
    }
    return { pdf, pages, slides };
  } finally {
    await page.close();
  }
}
