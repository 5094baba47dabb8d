/**
 * Structure of the production build, no browser needed: diagrams arrive as SVG inside the HTML,
 * and no JavaScript the site ships contains Mermaid.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildDir } from './support/paths';
import { resolveBuildFile } from './support/server';
import { sitePages } from './support/sitemap';

function files(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

/** Strings only Mermaid's own code contains (its renderer registry and icon API). */
const mermaidMarkers = ['registerIconPacks', 'flowchart-v2', 'sequenceDiagram'];

function pageHtml(path: string): string {
  const file = resolveBuildFile(buildDir, path);
  assert.ok(file, `no built file for ${path}`);
  return readFileSync(file, 'utf8');
}

test('every diagram placeholder of every page holds its light SVG in the HTML', () => {
  let figures = 0;
  for (const { path } of sitePages()) {
    const html = pageHtml(path);
    const holders = [
      ...html.matchAll(
        /class="?topology-diagram__mode topology-diagram__mode--light"?[^>]*>(.{0,5})/g,
      ),
    ];
    figures += holders.length;
    for (const [, start] of holders)
      assert.equal(start, '<svg ', `${path}: a diagram holder is empty in the HTML`);
  }
  assert.ok(figures >= 20, `expected the site's diagrams in the HTML, found ${figures}`);
});

test('no JavaScript in the build contains Mermaid: every diagram was drawn at build time', () => {
  const offenders = files(buildDir, '.js').filter((file) => {
    const text = readFileSync(file, 'utf8');
    return mermaidMarkers.filter((m) => text.includes(m)).length >= 2;
  });
  assert.deepEqual(offenders, []);
});

test('a page without diagrams references no diagram code and no SVG', () => {
  for (const path of ['/docs/reference/policies', '/en/docs/reference/policies']) {
    const html = pageHtml(path);
    assert.doesNotMatch(html, /topology-diagram__mode/, `${path} has a diagram`);
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+\.js)/g)].map((m) => m[1] ?? '');
    assert.ok(scripts.length > 0, `${path} loads no script at all`);
    for (const src of scripts) {
      const file = resolveBuildFile(buildDir, src);
      assert.ok(file, `${path}: script ${src} is not in the build`);
      const text = readFileSync(file, 'utf8');
      for (const marker of mermaidMarkers)
        assert.ok(!text.includes(marker), `${path}: ${src} contains "${marker}"`);
    }
  }
});

test('inlined diagrams carry their node links, localized, written at build time', () => {
  for (const prefix of ['', '/en']) {
    const path = `${prefix}/docs/architecture/overview`;
    const html = pageHtml(path);
    const links = [...html.matchAll(/<a href="([^"]+)" data-component-link="([^"]+)"/g)];
    assert.ok(links.length >= 20, `${path}: ${links.length} node links in the inlined SVGs`);
    for (const [, href, node] of links)
      assert.match(
        href ?? '',
        new RegExp(`^${prefix}/docs/reference/components#\\w+$`),
        `${path}: link of ${node}`,
      );
    assert.ok(
      html.includes(
        `<a href="${prefix}/docs/reference/components#auroraWriter" data-component-link="auroraWriter"`,
      ),
      `${path}: no link on the auroraWriter node`,
    );
  }
  for (const { path } of sitePages())
    assert.doesNotMatch(pageHtml(path), /data-svg-links/, `${path}: placeholder links left over`);
});

test("each locale's JavaScript carries its own component notes and not the other locale's", async () => {
  const { componentNotes } = await import('../../diagrams/model/component-notes');
  // The bundler escapes non-ASCII characters, so compare the longest run of plain letters.
  const plain = (text: string) =>
    (text.match(/[A-Za-z ]{20,}/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  const note = componentNotes.auroraWriter.why;
  const why = { 'pt-BR': plain(note['pt-BR']), en: plain(note.en) };
  assert.ok(why['pt-BR'].length >= 20 && why.en.length >= 20, 'no plain run to look for');
  const js = (prefix: string) =>
    files(join(buildDir, prefix, 'assets/js'), '.js').map((file) => readFileSync(file, 'utf8'));
  const pt = js('');
  const en = js('en');
  const holds = (texts: string[], s: string) => texts.some((text) => text.includes(s));
  assert.ok(holds(pt, why['pt-BR']), 'the pt-BR build lacks its own note');
  assert.ok(!holds(pt, why.en), 'the pt-BR build ships the English note');
  assert.ok(holds(en, why.en), 'the en build lacks its own note');
  assert.ok(!holds(en, why['pt-BR']), 'the en build ships the Portuguese note');
});
