/**
 * Every page of both locales (from the sitemaps): no console errors, no broken or outside
 * requests, every topology diagram rendered, and no serious or critical axe violation.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { diagramProblems, waitForDiagrams } from './support/diagrams';
import { watchPage } from './support/page-watch';
import { siteUnderTest } from './support/site';
import { sitePages, type SitePage } from './support/sitemap';
import { themeStorageKey } from './support/theme';

let pages: SitePage[] = [];
let sitemapError: unknown;
try {
  pages = sitePages();
} catch (error) {
  sitemapError = error;
}

// Dark mode on the pages with the most distinct UI: the overview's diagrams, the component
// reference's prose and links, and the cost and SLO calculators' forms.
const darkModePaths = [
  '/docs/architecture/overview',
  '/en/docs/architecture/overview',
  '/docs/reference/components',
  '/en/docs/reference/components',
  '/docs/architecture/cost',
  '/en/docs/architecture/cost',
  '/docs/sre/slos',
  '/en/docs/sre/slos',
];

const site = siteUnderTest();

/**
 * Opens a page and checks its diagrams, its accessibility and everything it did on the way;
 * fails once, listing every kind of problem found (a broken diagram often explains the rest).
 */
async function checkPage(path: string, prepare?: (page: Page) => Promise<void>): Promise<void> {
  const page = await site.context.newPage();
  const watch = watchPage(page, site.origin);
  const report: string[] = [];
  const add = (title: string, problems: string[]) => {
    if (problems.length > 0) {
      report.push(`${problems.length} ${title}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    }
  };
  try {
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, `${path}: HTTP ${response?.status() ?? 'no response'}`);
    await prepare?.(page);
    await waitForDiagrams(page).catch((error: unknown) => {
      add('diagram wait failure(s)', [error instanceof Error ? error.message : String(error)]);
    });
    add('diagram problem(s)', await diagramProblems(page));
    add('serious/critical axe violation(s)', await seriousAxeViolations(page));
    add('problem(s) while loading', watch.problems());
  } finally {
    await page.close();
  }
  if (report.length > 0) assert.fail(`${path}:\n${report.join('\n')}`);
}

test('both sitemaps list pages', () => {
  if (sitemapError) throw sitemapError;
  assert.ok(pages.some((p) => p.locale === 'pt-BR') && pages.some((p) => p.locale === 'en'));
});

describe('every page', () => {
  for (const { path } of pages) {
    test(path, { timeout: 60_000 }, () => checkPage(path));
  }
});

// Last in this file: the init script stays on the shared context once added.
describe('dark mode', () => {
  before(async () => {
    // `localStorage.theme = 'dark'`, under the key(s) this build reads (see support/theme).
    const keys = await Promise.all(darkModePaths.map((p) => themeStorageKey(site.origin + p)));
    await site.context.addInitScript(
      (storageKeys: string[]) => {
        try {
          for (const key of storageKeys) localStorage.setItem(key, 'dark');
        } catch {
          // about:blank and other opaque origins have no localStorage.
        }
      },
      [...new Set(keys)],
    );
  });

  for (const path of darkModePaths) {
    test(`${path} (dark)`, { timeout: 60_000 }, () =>
      checkPage(path, async (page) => {
        await page.reload({ waitUntil: 'load' });
        const theme = await page.locator('html').getAttribute('data-theme');
        assert.equal(
          theme,
          'dark',
          `${path}: html[data-theme] is "${theme}" after setting the stored theme to dark`,
        );
      }),
    );
  }
});
