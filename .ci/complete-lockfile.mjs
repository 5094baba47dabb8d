#!/usr/bin/env node
// npm 11.19 leaves @swc/html's per-platform optional packages out of package-lock.json when
// the registry lacks them at @swc/html's exact version, then its own `npm ci` rejects the lock
// ("Missing: @swc/html-darwin-arm64 ... from lock file"). Run this after every `npm install`:
// it adds the missing entries, mirroring cpu/os/libc from the matching @swc/core-<platform>
// entry. No integrity is recorded; npm only fetches them on their own platform.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const html = packages['node_modules/@swc/html'];
if (!html) process.exit(0);

const added = [];
for (const [dep, version] of Object.entries(html.optionalDependencies ?? {})) {
  const key = `node_modules/${dep}`;
  if (packages[key]) continue;
  const core = packages[`node_modules/@swc/core-${dep.split('/html-')[1]}`];
  if (!core) throw new Error(`no @swc/core entry to mirror for ${dep}`);
  packages[key] = {
    version,
    ...(core.cpu ? { cpu: core.cpu } : {}),
    ...(core.libc ? { libc: core.libc } : {}),
    license: 'Apache-2.0 AND MIT',
    optional: true,
    os: core.os,
    engines: { node: '>=10' },
  };
  added.push(dep);
}

// Keep npm's sorted key order so later installs produce small diffs.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.join(', ')}` : 'lockfile already complete');
