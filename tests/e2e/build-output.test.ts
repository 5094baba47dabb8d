/**
 * Structure of the production build, no browser needed: diagrams arrive as SVG inside the HTML,
 * and no JavaScript the site ships contains Mermaid.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { componentNotes } from '../../diagrams/model/component-notes';
import { model } from '../../diagrams/model/index';
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

const localeJs = (prefix: string) =>
  files(join(buildDir, prefix, 'assets/js'), '.js').map((file) => readFileSync(file, 'utf8'));
const anyHolds = (texts: string[], s: string) => texts.some((text) => text.includes(s));

test("each locale's JavaScript carries the model's labels in its own language only", () => {
  const label = model.components.scientist.label;
  const pt = localeJs('');
  const en = localeJs('en');
  assert.ok(anyHolds(pt, label['pt-BR']), 'the pt-BR build lacks its own label');
  assert.ok(!anyHolds(pt, label.en), 'the pt-BR build ships the English label');
  assert.ok(anyHolds(en, label.en), 'the en build lacks its own label');
  assert.ok(!anyHolds(en, label['pt-BR']), 'the en build ships the Portuguese label');
});

test('the component reference is HTML only: its notes are in the page, in no JavaScript', () => {
  // The bundler escapes non-ASCII characters, so look for the longest run of plain letters.
  const plain = (text: string) =>
    (text.match(/[A-Za-z ]{35,}/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  const js = [...localeJs(''), ...localeJs('en')];
  let checked = 0;
  for (const [prefix, locale] of [
    ['', 'pt-BR'],
    ['/en', 'en'],
  ] as const) {
    const html = pageHtml(`${prefix}/docs/reference/components`);
    for (const [id, notes] of Object.entries(componentNotes)) {
      const run = plain(notes.why[locale]);
      if (run.length < 35) continue;
      checked += 1;
      assert.ok(html.includes(run), `${prefix}/docs/reference/components lacks the note of ${id}`);
      assert.ok(!anyHolds(js, run), `the note of ${id} (${locale}) is shipped as JavaScript`);
    }
  }
  assert.ok(checked >= 40, `only ${checked} notes had a distinctive run of text to look for`);
});
