/**
 * The component reference has a section for every component of the model, in both locales,
 * and every page#anchor a diagram node links to exists in the build.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { componentDocPath } from '../../diagrams/model/doc-links';
import { model } from '../../diagrams/model/index';
import { buildDir, locales } from './support/paths';
import { resolveBuildFile } from './support/server';
import { siteUnderTest } from './support/site';

const componentIds = Object.keys(model.components);

const site = siteUnderTest();

/** The ids of every element of a page, as the browser sees it once hydrated. */
async function pageIds(path: string): Promise<Set<string>> {
  const page = await site.context.newPage();
  try {
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, `${path}: HTTP ${response?.status() ?? 'no response'}`);
    const ids = await page.$$eval('[id]', (elements) => elements.map((e) => e.id));
    return new Set(ids);
  } finally {
    await page.close();
  }
}

/** Link targets of the diagram nodes, grouped by page: `/docs/x` -> anchors on it. */
function linkTargets(): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  for (const id of componentIds) {
    const [page = '', anchor = ''] = componentDocPath(model, id).split('#');
    if (!targets.has(page)) targets.set(page, new Set());
    targets.get(page)?.add(anchor);
  }
  return targets;
}

for (const { locale, prefix } of locales) {
  describe(`${locale}`, () => {
    test(`${prefix}/docs/reference/components has a section for every component`, async () => {
      const path = `${prefix}/docs/reference/components`;
      const ids = await pageIds(path);
      const missing = componentIds.filter((id) => !ids.has(id));
      if (missing.length > 0) {
        assert.fail(
          `${path}: no element with the id of ${missing.length} of ${componentIds.length} ` +
            `components: ${missing.join(', ')}`,
        );
      }
    });

    test('every page#anchor a diagram node links to exists', async () => {
      const broken: string[] = [];
      for (const [docPath, anchors] of linkTargets()) {
        const path = `${prefix}${docPath}`;
        if (!resolveBuildFile(buildDir, path)) {
          broken.push(`${path}: no such page in ${buildDir}`);
          continue;
        }
        const ids = await pageIds(path);
        for (const anchor of anchors) {
          if (!ids.has(anchor)) broken.push(`${path}#${anchor}: no such id`);
        }
      }
      if (broken.length > 0) {
        assert.fail(`${broken.length} broken diagram link target(s):\n  ${broken.join('\n  ')}`);
      }
    });
  });
}
