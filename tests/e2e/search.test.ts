/**
 * The offline search bar is loaded on first use (src/theme/SearchBar): a page ships none of its
 * code, and a reader who clicks it or presses mod+K gets the real bar, focused, with results.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { siteUnderTest } from './support/site';

const site = siteUnderTest();

/** Opens a page and lists the JS it runs, and whether any of it is the search code (lunr). */
async function open(path: string): Promise<{ page: Page; lunrLoaded: () => boolean }> {
  const page = await site.context.newPage();
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      void response.text().then(
        (text) => scripts.push(text.includes('lunr.Pipeline') || /lunr/.test(text) ? 'lunr' : ''),
        () => undefined,
      );
  });
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, lunrLoaded: () => scripts.includes('lunr') };
}

for (const [how, use] of [
  ['clicking the search bar', (page: Page) => page.click('.navbar__search-input')],
  ['pressing Control+K', (page: Page) => page.keyboard.press('Control+k')],
] as const) {
  test(`no search code until used; ${how} loads it, focused, and finds pages`, async () => {
    const { page, lunrLoaded } = await open('/en/docs/intro');
    try {
      assert.equal(lunrLoaded(), false, 'the search code was loaded before the bar was used');
      await use(page);
      await page.waitForFunction(
        () => document.activeElement?.className.includes('searchInput') ?? false,
        undefined,
        { timeout: 30_000 },
      );
      await page.keyboard.type('aurora', { delay: 30 });
      const suggestion = page.locator('.navbar__search [role="option"]').first();
      await suggestion.waitFor({ state: 'visible', timeout: 30_000 });
      assert.match((await suggestion.textContent()) ?? '', /aurora/i);
      assert.ok(lunrLoaded(), 'results shown, but no search code seen loading');
    } finally {
      await page.close();
    }
  });
}

test('a page opened from a search result marks the searched words', async () => {
  const { page } = await open('/en/docs/intro?_highlight=aurora');
  try {
    await page.locator('article mark').first().waitFor({ state: 'attached', timeout: 30_000 });
  } finally {
    await page.close();
  }
});
