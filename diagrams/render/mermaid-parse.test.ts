import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { JSDOM } from 'jsdom';
import type { Mermaid } from 'mermaid';
import { model } from '../model/index';
import { locales } from '../model/text';
import { renderAllViews } from './index';

let mermaid: Mermaid;

before(async () => {
  // Mermaid's sanitizer needs a DOM even to parse.
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default;
});

for (const locale of locales) {
  test(`Mermaid parses every ${locale} view`, async () => {
    for (const view of renderAllViews(model, locale)) {
      await assert.doesNotReject(
        mermaid.parse(view.mermaid),
        `view "${view.id}" (${locale}) does not parse`,
      );
    }
  });
}

test('the parser does reject broken text (so the check above can fail)', async () => {
  await assert.rejects(mermaid.parse('flowchart LR\n  a -->|"x| b[[[\n'));
});
