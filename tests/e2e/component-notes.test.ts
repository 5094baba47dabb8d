/**
 * The written prose of every component reaches the built component reference, in each locale,
 * inside that component's own card: no browser needed, the HTML is server-rendered.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { JSDOM } from 'jsdom';
import { components } from '../../diagrams/model/components';
import { aspects, componentNotes } from '../../diagrams/model/component-notes';
import { parseInline } from '../../diagrams/model/component-notes/markup';
import type { Locale, Text } from '../../diagrams/model/text';
import { buildDir, locales } from './support/paths';
import { resolveBuildFile } from './support/server';

/** What a reader sees of a note: its text with link labels and code, without the markup. */
function visibleText(source: string, where: string): string {
  return parseInline(source, where)
    .map((piece) => (piece.kind === 'link' ? piece.label : piece.text))
    .join('');
}

for (const { locale, prefix } of locales) {
  describe(locale, () => {
    const path = `${prefix}/docs/reference/components`;

    test(`${path} shows every component's notes in its card`, () => {
      const file = resolveBuildFile(buildDir, path);
      assert.ok(file, `no built file for ${path}`);
      const { document } = new JSDOM(readFileSync(file, 'utf8')).window;
      const problems: string[] = [];
      for (const [id, notes] of Object.entries(componentNotes)) {
        const card = document.querySelector(`section[aria-labelledby="${id}"]`);
        if (!card) {
          problems.push(`${id}: no card`);
          continue;
        }
        const shown = [...card.querySelectorAll('dd')].map((dd) =>
          (dd.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        for (const aspect of aspects) {
          const text: Text | null = (notes as Record<string, Text | null>)[aspect] ?? null;
          if (!text) continue;
          const where = `${id}.${aspect} (${locale})`;
          const expected = visibleText(text[locale as Locale], where)
            .replace(/\s+/g, ' ')
            .trim();
          if (!shown.includes(expected)) problems.push(`${where}: not shown in the card`);
        }
        // People are not deployed or billed, so their notes have nothing to source.
        const isActor = components[id as keyof typeof components].kind === 'actor';
        const links = card.querySelectorAll('dd a[href^="https://"]').length;
        if (!isActor && links === 0) problems.push(`${id}: no source link in the card`);
      }
      assert.deepEqual(problems, []);
    });
  });
}
