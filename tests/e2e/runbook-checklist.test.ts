/**
 * The runbook's progress checklist in a real browser: ticks by keyboard, survives a reload and a
 * change of locale (same step ids), resets, hydrates without errors, and is axe-clean in light
 * and dark mode.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { watchPage } from './support/page-watch';
import { siteUnderTest } from './support/site';
import { themeStorageKey } from './support/theme';

const site = siteUnderTest();

const box = (page: Page, stepId: string) =>
  page.locator(`input[type=checkbox][id$="-${stepId}"]`).first();

test(
  'ticks by keyboard, persists across reload and locale, resets',
  { timeout: 60_000 },
  async () => {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.origin);
    try {
      await page.goto(`${site.origin}/docs/runbook/network`, { waitUntil: 'networkidle' });
      // Interact only once React has hydrated the box (it then carries React's internal keys).
      await page.waitForFunction(() => {
        const input = document.querySelector('input[id$="-network-deploy"]');
        return input !== null && Object.keys(input).some((k) => k.startsWith('__react'));
      });
      const deploy = box(page, 'network-deploy');
      assert.equal(await deploy.isChecked(), false);
      await deploy.focus();
      await page.keyboard.press('Space');
      assert.equal(await deploy.isChecked(), true, 'Space on the focused box ticks it');
      assert.match((await page.locator('fieldset legend').first().textContent()) ?? '', /1\/2/);

      await page.reload({ waitUntil: 'networkidle' });
      assert.equal(await box(page, 'network-deploy').isChecked(), true, 'tick survives a reload');

      await page.goto(`${site.origin}/en/docs/runbook/`, { waitUntil: 'networkidle' });
      assert.equal(
        await box(page, 'network-deploy').isChecked(),
        true,
        'tick is shared by the en page',
      );
      assert.equal(await box(page, 'network-check').isChecked(), false);
      const label = await page.locator('label[for$="-network-deploy"]').first().textContent();
      assert.equal(label, 'Deploy Espectro-Network', 'each box has its step as accessible label');

      await page.getByRole('button', { name: 'Reset progress' }).click();
      assert.equal(await box(page, 'network-deploy').isChecked(), false, 'reset clears the tick');
      await page.reload({ waitUntil: 'networkidle' });
      assert.equal(await box(page, 'network-deploy').isChecked(), false, 'reset is stored');
      assert.deepEqual(watch.problems(), [], 'console errors (a hydration mismatch logs one)');
    } finally {
      await page.close();
    }
  },
);

// Last in this file: the init script stays on the shared context once added.
test('runbook pages are axe-clean in dark mode', { timeout: 90_000 }, async () => {
  const paths = ['/docs/runbook/', '/en/docs/runbook/summary', '/docs/runbook/landing-zone'];
  // The key is namespaced per locale base URL, so each locale has its own.
  const keys = [...new Set(await Promise.all(paths.map((p) => themeStorageKey(site.origin + p))))];
  await site.context.addInitScript((storageKeys: string[]) => {
    try {
      for (const k of storageKeys) localStorage.setItem(k, 'dark');
    } catch {
      // about:blank has no localStorage.
    }
  }, keys);
  const page = await site.context.newPage();
  try {
    for (const path of paths) {
      await page.goto(site.origin + path, { waitUntil: 'networkidle' });
      await page.reload({ waitUntil: 'networkidle' });
      const theme = await page.locator('html').getAttribute('data-theme');
      assert.equal(theme, 'dark', `${path}: not dark`);
      if (!path.endsWith('summary')) await box(page, 'lz-organization').check();
      assert.deepEqual(await seriousAxeViolations(page), [], `${path} (dark)`);
    }
  } finally {
    await page.close();
  }
});
