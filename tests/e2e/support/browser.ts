/**
 * One headless Chromium per test file (the launcher the prerender uses), with downloads on and
 * every request to a host other than 127.0.0.1 refused: the site must work offline.
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../../../diagrams/prerender/chromium';

export interface BrowserSession {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const session = await launchChromium({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  try {
    // Refused requests are reported by watchPage.
    await session.context.route(
      (url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1',
      (route) => route.abort('blockedbyclient'),
    );
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}
