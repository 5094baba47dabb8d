import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { preloadFont } from '../../src/plugins/preload-font';

function site(fonts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'preload-font-'));
  mkdirSync(join(dir, 'assets/fonts'), { recursive: true });
  for (const f of fonts) writeFileSync(join(dir, 'assets/fonts', f), '');
  mkdirSync(join(dir, 'docs'), { recursive: true });
  mkdirSync(join(dir, 'en'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset=UTF-8></head></html>',
  );
  writeFileSync(join(dir, 'docs/index.html'), '<html><head></head></html>');
  writeFileSync(join(dir, 'en/index.html'), '<html><head></head></html>');
  return dir;
}

test('every page of the locale preloads the Latin font file, once', async () => {
  const dir = site(['inter-latin-wght-normal-abc123.woff2', 'inter-greek-wght-normal-def.woff2']);
  assert.equal(await preloadFont(dir, '/', ['en']), 2);
  assert.equal(await preloadFont(dir, '/', ['en']), 0, 'a second run adds nothing');
  const tag =
    '<link rel="preload" href="/assets/fonts/inter-latin-wght-normal-abc123.woff2" as="font" type="font/woff2" crossorigin>';
  assert.ok(
    readFileSync(join(dir, 'index.html'), 'utf8').startsWith(
      `<!doctype html><html><head>${tag}<meta`,
    ),
  );
  assert.ok(readFileSync(join(dir, 'docs/index.html'), 'utf8').includes(tag));
  assert.ok(!readFileSync(join(dir, 'en/index.html'), 'utf8').includes('preload'));
});

test('no font file, or an ambiguous one, fails the build naming the folder', async () => {
  await assert.rejects(preloadFont(site([]), '/'), /expected one .* found 0/);
  await assert.rejects(
    preloadFont(
      site(['inter-latin-wght-normal-a1.woff2', 'inter-latin-wght-normal-b2.woff2']),
      '/',
    ),
    /found 2/,
  );
});
