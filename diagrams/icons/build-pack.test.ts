import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { services, type Service } from '../model/services';
import { awsIconsDir, buildIconPack, svgToIcon } from './build-pack';
import { iconFiles, iconName } from './icon-map';

const dir = awsIconsDir();
const pack = buildIconPack((rel) => readFileSync(join(dir, rel), 'utf8'));
const serviceKeys = Object.keys(services) as Service[];

function idsOf(body: string): string[] {
  return [...body.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
}

test('every service has an icon file that exists in aws-icons', () => {
  for (const service of serviceKeys) {
    const file = iconFiles[service];
    assert.ok(file, `${service} has no icon`);
    assert.ok(existsSync(join(dir, file)), `${service}: ${file} is not in aws-icons`);
  }
});

test('the pack has exactly one icon per service', () => {
  assert.equal(pack.prefix, 'aws');
  assert.deepEqual(Object.keys(pack.icons).sort(), serviceKeys.map(iconName).sort());
});

test('icon bodies are bare SVG content with no tooltips and no shared ids', () => {
  const seen = new Map<string, string>();
  for (const [name, icon] of Object.entries(pack.icons)) {
    for (const banned of ['<title', '<desc', '<svg', '<?xml', '<!--', '<!DOCTYPE']) {
      assert.ok(!icon.body.includes(banned), `${name} contains ${banned}`);
    }
    assert.ok(icon.width > 0 && icon.height > 0, `${name} has no size`);
    for (const id of idsOf(icon.body)) {
      assert.ok(!seen.has(id), `id ${id} is in both ${seen.get(id)} and ${name}`);
      seen.set(id, name);
    }
  }
});

test('ids and every kind of reference to them are namespaced by icon name', () => {
  const fixture = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- exported by a drawing tool -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" fill="none" viewBox="0 0 40 30">
  <title>Tooltip</title><desc>Description</desc>
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient>
    <clipPath id="g2"><path d="M0 0h40v30H0z"/></clipPath>
  </defs>
  <g clip-path="url(#g2)"><path id="p" fill="url(#g)" d="M0 0h1v1z"/></g>
  <use href="#p"/><use xlink:href="#p"/><a href="#">unrelated anchor</a>
</svg>`;
  const icon = svgToIcon(fixture, 'demo');
  assert.equal(icon.width, 40);
  assert.equal(icon.height, 30);
  assert.deepEqual(idsOf(icon.body), ['demo-g', 'demo-g2', 'demo-p']);
  assert.match(icon.body, /fill="url\(#demo-g\)"/);
  assert.match(icon.body, /clip-path="url\(#demo-g2\)"/);
  assert.match(icon.body, /<use href="#demo-p"\/>/);
  assert.match(icon.body, /<use xlink:href="#demo-p"\/>/);
  assert.match(icon.body, /<a href="#">/, 'references to ids the icon does not define are kept');
  assert.doesNotMatch(icon.body, /#(g|g2|p)\b[")]/);
  assert.ok(icon.body.startsWith('<g fill="none">'), 'inherited root paint is kept on a wrapper');
  for (const gone of ['<title', '<desc', '<?xml', '<!DOCTYPE', '<!--', '<svg', 'xmlns']) {
    assert.ok(!icon.body.includes(gone), `fixture body still contains ${gone}`);
  }
});

test('a viewBox not at the origin becomes left/top offsets', () => {
  const icon = svgToIcon('<svg viewBox="-2 4 20 10"><path d="M0 0"/></svg>', 'offset');
  assert.deepEqual(icon, { body: '<path d="M0 0"/>', width: 20, height: 10, left: -2, top: 4 });
});

test('the build is deterministic and the pack stays small', () => {
  const json = JSON.stringify(pack);
  assert.equal(JSON.stringify(buildIconPack((rel) => readFileSync(join(dir, rel), 'utf8'))), json);
  const bytes = Buffer.byteLength(json);
  console.log(`aws icon pack: ${Object.keys(pack.icons).length} icons, ${bytes} bytes`);
  assert.ok(bytes < 120 * 1024, `pack is ${bytes} bytes, over the 120 KiB budget`);
});
