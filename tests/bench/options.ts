/** Command-line options of `npm run bench`. */
import { resolve } from 'node:path';
import { deck } from '../../slides/deck';

function firstDiagramSlide(): string {
  const slide = deck.find((s) => 'diagram' in s && s.diagram);
  if (!slide) throw new Error('the deck (slides/deck.ts) has no slide with a diagram to time');
  return slide.id;
}

export interface PageSpec {
  /** URL path, locale prefix included (`/en/docs/intro`). */
  readonly path: string;
  /** Diagrams expected on the page; undefined = derive it from the page's HTML. */
  readonly expected?: number;
}

export interface BenchOptions {
  /** The project's site directory (built in place: never point this at a shared checkout). */
  readonly site: string;
  /** A vanilla Docusaurus + theme-mermaid site (../shared/bench/baseline/setup-site.sh). */
  readonly baseline?: string;
  /** Where the baseline's webpack and faster builds are kept (`<dir>-webpack`, `<dir>-faster`). */
  readonly baselineKeep: string;
  /** The vanilla reveal.js + Mermaid deck, built (`dist/` inside), or undefined to skip it. */
  readonly baselineDeck?: string;
  /** Measured page loads per page, after one warm-up. */
  readonly runs: number;
  /** Lighthouse runs per page and preset. */
  readonly lighthouseRuns: number;
  readonly out: string;
  /** Measure the builds already there instead of building (for iterating on the bench). */
  readonly skipBuild: boolean;
  readonly skipLighthouse: boolean;
  readonly ourPages: readonly PageSpec[];
  readonly baselinePages: readonly PageSpec[];
  /** The page Lighthouse audits, on each side. */
  readonly ourLighthousePage: string;
  /** Id of the deck's first slide with a diagram (opened as /slides#/<id>). */
  readonly deckDiagramSlide: string;
  readonly baselineLighthousePage: string;
}

const usage = `Usage: npm run bench -- [--site DIR] [--baseline DIR] [--runs 5] [--lighthouse-runs 3]
  [--out bench-results/bench-<date>.json] [--baseline-keep /tmp/bench-baseline]
  [--baseline-deck /tmp/baseline-deck] [--skip-build] [--skip-lighthouse]`;

const locales = ['', '/en'];
const withLocales = (pages: readonly PageSpec[]): PageSpec[] =>
  locales.flatMap((prefix) => pages.map((p) => ({ ...p, path: prefix + p.path })));

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} needs a positive integer, got "${value}"`);
  return n;
}

export function parseOptions(argv: readonly string[], cwd: string = process.cwd()): BenchOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const takesValue = new Set([
    'site',
    'baseline',
    'runs',
    'lighthouse-runs',
    'out',
    'baseline-keep',
    'baseline-deck',
  ]);
  const isFlag = new Set(['skip-build', 'skip-lighthouse', 'help']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const name = match?.[1];
    if (!name || (!takesValue.has(name) && !isFlag.has(name))) {
      throw new Error(`unknown argument "${arg}"\n${usage}`);
    }
    if (isFlag.has(name)) {
      flags.add(name);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value\n${usage}`);
    values.set(name, value);
  }
  if (flags.has('help')) {
    console.log(usage);
    process.exit(0);
  }
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  const baseline = values.get('baseline');
  return {
    site: resolve(cwd, values.get('site') ?? '.'),
    baseline: baseline ? resolve(cwd, baseline) : undefined,
    baselineKeep: resolve(cwd, values.get('baseline-keep') ?? '/tmp/bench-baseline'),
    baselineDeck: values.has('baseline-deck')
      ? resolve(cwd, values.get('baseline-deck') ?? '')
      : undefined,
    runs: positiveInt('runs', values.get('runs') ?? '5'),
    lighthouseRuns: positiveInt('lighthouse-runs', values.get('lighthouse-runs') ?? '3'),
    out: resolve(cwd, values.get('out') ?? `bench-results/bench-${stamp}.json`),
    skipBuild: flags.has('skip-build'),
    skipLighthouse: flags.has('skip-lighthouse'),
    ourPages: withLocales([
      { path: '/docs/architecture/overview' },
      { path: '/docs/intro' },
      { path: '/docs/reference/components' },
      { path: '/docs/reference/policies' },
    ]),
    baselinePages: withLocales([
      { path: '/docs/architecture', expected: 6 },
      { path: '/docs/overview', expected: 1 },
      { path: '/docs/glossary', expected: 0 },
    ]),
    ourLighthousePage: '/docs/architecture/overview',
    deckDiagramSlide: firstDiagramSlide(),
    baselineLighthousePage: '/docs/architecture',
  };
}
