import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

// npm runs tests from the package root.
const root = process.cwd();
const ptBR = join(root, 'docs');
const en = join(root, 'i18n/en/docusaurus-plugin-content-docs/current');

function docs(base: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(base, path)];
    });
  return walk(base)
    .filter((f) => /\.(mdx?|json)$/.test(f))
    .sort();
}

test('both locales have the same docs, category files included', () => {
  assert.deepEqual(docs(en), docs(ptBR));
  assert.ok(docs(ptBR).length > 0);
});

/** Headings, diagrams and front-matter keys must line up, so the two pages say the same thing. */
function skeleton(text: string) {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return {
    frontMatterKeys: frontMatter
      .split('\n')
      .map((line) => /^(\w+):/.exec(line)?.[1])
      .filter(Boolean),
    headingLevels: [...text.matchAll(/^(#{2,6}) /gm)].map((m) => m[1]),
    diagrams: [...text.matchAll(/<TopologyDiagram view="([^"]+)"/g)].map((m) => m[1]),
    components: [...text.matchAll(/<([A-Z]\w+)/g)].map((m) => m[1]),
    admonitions: [...text.matchAll(/^:::(\w+)/gm)].map((m) => m[1]),
  };
}

test('each translated doc has the same structure as its pt-BR original', () => {
  for (const file of docs(ptBR).filter((f) => /\.mdx?$/.test(f))) {
    const original = skeleton(readFileSync(join(ptBR, file), 'utf8'));
    const translation = skeleton(readFileSync(join(en, file), 'utf8'));
    assert.deepEqual(translation, original, `${file}: the en page differs in structure`);
  }
});

test('translated category labels are really translated files, not copies', () => {
  for (const file of docs(ptBR).filter((f) => f.endsWith('_category_.json'))) {
    const a = JSON.parse(readFileSync(join(ptBR, file), 'utf8')) as { position?: number };
    const b = JSON.parse(readFileSync(join(en, file), 'utf8')) as { position?: number };
    assert.equal(b.position, a.position, `${file}: positions differ`);
  }
});
