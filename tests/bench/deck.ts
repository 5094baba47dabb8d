/**
 * The decks, opened cold in Chromium (HTTP cache off): ms from navigation until the first
 * slide is on screen, and until the first slide that holds a diagram shows it as an SVG.
 *
 * - ours (`/slides`): the title slide once reveal.js reports `data-deck-state="ready"`; the
 *   diagram slide opened directly by its hash (`/slides#/<id>`), until its figure is
 *   `rendered` with an SVG of non-zero size.
 * - the vanilla reveal.js + Mermaid deck (the shared baseline's `deck/`, built with vite):
 *   it renders every diagram before initialising reveal.js, so its `window.__deck.t.ready`
 *   is both its first slide and its diagram slide.
 * Runs are interleaved, like the pages'.
 */
import type { BrowserContext } from 'playwright-core';
import { summarize, type Summary } from './stats';

export interface DeckResult {
  readonly site: 'ours' | 'baseline';
  readonly url: string;
  readonly firstSlideMs?: Summary;
  readonly diagramSlideMs?: Summary;
  readonly problems: readonly string[];
}

type Measure = (context: BrowserContext) => Promise<{ ms: number | null; problem?: string }>;

async function timed(
  context: BrowserContext,
  url: string,
  ready: string,
  timeoutMs = 60_000,
): Promise<{ ms: number | null; problem?: string }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    // Checked every frame: the time is the first painted frame where the condition holds.
    const ms = await page
      .waitForFunction(`(() => (${ready}) ? performance.now() : null)()`, undefined, {
        polling: 'raf',
        timeout: timeoutMs,
      })
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    return {
      ms,
      problem:
        ms === null
          ? `${url}: not ready after ${timeoutMs / 1000} s`
          : errors.length
            ? `${url}: ${errors.join('; ')}`
            : undefined,
    };
  } finally {
    await page.close();
  }
}

const visibleSvg = (scope: string) =>
  `[...document.querySelectorAll(${JSON.stringify(`${scope} svg`)})].some((s) => { const b = s.getBoundingClientRect(); return b.width > 0 && b.height > 0; })`;

export async function measureDecks(
  context: BrowserContext,
  ours: { origin: string; diagramSlide: string },
  baselineOrigin: string | undefined,
  runs: number,
): Promise<DeckResult[]> {
  const oursUrl = `${ours.origin}/slides`;
  const diagramUrl = `${oursUrl}#/${ours.diagramSlide}`;
  const measures: { key: string; measure: Measure }[] = [
    {
      key: 'ours first',
      measure: (c) =>
        timed(
          c,
          oursUrl,
          `document.querySelector('[data-deck-state="ready"] section.present h1, [data-deck-state="ready"] section.present h2') !== null`,
        ),
    },
    {
      key: 'ours diagram',
      measure: (c) =>
        timed(
          c,
          diagramUrl,
          `document.querySelector('section.present figure.deck-diagram[data-state="rendered"]') !== null && ${visibleSvg('section.present figure.deck-diagram')}`,
        ),
    },
    ...(baselineOrigin
      ? [
          {
            key: 'baseline',
            measure: (c: BrowserContext) =>
              timed(
                c,
                `${baselineOrigin}/`,
                `window.__deck?.ready === true && ${visibleSvg('.mermaid-rendered')}`,
              ),
          },
        ]
      : []),
  ];
  const times = new Map<string, (number | null)[]>(measures.map((m) => [m.key, []]));
  const problems = new Map<string, string[]>(measures.map((m) => [m.key, []]));
  for (const m of measures) await m.measure(context); // warm-up (server caches, code cache)
  for (let round = 0; round < runs; round++) {
    for (const m of measures) {
      const r = await m.measure(context);
      times.get(m.key)?.push(r.ms);
      if (r.problem) problems.get(m.key)?.push(r.problem);
    }
  }
  const results: DeckResult[] = [
    {
      site: 'ours',
      url: oursUrl,
      firstSlideMs: summarize(times.get('ours first') ?? []),
      diagramSlideMs: summarize(times.get('ours diagram') ?? []),
      problems: [
        ...new Set([
          ...(problems.get('ours first') ?? []),
          ...(problems.get('ours diagram') ?? []),
        ]),
      ],
    },
  ];
  if (baselineOrigin) {
    const t = summarize(times.get('baseline') ?? []);
    results.push({
      site: 'baseline',
      url: `${baselineOrigin}/`,
      firstSlideMs: t,
      diagramSlideMs: t,
      problems: [...new Set(problems.get('baseline') ?? [])],
    });
  }
  return results;
}
