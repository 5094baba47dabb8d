/**
 * The overview diagram of the architecture page, in both locales: the zoom buttons zoom, copy
 * and download work, and nodes link to the component reference (client-side navigation).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { model } from '../../diagrams/model/index';
import { renderView } from '../../diagrams/render/index';
import { launchBrowser, type BrowserSession } from './support/browser';
import { locales } from './support/paths';
import { startServer, type StaticServer } from './support/server';

let server: StaticServer;
let browser: BrowserSession;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.origin,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const figureSelector = 'figure[data-topology-view="overview"]';

/** Opens the page and waits for its overview diagram to be drawn. */
async function openOverview(path: string): Promise<{ page: Page; figure: Locator }> {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  const figure = page.locator(figureSelector);
  await figure.waitFor({ state: 'attached', timeout: 10_000 });
  await page
    .locator(`${figureSelector}[data-state="rendered"]`)
    .waitFor({ state: 'attached', timeout: 20_000 })
    .catch(async () => {
      const state = await figure.getAttribute('data-state');
      throw new Error(`${path}: overview diagram is "${state}", not "rendered", after 20 s`);
    });
  return { page, figure };
}

/** The scale of `matrix(a, b, c, d, e, f)`, or NaN when the transform is no matrix. */
function matrixScale(transform: string | null): number {
  const match = /matrix\(\s*([-\d.e]+)[\s,]+([-\d.e]+)/.exec(transform ?? '');
  return match ? Math.hypot(Number(match[1]), Number(match[2])) : Number.NaN;
}

for (const { locale, prefix } of locales) {
  const path = `${prefix}/docs/architecture/overview`;

  // One page per locale, tests in order: the link test navigates away, so it comes last.
  describe(`${path} (${locale})`, () => {
    let page: Page;
    let figure: Locator;

    before(async () => {
      ({ page, figure } = await openOverview(path));
    });

    after(async () => {
      await page?.close();
    });

    test('zoom in scales the diagram', async () => {
      const viewport = figure.locator('.topology-diagram__svg svg g.svg-pan-zoom_viewport').first();
      // The first use attaches svg-pan-zoom; reset leaves the fitted scale to compare with.
      await figure.locator('button[data-action="reset"]').click();
      await viewport.waitFor({ state: 'attached', timeout: 10_000 });
      const fitted = matrixScale(await viewport.getAttribute('transform'));
      assert.ok(fitted > 0, `${path}: no matrix transform on g.svg-pan-zoom_viewport after reset`);

      await figure.locator('button[data-action="zoom-in"]').click();
      await page
        .waitForFunction(
          ({ selector, before }) => {
            const g = document.querySelector(
              `${selector} .topology-diagram__svg svg g.svg-pan-zoom_viewport`,
            );
            const m = /matrix\(\s*([-\d.e]+)[\s,]+([-\d.e]+)/.exec(
              g?.getAttribute('transform') ?? '',
            );
            return m !== null && Math.hypot(Number(m[1]), Number(m[2])) > before;
          },
          { selector: figureSelector, before: fitted },
          { timeout: 5_000 },
        )
        .catch(() => undefined);
      const transform = await viewport.getAttribute('transform');
      const zoomed = matrixScale(transform);
      assert.ok(
        zoomed / fitted > 1,
        `${path}: zoom-in did not enlarge the diagram (fitted scale ${fitted}, now ${zoomed}; transform="${transform}")`,
      );
    });

    test('copy puts the Mermaid source on the clipboard', async () => {
      const copy = figure.locator('button[data-action="copy"]');
      assert.equal(await copy.count(), 1, `${path}: no copy button in the overview figure`);
      await copy.click();
      const source = renderView(model, 'overview', locale).mermaid;
      await page
        .waitForFunction((text) => navigator.clipboard.readText().then((t) => t === text), source, {
          timeout: 5_000,
        })
        .catch(() => undefined);
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(
        clipboard,
        source,
        `${path}: the clipboard does not hold the view's Mermaid source`,
      );
    });

    test('download saves espectro-overview.svg', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        figure.locator('button[data-action="download"]').click(),
      ]);
      assert.equal(download.suggestedFilename(), 'espectro-overview.svg');
      const svg = await readFile(await download.path(), 'utf8');
      assert.match(svg, /^<svg[\s>]/, `${path}: the downloaded file is not an SVG`);
    });

    test('diagram nodes link to their component, navigating client-side', async () => {
      const links = figure.locator('a[data-component-link]');
      const count = await links.count();
      assert.ok(
        count >= 10,
        `${path}: ${count} linked nodes in the overview, expected at least 10`,
      );

      const expected = `${prefix}/docs/reference/components#auroraWriter`;
      const aurora = figure.locator('a[data-component-link="auroraWriter"]').first();
      assert.equal(
        await aurora.getAttribute('href'),
        expected,
        `${path}: href of the auroraWriter node`,
      );

      await page.evaluate(() => {
        (window as unknown as { __noReload?: boolean }).__noReload = true;
      });
      await aurora.click();
      await page.waitForURL((url) => url.pathname + url.hash === expected, { timeout: 10_000 });
      await page.locator('[id="auroraWriter"]').waitFor({ state: 'attached', timeout: 10_000 });
      // The reference arrives as HTML after a client-side navigation: the card must still be
      // scrolled to, and hold its written notes.
      await page.waitForFunction(
        () => {
          const box = document.getElementById('auroraWriter')?.getBoundingClientRect();
          return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
        },
        undefined,
        { timeout: 10_000 },
      );
      const notes = await page.locator('[id="auroraWriter"] ~ * dd').count();
      assert.ok(notes > 0, `${path}: the auroraWriter card has no notes after navigating`);
      const kept = await page.evaluate(
        () => (window as unknown as { __noReload?: boolean }).__noReload,
      );
      assert.equal(
        kept,
        true,
        `${path}: clicking a node reloaded the page instead of navigating client-side`,
      );
    });
  });
}
