/**
 * Loads pages of a built site in Chromium and measures, per page: time until every diagram is
 * visible, FCP, LCP, CLS, load; and every `.js` response until the diagrams are visible and the
 * network is idle: initial (referenced by the HTML), lazy (executed afterwards) or prefetched
 * (`<link rel=prefetch>` for linked pages: downloaded, not executed), raw and gzip bytes, and
 * whether it holds Mermaid code. One warm-up per page, then `runs` rounds in which every page of
 * every site is loaded once, interleaved, so that load from elsewhere on the machine hits the
 * project and the baseline alike. Each load is a fresh page with the HTTP cache disabled
 * (CDP Network.setCacheDisabled).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { initialScripts } from './html';
import type { PageSpec } from './options';
import { installProbe, type DiagramKind } from './probe';
import { resolveBuildFile } from '../e2e/support/server';
import { gzipSize, summarize, type Summary } from './stats';

export type JsKind = 'initial' | 'lazy' | 'prefetch';

export interface JsFile {
  readonly path: string;
  readonly kind: JsKind;
  readonly raw: number;
  readonly gzip: number;
  /** Bytes on the wire (gzip from the server), as Chromium reports them. */
  readonly wire: number | null;
  /** Which Mermaid markers the file holds (empty: none). */
  readonly mermaid: readonly string[];
  /** Downloads of the file during the load (2: prefetched, then fetched again to run). */
  readonly fetches: number;
}

export interface JsTotals {
  readonly files: number;
  readonly raw: number;
  readonly gzip: number;
}

export interface RunResult {
  readonly visibleMs: number | null;
  readonly diagramsAtEnd: number;
  readonly timedOut: boolean;
  readonly fcpMs: number | null;
  readonly lcpMs: number | null;
  readonly lcpElement: string | null;
  readonly cls: number;
  readonly shifts: readonly string[];
  readonly loadMs: number | null;
  readonly dclMs: number | null;
  readonly js: readonly JsFile[];
  readonly problems: readonly string[];
}

export interface PageResult {
  readonly site: string;
  readonly path: string;
  readonly expected: number;
  /** The page's HTML document, raw and gzip bytes (our diagrams are inlined in it). */
  readonly html: { readonly raw: number; readonly gzip: number };
  readonly visibleMs?: Summary;
  readonly fcpMs?: Summary;
  readonly lcpMs?: Summary;
  readonly cls?: Summary;
  readonly loadMs?: Summary;
  readonly timeouts: number;
  readonly diagramsAtEnd: readonly number[];
  readonly lcpElements: readonly string[];
  /** JS of the first measured run, one entry per file (the same files every run: `jsFileCounts`). */
  readonly js: {
    readonly initial: JsTotals;
    readonly lazy: JsTotals;
    readonly prefetch: JsTotals;
    /** initial + lazy: the JS the page runs. */
    readonly executed: JsTotals;
    readonly files: readonly JsFile[];
  };
  readonly jsFileCounts: readonly number[];
  /** Executed JS files holding Mermaid code, and prefetched ones. */
  readonly mermaidExecuted: readonly string[];
  readonly mermaidPrefetched: readonly string[];
  readonly shifts: readonly string[];
  readonly problems: readonly string[];
  readonly runs: readonly RunResult[];
}

/** One page of one built site. */
export interface Target {
  /** Which build: `ours`, `baseline webpack`, ... */
  readonly site: string;
  readonly origin: string;
  readonly buildDir: string;
  readonly kind: DiagramKind;
  readonly page: PageSpec;
}

/** Strings only Mermaid's own bundle holds (its flowchart renderer id, its icon-pack API). */
export const mermaidMarkers = ['flowchart-v2', 'registerIconPacks'] as const;

interface FileFacts {
  readonly raw: number;
  readonly gzip: number;
  readonly mermaid: readonly string[];
}

const factsCache = new Map<string, FileFacts>();

async function fileFacts(buildDir: string, request: Request): Promise<FileFacts> {
  const path = new URL(request.url()).pathname;
  const file = resolveBuildFile(buildDir, path);
  const key = file ?? request.url();
  let facts = factsCache.get(key);
  if (!facts) {
    const body =
      file && existsSync(file)
        ? readFileSync(file)
        : await request
            .response()
            .then((r) => r?.body())
            .catch(() => undefined);
    const buf = body ?? Buffer.alloc(0);
    const text = buf.toString('latin1');
    facts = {
      raw: buf.length,
      gzip: gzipSize(buf),
      mermaid: mermaidMarkers.filter((m) => text.includes(m)),
    };
    factsCache.set(key, facts);
  }
  return facts;
}

/** Resolves once no request has been in flight for `quietMs` (or after `maxMs`). */
function networkQuiet(page: Page): (quietMs?: number, maxMs?: number) => Promise<boolean> {
  let inFlight = 0;
  let lastChange = performance.now();
  const change = (delta: number) => () => {
    inFlight = Math.max(0, inFlight + delta);
    lastChange = performance.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  return async (quietMs = 500, maxMs = 15_000) => {
    const start = performance.now();
    while (performance.now() - start < maxMs) {
      if (inFlight === 0 && performance.now() - lastChange >= quietMs) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  };
}

async function loadOnce(
  context: BrowserContext,
  target: Target,
  expected: number,
  timeoutMs = 60_000,
): Promise<RunResult> {
  const { origin, buildDir, kind } = target;
  const path = target.page.path;
  const page = await context.newPage();
  const problems: string[] = [];
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(installProbe, { kind, expected });
    const finished: Request[] = [];
    const quiet = networkQuiet(page);
    page.on('requestfinished', (r) => finished.push(r));
    page.on('requestfailed', (r) => problems.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    });

    const url = origin + path;
    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    if (!response) throw new Error(`no response for ${url}`);
    const html = await response.text();
    let timedOut = false;
    if (expected > 0) {
      await page
        .waitForFunction(() => window.__bench?.visible != null, undefined, {
          timeout: timeoutMs,
          polling: 'raf',
        })
        .catch(() => {
          timedOut = true;
        });
    }
    if (!(await quiet())) problems.push('network never went quiet within 15 s');
    const m = await page.evaluate(() => {
      const probe = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return {
        visible: probe?.visible ?? null,
        count: probe?.countNow() ?? 0,
        fcp: probe?.fcp ?? null,
        lcp: probe?.lcp ?? null,
        lcpElement: probe?.lcpElement ?? null,
        cls: probe?.cls ?? 0,
        shifts: probe?.shifts ?? [],
        load: nav?.loadEventEnd ?? null,
        dcl: nav?.domContentLoadedEventEnd ?? null,
      };
    });

    // One entry per file. With the cache disabled, a chunk Docusaurus prefetched (the sidebar
    // links to the current page too) is downloaded again when it runs: it counts as run.
    const initial = initialScripts(html, url);
    const rank: Record<JsKind, number> = { initial: 0, lazy: 1, prefetch: 2 };
    const byPath = new Map<string, JsFile>();
    for (const request of finished) {
      const u = new URL(request.url());
      if (u.origin !== origin || !/\.m?js$/.test(u.pathname)) continue;
      const kind: JsKind = initial.has(u.href)
        ? 'initial'
        : request.resourceType() === 'script'
          ? 'lazy'
          : 'prefetch';
      const seen = byPath.get(u.pathname);
      if (seen) {
        byPath.set(u.pathname, {
          ...seen,
          kind: rank[kind] < rank[seen.kind] ? kind : seen.kind,
          fetches: seen.fetches + 1,
        });
        continue;
      }
      const facts = await fileFacts(buildDir, request);
      const sizes = await request.sizes().catch(() => undefined);
      byPath.set(u.pathname, {
        path: u.pathname,
        kind,
        ...facts,
        wire: sizes?.responseBodySize ?? null,
        fetches: 1,
      });
    }
    const js = [...byPath.values()];
    return {
      visibleMs: m.visible,
      diagramsAtEnd: m.count,
      timedOut,
      fcpMs: m.fcp,
      lcpMs: m.lcp,
      lcpElement: m.lcpElement,
      cls: m.cls,
      shifts: m.shifts,
      loadMs: m.load,
      dclMs: m.dcl,
      js,
      problems,
    };
  } finally {
    await page.close();
  }
}

const total = (files: readonly JsFile[]): JsTotals => ({
  files: files.length,
  raw: files.reduce((s, f) => s + f.raw, 0),
  gzip: files.reduce((s, f) => s + f.gzip, 0),
});

function aggregate(
  target: Target,
  expected: number,
  html: Buffer,
  runs: readonly RunResult[],
): PageResult {
  const first = runs[0]!;
  const executed = first.js.filter((f) => f.kind !== 'prefetch');
  const prefetched = first.js.filter((f) => f.kind === 'prefetch');
  return {
    site: target.site,
    path: target.page.path,
    expected,
    html: { raw: html.length, gzip: gzipSize(html) },
    visibleMs: summarize(runs.map((r) => r.visibleMs)),
    fcpMs: summarize(runs.map((r) => r.fcpMs)),
    lcpMs: summarize(runs.map((r) => r.lcpMs)),
    cls: summarize(runs.map((r) => r.cls)),
    loadMs: summarize(runs.map((r) => r.loadMs)),
    timeouts: runs.filter((r) => r.timedOut).length,
    diagramsAtEnd: runs.map((r) => r.diagramsAtEnd),
    lcpElements: [...new Set(runs.map((r) => r.lcpElement ?? '(none)'))],
    js: {
      initial: total(first.js.filter((f) => f.kind === 'initial')),
      lazy: total(first.js.filter((f) => f.kind === 'lazy')),
      prefetch: total(prefetched),
      executed: total(executed),
      files: first.js,
    },
    jsFileCounts: runs.map((r) => r.js.length),
    mermaidExecuted: executed.filter((f) => f.mermaid.length).map((f) => f.path),
    mermaidPrefetched: prefetched.filter((f) => f.mermaid.length).map((f) => f.path),
    shifts: [...new Set(runs.flatMap((r) => r.shifts))],
    problems: [...new Set(runs.flatMap((r) => r.problems))],
    runs,
  };
}

/**
 * Measures every target, interleaved: warm-ups first (server gzip cache, Chromium's code cache),
 * then round after round. Pages that do not state their diagram count get it from their HTML.
 */
export async function measurePages(
  context: BrowserContext,
  targets: readonly Target[],
  runs: number,
  expectedFromHtml: (html: string) => number,
  onRound?: (round: number) => void,
): Promise<PageResult[]> {
  const prepared = targets.map((target) => {
    const file = resolveBuildFile(target.buildDir, target.page.path);
    if (!file) throw new Error(`${target.page.path}: no such page in ${target.buildDir}`);
    const html = readFileSync(file);
    const expected = target.page.expected ?? expectedFromHtml(html.toString('utf8'));
    return { target, html, expected, runs: [] as RunResult[] };
  });
  for (const p of prepared) await loadOnce(context, p.target, p.expected);
  for (let round = 1; round <= runs; round++) {
    for (const p of prepared) p.runs.push(await loadOnce(context, p.target, p.expected));
    onRound?.(round);
  }
  return prepared.map((p) => aggregate(p.target, p.expected, p.html, p.runs));
}
