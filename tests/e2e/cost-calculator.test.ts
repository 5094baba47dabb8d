/**
 * The cost calculator in a real browser, in both locales: typing by keyboard changes the total,
 * a price typed for an unverified dimension enters it, a bad value is refused naming the field in
 * the page's language, and the open form has no serious or critical axe violation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './support/axe';
import { watchPage } from './support/page-watch';
import { siteUnderTest } from './support/site';

const site = siteUnderTest();

const cases = [
  {
    path: '/docs/architecture/cost',
    samples: 'Amostras por mês',
    spot: 'Fração das vCPU-horas em Spot (0 a 1)',
    natPrice: 'US$ / NAT gateway-hora',
    prices: 'Seus preços para as dimensões sem preço verificado (opcional)',
    total: /Total mensal: US\$ ([\d.,]+)/,
    error: /Corrija o campo destacado.*Fração das vCPU-horas em Spot/,
    parse: (s: string) => Number(s.replace(/\./g, '').replace(',', '.')),
  },
  {
    path: '/en/docs/architecture/cost',
    samples: 'Samples per month',
    spot: 'Share of vCPU-hours on Spot (0 to 1)',
    natPrice: 'US$ / NAT gateway-hour',
    prices: 'Your prices for the dimensions with no verified price (optional)',
    total: /Monthly total: US\$([\d.,]+)/,
    error: /Fix the highlighted field.*Share of vCPU-hours on Spot/,
    parse: (s: string) => Number(s.replace(/,/g, '')),
  },
] as const;

async function total(page: Page, pattern: RegExp, parse: (s: string) => number): Promise<number> {
  const text = (await page.locator('[aria-live="polite"]').first().textContent()) ?? '';
  const match = pattern.exec(text);
  assert.ok(match, `no total in "${text}"`);
  return parse(match[1]!);
}

for (const c of cases) {
  test(
    `${c.path}: the calculator answers the keyboard and refuses bad input by name`,
    { timeout: 60_000 },
    async () => {
      const page = await site.context.newPage();
      const watch = watchPage(page, site.origin);
      try {
        await page.goto(site.origin + c.path, { waitUntil: 'load' });
        const before = await total(page, c.total, c.parse);

        const samples = page.getByLabel(c.samples, { exact: true });
        await samples.focus();
        await samples.press('Control+A');
        await page.keyboard.type('3000');
        await page.waitForFunction(
          ([pattern, previous]) => {
            const text = document.querySelector('[aria-live="polite"]')?.textContent ?? '';
            return new RegExp(pattern).test(text) && !text.includes(previous);
          },
          [c.total.source, String(before)] as const,
        );
        const more = await total(page, c.total, c.parse);
        assert.ok(more > before, `total did not grow with samples: ${before} -> ${more}`);

        await page.getByText(c.prices, { exact: true }).click();
        const nat = page.getByLabel(c.natPrice, { exact: true });
        await nat.fill('0.1');
        await page.waitForTimeout(100);
        const withNat = await total(page, c.total, c.parse);
        assert.ok(
          Math.abs(withNat - more - 3 * 730 * 0.1) < 0.02,
          `NAT hours not added: ${more} -> ${withNat}`,
        );

        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], `axe on the open calculator:\n${violations.join('\n')}`);

        const spot = page.getByLabel(c.spot, { exact: true });
        await spot.fill('2');
        const alert = page.getByRole('alert');
        await alert.waitFor();
        assert.match((await alert.textContent()) ?? '', c.error);
        assert.equal(await spot.getAttribute('aria-invalid'), 'true');
        assert.deepEqual(watch.problems(), []);
      } finally {
        await page.close();
      }
    },
  );
}
