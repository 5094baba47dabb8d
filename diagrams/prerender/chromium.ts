/**
 * Headless Debian Chromium through playwright-core, as used by the build-time prerender and the
 * browser tests. CHROMIUM_PATH points elsewhere (e.g. Chrome on a laptop); nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath);
}

export interface ChromiumSession {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile per launch, removed on close. */
export async function launchChromium(
  options: BrowserContextOptions = {},
): Promise<ChromiumSession> {
  if (!chromiumAvailable()) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install chromium) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'espectro-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      ...options,
    });
    // tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`;
    // callbacks handed to page.evaluate run in the page, where that helper must exist too.
    await context.addInitScript('globalThis.__name ??= (fn) => fn;');
    return {
      context,
      async close() {
        try {
          await context.close();
        } finally {
          await rm(userDataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
