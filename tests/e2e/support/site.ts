/**
 * The built site on a local server and one Chromium for a test file: started before the file's
 * first test, closed after its last. Register it at the top level of the file.
 */
import { after, before } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './browser';
import { startServer, type StaticServer } from './server';

export interface SiteUnderTest {
  /** `http://127.0.0.1:<port>` of the static server. */
  readonly origin: string;
  /** The browser context every page of the file opens in. */
  readonly context: BrowserContext;
}

export function siteUnderTest(): SiteUnderTest {
  let server: StaticServer | undefined;
  let browser: BrowserSession | undefined;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} used before the file's before() hook ran`);
    return value;
  };
  return {
    get origin() {
      return started(server, 'the static server').origin;
    },
    get context() {
      return started(browser, 'the browser').context;
    },
  };
}
