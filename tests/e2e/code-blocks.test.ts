/**
 * Code highlighting loads with the first code block (src/theme/CodeBlock): a page without code
 * runs no Prism, a page with code hydrates its server-highlighted blocks without a plain-text
 * moment, and a client-side navigation to such a page highlights its blocks once the chunk
 * arrives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { watchPage } from './support/page-watch';
import { siteUnderTest } from './support/site';
import { themeStorageKey } from './support/theme';

const site = siteUnderTest();

/** Prism's grammars register themselves on the global `Prism` object they are handed. */
const isPrism = (source: string): boolean =>
  source.includes('globalThis.Prism') || source.includes('(Prism)');

/** Bodies of the scripts the page executed (prefetched chunks are not run). */
function executedScripts(page: Page): Map<string, Promise<string>> {
  const bodies = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.set(response.url(), response.text());
  });
  return bodies;
}

async function prismScripts(bodies: Map<string, Promise<string>>): Promise<string[]> {
  const found: string[] = [];
  for (const [url, body] of bodies) if (isPrism(await body)) found.push(url);
  return found;
}

const firstBlockTokens = (page: Page) => page.locator('pre.prism-code').first().locator('.token');

test('a page without code blocks runs no Prism', { timeout: 60_000 }, async () => {
  for (const path of ['/docs/reference/policies', '/en/docs/intro']) {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.origin);
    const bodies = executedScripts(page);
    try {
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      assert.equal(await page.locator('pre.prism-code').count(), 0, `${path} has a code block`);
      assert.ok(bodies.size > 0, `${path}: no script seen`);
      assert.deepEqual(await prismScripts(bodies), [], `${path} ran Prism`);
      assert.deepEqual(watch.problems(), []);
    } finally {
      await page.close();
    }
  }
});

test(
  'server-highlighted blocks hydrate, and a client-side navigation highlights new ones',
  { timeout: 60_000 },
  async () => {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.origin);
    const bodies = executedScripts(page);
    try {
      await page.goto(`${site.origin}/docs/runbook/network`, { waitUntil: 'networkidle' });
      assert.ok((await firstBlockTokens(page).count()) > 0, 'the HTML holds highlighted code');
      await page.waitForFunction(() => {
        const button = document.querySelector('.theme-code-block button');
        return button !== null && Object.keys(button).some((k) => k.startsWith('__react'));
      });
      assert.ok((await prismScripts(bodies)).length > 0, 'Prism never loaded on a code page');

      await page.goto(`${site.origin}/en/docs/runbook/`, { waitUntil: 'networkidle' });
      assert.equal(await page.locator('pre.prism-code').count(), 0);
      await page.locator('article a[href="/en/docs/runbook/data"]').first().click();
      await page.waitForURL(/\/en\/docs\/runbook\/data$/);
      await page.locator('pre.prism-code .token').first().waitFor({ timeout: 15_000 });
      assert.ok((await firstBlockTokens(page).count()) > 0, 'code after navigation is plain');
      assert.deepEqual(watch.problems(), []);
    } finally {
      await page.close();
    }
  },
);

test(
  'loading a code page, in either colour mode, never swaps its blocks for plain text',
  { timeout: 90_000 },
  async () => {
    const path = '/docs/runbook/analysis';
    const key = await themeStorageKey(site.origin + path);
    for (const mode of ['light', 'dark']) {
      for (let run = 1; run <= 3; run += 1) {
        const page = await site.context.newPage();
        const watch = watchPage(page, site.origin);
        try {
          // Counts code blocks inserted after the parser is done that carry no highlighting:
          // the Suspense fallback replacing server HTML that could not hydrate.
          await page.addInitScript(
            ([storageKey, colorMode]) => {
              localStorage.setItem(storageKey, colorMode);
              const seen = { plain: 0 };
              Object.assign(window, { __plainBlocks: seen });
              new MutationObserver((records) => {
                if (document.readyState === 'loading') return;
                for (const record of records)
                  for (const node of record.addedNodes)
                    if (node instanceof Element)
                      for (const pre of [node, ...node.querySelectorAll('pre')])
                        if (pre.matches('pre') && !pre.querySelector('.token-line'))
                          seen.plain += 1;
              }).observe(document, { childList: true, subtree: true });
            },
            [key, mode] as const,
          );
          await page.goto(site.origin + path, { waitUntil: 'networkidle' });
          await page.waitForFunction(() => {
            const button = document.querySelector('.theme-code-block button');
            return button !== null && Object.keys(button).some((k) => k.startsWith('__react'));
          });
          const plain = await page.evaluate(
            () => (window as unknown as { __plainBlocks: { plain: number } }).__plainBlocks.plain,
          );
          assert.equal(plain, 0, `${path} (${mode}, load ${run}): ${plain} block(s) shown plain`);
          assert.deepEqual(watch.problems(), []);
        } finally {
          await page.close();
        }
      }
    }
  },
);
