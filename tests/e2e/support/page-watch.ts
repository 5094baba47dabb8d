/**
 * Records what must never happen while a page is open: console errors, uncaught exceptions,
 * failed or 4xx/5xx requests to the local server, and any request to another host (the site
 * must work offline).
 */
import type { Page } from 'playwright-core';

export interface PageWatch {
  /** One line per problem seen so far. */
  problems(): string[];
}

function isLocal(url: URL, origin: URL): boolean {
  return url.hostname === origin.hostname;
}

export function watchPage(page: Page, origin: string): PageWatch {
  const local = new URL(origin);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url ? ` (at ${message.location().url})` : '';
    problems.push(`console error: ${message.text()}${where}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`uncaught exception: ${error.stack ?? error.message}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!/^(https?|wss?):$/.test(url.protocol) || isLocal(url, local)) return;
    problems.push(
      `request to an outside host (the site must work offline): ${request.method()} ${url.href}`,
    );
  });
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol) || !isLocal(url, local)) return;
    const reason = request.failure()?.errorText ?? 'unknown error';
    // The browser cancels in-flight prefetches when the test reloads or navigates; a missing
    // asset shows up as an HTTP 4xx below, not as an abort.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${url.pathname} (${reason})`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!isLocal(url, local) || response.status() < 400) return;
    problems.push(`HTTP ${response.status()} for ${response.request().method()} ${url.pathname}`);
  });
  return { problems: () => [...problems] };
}
