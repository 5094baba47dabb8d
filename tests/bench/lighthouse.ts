/**
 * Lighthouse 12.8.2 CLI (`npx --yes lighthouse@12.8.2`; 13.x needs Node 22) on one URL, mobile
 * (the default: Moto G Power emulation, 4x CPU slowdown, slow 4G) and desktop presets, median of
 * runs (the caller interleaves the runs of the pages it compares). Keeps each JSON report and pulls out what explains the score: the LCP element and its
 * phases, the scripts that keep the main thread busy, the layout shifts and failing audits.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromiumArgs, chromiumPath } from '../../diagrams/prerender/chromium';
import { summarize, type Summary } from './stats';

export const lighthouseVersion = '12.8.2';
export type Preset = 'mobile' | 'desktop';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  readonly report: string;
  readonly error?: string;
  readonly performance?: number;
  readonly accessibility?: number;
  readonly bestPractices?: number;
  readonly seo?: number;
  readonly fcpMs?: number;
  readonly lcpMs?: number;
  readonly tbtMs?: number;
  readonly cls?: number;
  readonly speedIndexMs?: number;
  readonly totalBytes?: number;
  readonly lcpElement?: string;
  readonly lcpPhases?: Readonly<Record<string, number>>;
  /** Scripts by main-thread time (bootup-time audit), ms. */
  readonly bootup?: readonly { url: string; totalMs: number; scriptingMs: number }[];
  readonly longTasks?: readonly { url: string; startMs: number; durationMs: number }[];
  readonly layoutShifts?: readonly { node: string; score: number }[];
  /** Audits below 1 that weigh in a category's score. */
  readonly failing?: readonly string[];
}

export interface LighthouseResult {
  readonly url: string;
  readonly preset: Preset;
  readonly runs: readonly LighthouseRun[];
  readonly summary: Readonly<Record<string, Summary | undefined>>;
}

interface Audit {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly scoreDisplayMode: string;
  readonly numericValue?: number;
  readonly details?: {
    readonly type?: string;
    readonly items?: readonly Record<string, unknown>[];
  };
}
interface Report {
  readonly categories: Record<
    string,
    { readonly score: number | null; readonly auditRefs: readonly { id: string; weight: number }[] }
  >;
  readonly audits: Record<string, Audit>;
  readonly runtimeError?: { code: string; message: string };
}

const num = (x: unknown): number => (typeof x === 'number' ? x : 0);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');

function runCli(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    // Asynchronous: the static server lives in this process and must keep answering.
    const child = spawn('npx', ['--yes', `lighthouse@${lighthouseVersion}`, ...args], {
      env: { ...process.env, CHROME_PATH: chromiumPath },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-20_000);
    });
    child.once('error', reject);
    child.once('close', (code) => resolveRun({ code, stderr }));
  });
}

/** Installs the CLI into npx's cache up front, so the first measured run is not slowed by it. */
export async function prepareLighthouse(): Promise<string> {
  const { code, stderr } = await runCli(['--version']);
  if (code !== 0) throw new Error(`npx lighthouse@${lighthouseVersion} failed:\n${stderr}`);
  return lighthouseVersion;
}

function readRun(report: string): LighthouseRun {
  const lhr = JSON.parse(readFileSync(report, 'utf8')) as Report;
  if (lhr.runtimeError)
    return { report, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    return s == null ? undefined : Math.round(s * 100);
  };
  const audit = (id: string): Audit | undefined => lhr.audits[id];
  const value = (id: string) => audit(id)?.numericValue;

  // largest-contentful-paint-element: a list of two tables, the element and the LCP phases.
  const lcpTables = (audit('largest-contentful-paint-element')?.details?.items ?? []) as {
    items?: Record<string, unknown>[];
  }[];
  const lcpNode = lcpTables[0]?.items?.[0]?.node as Record<string, unknown> | undefined;
  const lcpPhases = Object.fromEntries(
    (lcpTables[1]?.items ?? []).map((p) => [str(p.phase), Math.round(num(p.timing))]),
  );
  const node = (n: unknown): string => {
    const o = (n ?? {}) as Record<string, unknown>;
    return `${str(o.selector)} ${str(o.snippet).slice(0, 160)}`.trim();
  };

  const failing = Object.entries(lhr.categories).flatMap(([category, c]) =>
    c.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a): a is Audit => !!a && a.score !== null && a.score < 1)
      .map((a) => `${category}/${a.id} (${a.score})`),
  );
  return {
    report,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    speedIndexMs: value('speed-index'),
    totalBytes: value('total-byte-weight'),
    lcpElement: lcpNode ? node(lcpNode) : undefined,
    lcpPhases,
    bootup: (audit('bootup-time')?.details?.items ?? []).slice(0, 6).map((i) => ({
      url: str(i.url),
      totalMs: Math.round(num(i.total)),
      scriptingMs: Math.round(num(i.scripting)),
    })),
    longTasks: (audit('long-tasks')?.details?.items ?? []).slice(0, 8).map((i) => ({
      url: str(i.url),
      startMs: Math.round(num(i.startTime)),
      durationMs: Math.round(num(i.duration)),
    })),
    layoutShifts: (audit('layout-shifts')?.details?.items ?? []).slice(0, 5).map((i) => ({
      node: node(i.node),
      score: num(i.score),
    })),
    failing,
  };
}

/** One Lighthouse run; the JSON report is kept at `report`. */
export async function lighthouseRun(
  url: string,
  preset: Preset,
  report: string,
): Promise<LighthouseRun> {
  mkdirSync(dirname(report), { recursive: true });
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${report}`,
    `--only-categories=${categories.join(',')}`,
    // chrome-launcher adds a fresh --user-data-dir of its own.
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { code, stderr } = await runCli(args);
  if (code !== 0 || !existsSync(report))
    return { report, error: `exit ${code}: ${stderr.slice(-1500)}` };
  return readRun(report);
}

const summaryKeys = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'fcpMs',
  'lcpMs',
  'tbtMs',
  'cls',
  'speedIndexMs',
  'totalBytes',
] as const;

/** Median (min–max) of each score and metric over the runs that did not fail. */
export function summarizeLighthouse(
  url: string,
  preset: Preset,
  runs: readonly LighthouseRun[],
): LighthouseResult {
  const ok = runs.filter((r) => !r.error);
  const summary = Object.fromEntries(summaryKeys.map((k) => [k, summarize(ok.map((r) => r[k]))]));
  return { url, preset, runs, summary };
}
