/**
 * Builds the `aws` Iconify icon pack that Mermaid's icon shapes (`node@{ icon: "aws:s3" }`) use,
 * from the official AWS Architecture Icons shipped by the `aws-icons` package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Service } from '../model/services';
import { iconFiles, iconName } from './icon-map';

export interface IconifyIcon {
  body: string;
  width: number;
  height: number;
  left?: number;
  top?: number;
}

/** The subset of Iconify's `IconifyJSON` that the pack uses. */
export interface IconPack {
  prefix: 'aws';
  width: number;
  height: number;
  icons: Record<string, IconifyIcon>;
}

// The architecture-service size; every icon also carries its own size, so this is only a default.
const defaultSize = 64;

// Root attributes that describe the document rather than how its content is painted.
const documentAttributes = new Set(['viewBox', 'width', 'height', 'version', 'x', 'y', 'id']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function parseAttributes(source: string): [string, string][] {
  return [...source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(
    ([, key = '', double, single]) => [key, double ?? single ?? ''],
  );
}

function parseViewBox(viewBox: string, name: string): [number, number, number, number] {
  const box = viewBox
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [left = NaN, top = NaN, width = NaN, height = NaN] = box;
  if (box.length !== 4 || !box.every(Number.isFinite) || width <= 0 || height <= 0) {
    throw new Error(`${name}: missing or invalid viewBox "${viewBox}"`);
  }
  return [left, top, width, height];
}

/**
 * Prefixes every id the icon defines, and every reference to one, with the icon name: one page
 * (or one diagram) holds many icons, and a shared id would make one icon paint with another's
 * gradient or clip path.
 */
function namespaceIds(body: string, name: string): string {
  const ids = [...body.matchAll(/\sid\s*=\s*(["'])(.*?)\1/g)].map(([, , id = '']) => id);
  if (ids.length === 0) return body;
  const alternatives = [...new Set(ids)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const renamed = (id: string) => `${name}-${id}`;
  return body
    .replace(
      new RegExp(`(\\sid\\s*=\\s*)(["'])(${alternatives})\\2`, 'g'),
      (_m, lead: string, q: string, id: string) => `${lead}${q}${renamed(id)}${q}`,
    )
    .replace(
      new RegExp(`url\\(\\s*(["']?)#(${alternatives})\\1\\s*\\)`, 'g'),
      (_m, q: string, id: string) => `url(${q}#${renamed(id)}${q})`,
    )
    .replace(
      new RegExp(`(\\s(?:xlink:)?href\\s*=\\s*)(["'])#(${alternatives})\\2`, 'g'),
      (_m, lead: string, q: string, id: string) => `${lead}${q}#${renamed(id)}${q}`,
    );
}

/** Converts one SVG document into an Iconify icon whose ids are namespaced by `name`. */
export function svgToIcon(svg: string, name: string): IconifyIcon {
  const cleaned = svg
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    // Browsers show <title> and <desc> as tooltips, which would repeat (or contradict) the label.
    .replace(/<(title|desc)\b[^>]*\/>/g, '')
    .replace(/<(title|desc)\b[^>]*>[\s\S]*?<\/\1\s*>/g, '')
    .trim();
  const root = /^<svg\b([^>]*)>([\s\S]*)<\/svg\s*>$/.exec(cleaned);
  if (!root) throw new Error(`${name}: not a single <svg> element`);
  const [, rootAttributes = '', content = ''] = root;
  const attributes = parseAttributes(rootAttributes);

  const viewBox = attributes.find(([key]) => key === 'viewBox')?.[1] ?? '';
  const [left, top, width, height] = parseViewBox(viewBox, name);

  // Some icons paint with inherited root attributes (e.g. fill="none"); keep them on a wrapper.
  const paint = attributes.filter(
    ([key]) => !documentAttributes.has(key) && key !== 'xmlns' && !key.startsWith('xmlns:'),
  );
  let body = content.trim();
  if (paint.length > 0) {
    const wrapper = paint.map(([key, value]) => `${key}="${value.replace(/"/g, '&quot;')}"`);
    body = `<g ${wrapper.join(' ')}>${body}</g>`;
  }

  const icon: IconifyIcon = { body: namespaceIds(body, name), width, height };
  if (left !== 0) icon.left = left;
  if (top !== 0) icon.top = top;
  return icon;
}

/** The pack, one icon per service, in a stable key order so the output is byte-reproducible. */
export function buildIconPack(readSvg: (relPath: string) => string): IconPack {
  const icons: Record<string, IconifyIcon> = {};
  const entries = Object.entries(iconFiles) as [Service, string][];
  for (const [service, file] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const name = iconName(service);
    icons[name] = svgToIcon(readSvg(file), name);
  }
  return { prefix: 'aws', width: defaultSize, height: defaultSize, icons };
}

/** Directory the `iconFiles` paths are relative to, wherever npm placed the package. */
export function awsIconsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('aws-icons/package.json')), 'icons');
}

/** Writes the pack as JSON and returns its size in bytes. */
export function writeIconPack(outFile: string): number {
  const dir = awsIconsDir();
  const json = `${JSON.stringify(buildIconPack((rel) => readFileSync(join(dir, rel), 'utf8')))}\n`;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  return Buffer.byteLength(json);
}
