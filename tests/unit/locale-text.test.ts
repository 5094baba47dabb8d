import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pruneOtherLocale } from '../../src/plugins/locale-text/prune.cjs';
import { prunedFiles } from '../../src/plugins/locale-text';

const sample = [
  "import { l } from '../text';",
  'const link = (s: string) => s;',
  'export const notes = {',
  "  why: l('por quê', 'why'),",
  '  how: l(',
  '    `usa ${link("a, b")} e (parênteses)`,',
  '    `uses ${link("a, b")} and (parentheses)`,',
  '  ),',
  "  other: f('x', 'y'),",
  '};',
].join('\n');

test('pt-BR keeps the first argument of l() and empties the second', () => {
  const out = pruneOtherLocale(sample, 'pt-BR', 'sample.ts');
  assert.match(out, /l\('por quê', ''\)/);
  assert.match(out, /`usa \$\{link\("a, b"\)\} e \(parênteses\)`,\n {4}'',/);
  assert.doesNotMatch(out, /'why'|uses|parentheses/);
  assert.match(out, /f\('x', 'y'\)/, 'other calls are left alone');
});

test('en keeps the second argument and empties the first', () => {
  const out = pruneOtherLocale(sample, 'en', 'sample.ts');
  assert.match(out, /l\('', 'why'\)/);
  assert.doesNotMatch(out, /por quê|usa |parênteses/);
  assert.match(out, /uses \$\{link\("a, b"\)\} and/);
});

test('an unknown locale is refused by name', () => {
  assert.throws(() => pruneOtherLocale(sample, 'fr' as 'en', 'notes/x.ts'), /"fr".*notes\/x\.ts/);
});

test('the model files with prose are pruned, each keeping every l() call once per locale', () => {
  const model = join(import.meta.dirname, '../../diagrams/model');
  const notes = join(model, 'component-notes');
  const sources = [
    ...['components', 'connections', 'flows', 'views', 'state-machine'].map((name) =>
      join(model, `${name}.ts`),
    ),
    ...readdirSync(notes)
      .filter((name) => name.endsWith('.ts') && !name.includes('.test'))
      .map((name) => join(notes, name)),
  ];
  for (const path of sources) {
    assert.match(path, prunedFiles, `${path} is not covered by the loader's rule`);
    const source = readFileSync(path, 'utf8');
    if (!/\bl\(/.test(source)) continue;
    const pt = pruneOtherLocale(source, 'pt-BR', path);
    const en = pruneOtherLocale(source, 'en', path);
    assert.ok(pt.length < source.length && en.length < source.length, `${path}: nothing pruned`);
    // Both halves together are the whole prose: nothing is lost, only split.
    assert.ok(pt.length + en.length > source.length, path);
  }
});

test('requirements keep both languages: their quotes are shown side by side', () => {
  assert.doesNotMatch(join('diagrams', 'model', 'requirements.ts'), prunedFiles);
  assert.doesNotMatch(join('diagrams', 'model', 'text.ts'), prunedFiles);
});
