/**
 * What keeps a diagram page light to load, checked as behaviour: off-screen diagrams are skipped
 * by layout yet keep their exact box, and route prefetching from visible links still happens,
 * after hydration rather than during it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { waitForDiagrams } from './support/diagrams';
import { locales } from './support/paths';
import { sitePages } from './support/sitemap';
import { siteUnderTest } from './support/site';

const site = siteUnderTest();

interface Boxes {
  readonly documentHeight: number;
  readonly holders: readonly { view: string; height: number; contentVisibility: string }[];
}

/** The page height and each shown diagram holder's height and content-visibility. */
const measure = (page: Page): Promise<Boxes> =>
  page.evaluate(() => ({
    documentHeight: document.documentElement.scrollHeight,
    holders: [
      ...document.querySelectorAll<HTMLElement>('figure.topology-diagram .topology-diagram__mode'),
    ]
      .filter((holder) => holder.checkVisibility())
      .map((holder) => ({
        view: holder.closest('figure')?.getAttribute('data-topology-view') ?? '(no view)',
        height: Math.round(holder.getBoundingClientRect().height),
        contentVisibility: getComputedStyle(holder).contentVisibility,
      })),
  }));

for (const { locale, prefix } of locales) {
  const path = `${prefix}/docs/architecture/overview`;

  describe(`${path} (${locale})`, () => {
    let page: Page;

    before(async () => {
      page = await site.context.newPage();
      await page.setViewportSize({ width: 412, height: 823 });
      await page.goto(site.origin + path, { waitUntil: 'load' });
      await waitForDiagrams(page);
    });

    after(async () => {
      await page?.close();
    });

    test('off-screen diagrams skip layout, and drawing them moves nothing', async () => {
      const before = await measure(page);
      assert.ok(before.holders.length >= 8, `${path}: ${before.holders.length} diagrams shown`);
      for (const h of before.holders) {
        assert.equal(
          h.contentVisibility,
          'auto',
          `${path}: diagram "${h.view}" is always laid out`,
        );
        assert.ok(h.height > 50, `${path}: diagram "${h.view}" reserves ${h.height} px`);
      }
      // Bring each diagram on screen, so the browser lays out and paints its SVG.
      for (const figure of await page.locator('figure.topology-diagram').all()) {
        await figure.scrollIntoViewIfNeeded();
        await page.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
      }
      const drawn = await measure(page);
      assert.deepEqual(
        drawn.holders.map((h) => [h.view, h.height]),
        before.holders.map((h) => [h.view, h.height]),
        `${path}: a diagram's box changed once it was drawn`,
      );
      assert.equal(
        drawn.documentHeight,
        before.documentHeight,
        `${path}: the page height changed once every diagram was drawn`,
      );
    });

    test('zooming a diagram that was never on screen keeps its height', async () => {
      const fresh = await site.context.newPage();
      try {
        await fresh.setViewportSize({ width: 412, height: 823 });
        await fresh.goto(site.origin + path, { waitUntil: 'load' });
        await waitForDiagrams(fresh);
        // A click from script, as assistive technology may send it: nothing scrolls first.
        const figure = fresh.locator('figure.topology-diagram').last();
        const before = await figure.evaluate((f) => {
          const holder = f.querySelector<HTMLElement>('.topology-diagram__mode--light');
          const height = holder?.getBoundingClientRect().height ?? 0;
          f.querySelector<HTMLButtonElement>('button[data-action="zoom-in"]')?.click();
          return height;
        });
        await figure
          .locator('.topology-diagram__mode--light svg g.svg-pan-zoom_viewport')
          .waitFor({ state: 'attached', timeout: 10_000 });
        const pinned = await figure.evaluate((f) =>
          f.querySelector('.topology-diagram__mode--light svg')?.getAttribute('height'),
        );
        assert.ok(
          Math.abs(parseFloat(pinned ?? '') - before) < 1,
          `${path}: the zoomed diagram is pinned at ${pinned}, its box was ${before} px`,
        );
      } finally {
        await fresh.close();
      }
    });

    test('route prefetches wait for idle time, and still happen', async () => {
      // Links in view got their routes prefetched once the page settled.
      await page.waitForFunction(
        () =>
          document.head.querySelectorAll('link[rel="prefetch"][href*="/assets/js/"]').length > 0,
        undefined,
        { timeout: 15_000 },
      );
      // A route no link on the page points at: its prefetch is queued, not run on the spot.
      const linked = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.pathname),
      );
      const target = sitePages()
        .map((p) => p.path)
        .find((p) => p.startsWith(`${prefix}/docs/`) && !linked.includes(p));
      assert.ok(target, `${path}: every page of the locale is linked from it; no route to try`);
      const { before, after } = await page.evaluate((route) => {
        const count = () => document.head.querySelectorAll('link[rel="prefetch"]').length;
        const before = count();
        window.docusaurus.prefetch(route);
        return { before, after: count() };
      }, target);
      assert.equal(after, before, `${path}: prefetching ${target} ran synchronously`);
      await page.waitForFunction(
        (n) => document.head.querySelectorAll('link[rel="prefetch"]').length > n,
        before,
        { timeout: 10_000 },
      );
    });
  });
}
