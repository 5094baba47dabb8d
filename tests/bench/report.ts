/** The bench's verdict: targets table (project vs baseline, pass/fail) and detail tables, in Markdown. */
import type { BuildTiming } from './build';
import type { DeckResult } from './deck';
import type { LighthouseResult, Preset } from './lighthouse';
import type { PageResult } from './pages';
import { formatSummary, kib, type Summary } from './stats';

export interface BenchResults {
  readonly date: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly node: string;
  readonly chromium: string;
  readonly lighthouse: string;
  readonly site: string;
  readonly baseline?: string;
  wallS?: number;
  load1AtStart: number;
  builds: {
    ours?: BuildTiming;
    baselineWebpack?: BuildTiming;
    baselineFaster?: BuildTiming;
  };
  pages: {
    ours: PageResult[];
    baselineWebpack?: PageResult[];
    baselineFaster?: PageResult[];
  };
  lighthouseResults: {
    ours: LighthouseResult[];
    baseline: LighthouseResult[];
  };
  decks?: DeckResult[];
  rows?: Row[];
}

export interface Row {
  readonly metric: string;
  readonly ours: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  /** null: reported, no target. */
  readonly pass: boolean | null;
}

const verdict = (pass: boolean | null): string =>
  pass === null ? 'info' : pass ? 'pass' : '**FAIL**';
const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
const fmt = (x: number | undefined, digits = 0, unit = ''): string =>
  x === undefined ? 'n/a' : `${x.toFixed(digits)}${unit}`;
const median = (s: Summary | undefined): number | undefined => s?.median;
const find = (pages: readonly PageResult[] | undefined, path: string) =>
  pages?.find((p) => p.path === path);
const lh = (results: readonly LighthouseResult[], preset: Preset) =>
  results.find((r) => r.preset === preset);

export const ourOverview = '/docs/architecture/overview';
/** Pages without diagrams: the largest (every component, 67 KB of content) and a small one. */
export const ourNoDiagram = ['/docs/reference/components', '/docs/reference/policies'];
export const baseArchitecture = '/docs/architecture';
export const baseNoDiagram = '/docs/glossary';
const localePrefixes = ['', '/en'];

export function targetRows(r: BenchResults): Row[] {
  const rows: Row[] = [];
  const { ours, baselineWebpack: bw, baselineFaster: bf } = r.builds;
  if (ours) {
    const base = bf?.ok ? bf.wallS : undefined;
    rows.push({
      metric: 'Cold production build (s)',
      ours: ours.ok ? fmt(ours.wallS, 1) : 'failed',
      baseline: bf
        ? `${fmt(base, 1)} faster / ${bw?.ok ? fmt(bw.wallS, 1) : 'n/a'} webpack`
        : 'not built',
      ratio: base ? `${fmt(ratio(ours.wallS, base), 2)} (vs faster)` : '—',
      target: '< 90 s',
      pass: ours.ok && ours.wallS < 90,
    });
    rows.push({
      metric: 'Cold build peak RSS, largest process (MB)',
      ours: fmt(ours.maxRssMB),
      baseline: bf ? `${fmt(bf.maxRssMB)} faster / ${fmt(bw?.maxRssMB)} webpack` : '—',
      ratio: bf ? `${fmt(ratio(ours.maxRssMB, bf.maxRssMB), 2)} (vs faster)` : '—',
      target: '—',
      pass: null,
    });
  }
  for (const prefix of localePrefixes) {
    const o = find(r.pages.ours, prefix + ourOverview);
    const b = find(r.pages.baselineWebpack, prefix + baseArchitecture);
    if (!o) continue;
    const q = ratio(median(o.visibleMs), median(b?.visibleMs));
    rows.push({
      metric: `All diagrams visible (ms): ${prefix}${ourOverview} (${o.expected}) vs ${prefix}${baseArchitecture} (${b?.expected ?? '?'}, webpack)`,
      ours: `${formatSummary(o.visibleMs)}${o.timeouts ? `, ${o.timeouts} timeouts` : ''}`,
      baseline: b ? formatSummary(b.visibleMs) : '—',
      ratio: fmt(q, 3),
      target: 'ratio ≤ 0.25',
      pass: q === undefined ? null : q <= 0.25 && o.timeouts === 0,
    });
  }
  for (const [prefix, page] of localePrefixes.flatMap((x) =>
    ourNoDiagram.map((p) => [x, p] as const),
  )) {
    const o = find(r.pages.ours, prefix + page);
    const b = find(r.pages.baselineWebpack, prefix + baseNoDiagram);
    if (!o) continue;
    const q = ratio(o.js.executed.gzip, b?.js.executed.gzip);
    const show = (p: PageResult) =>
      `${kib(p.js.executed.gzip)} gz (${p.js.executed.files} files, ${kib(p.js.executed.raw)} raw)`;
    rows.push({
      metric: `JS executed, no-diagram page (KiB): ${prefix}${page} vs ${prefix}${baseNoDiagram} (webpack)`,
      ours: show(o),
      baseline: b ? show(b) : '—',
      ratio: fmt(q, 2),
      target: 'ratio ≤ 1.0',
      pass: q === undefined ? null : q <= 1,
    });
  }
  const mermaidPages = r.pages.ours.filter(
    (p) => p.mermaidExecuted.length || p.mermaidPrefetched.length,
  );
  const baseMermaid = (r.pages.baselineWebpack ?? []).filter(
    (p) => p.mermaidExecuted.length,
  ).length;
  rows.push({
    metric: 'Pages whose JS holds Mermaid code (executed or prefetched)',
    ours: `${mermaidPages.length} of ${r.pages.ours.length}`,
    baseline: r.pages.baselineWebpack
      ? `${baseMermaid} of ${r.pages.baselineWebpack.length} (executed)`
      : '—',
    ratio: '—',
    target: '0',
    pass: mermaidPages.length === 0,
  });
  const missing = r.pages.ours.filter(
    (p) => p.timeouts > 0 || p.diagramsAtEnd.some((n) => n !== p.expected),
  );
  rows.push({
    metric: 'Our pages with every diagram drawn, every run',
    ours: `${r.pages.ours.length - missing.length} of ${r.pages.ours.length}`,
    baseline: '—',
    ratio: '—',
    target: 'all',
    pass: missing.length === 0,
  });

  const ourDeck = r.decks?.find((d) => d.site === 'ours');
  const baseDeck = r.decks?.find((d) => d.site === 'baseline');
  if (ourDeck) {
    const q = ratio(median(ourDeck.diagramSlideMs), median(baseDeck?.diagramSlideMs));
    rows.push({
      metric: 'Deck: first slide on screen (ms), ours /slides vs vanilla reveal.js + Mermaid',
      ours: formatSummary(ourDeck.firstSlideMs),
      baseline: baseDeck ? formatSummary(baseDeck.firstSlideMs) : '—',
      ratio: fmt(ratio(median(ourDeck.firstSlideMs), median(baseDeck?.firstSlideMs)), 2),
      target: '—',
      pass: null,
    });
    rows.push({
      metric: 'Deck: first diagram slide, diagram visible (ms), opened directly vs vanilla ready',
      ours: formatSummary(ourDeck.diagramSlideMs) + (ourDeck.problems.length ? ' (problems)' : ''),
      baseline: baseDeck ? formatSummary(baseDeck.diagramSlideMs) : '—',
      ratio: fmt(q, 2),
      target: 'ratio < 1',
      pass: q === undefined ? null : q < 1 && ourDeck.problems.length === 0,
    });
  }

  const mobile = lh(r.lighthouseResults.ours, 'mobile');
  const baseMobile = lh(r.lighthouseResults.baseline, 'mobile');
  if (mobile) {
    const page = `${ourOverview} vs ${baseArchitecture}`;
    const metric = (
      key: string,
      label: string,
      target: string,
      ok: ((x: number) => boolean) | null,
      digits = 0,
    ) => {
      const s = mobile.summary[key];
      rows.push({
        metric: `Lighthouse mobile ${label}: ${page}`,
        ours: formatSummary(s, digits),
        baseline: baseMobile ? formatSummary(baseMobile.summary[key], digits) : '—',
        ratio: '—',
        target,
        pass: ok && s ? ok(s.median) : s ? null : false,
      });
    };
    metric('performance', 'Performance', '≥ 95', (x) => x >= 95);
    metric('accessibility', 'Accessibility', '100', (x) => x >= 100);
    metric('bestPractices', 'Best Practices', '100', (x) => x >= 100);
    metric('seo', 'SEO', '100', (x) => x >= 100);
    metric('tbtMs', 'TBT (ms)', '≤ 200', (x) => x <= 200);
    metric('cls', 'CLS', '≤ 0.01', (x) => x <= 0.01, 3);
    metric('lcpMs', 'LCP (ms)', '—', null);
  }
  const desktop = lh(r.lighthouseResults.ours, 'desktop');
  const baseDesktop = lh(r.lighthouseResults.baseline, 'desktop');
  if (desktop) {
    rows.push({
      metric: `Lighthouse desktop Performance / TBT ms / LCP ms: ${ourOverview} vs ${baseArchitecture}`,
      ours: ['performance', 'tbtMs', 'lcpMs']
        .map((k) => formatSummary(desktop.summary[k]))
        .join(' / '),
      baseline: baseDesktop
        ? ['performance', 'tbtMs', 'lcpMs']
            .map((k) => formatSummary(baseDesktop.summary[k]))
            .join(' / ')
        : '—',
      ratio: '—',
      target: '—',
      pass: null,
    });
  }
  return rows;
}

const table = (head: readonly string[], body: readonly (readonly string[])[]): string =>
  [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

function pagesTable(r: BenchResults): string {
  const sets: [string, readonly PageResult[] | undefined][] = [
    ['ours', r.pages.ours],
    ['baseline webpack', r.pages.baselineWebpack],
    ['baseline faster', r.pages.baselineFaster],
  ];
  const js = (t: { files: number; raw: number; gzip: number }) =>
    `${t.files}f ${kib(t.raw)}/${kib(t.gzip)}`;
  const body = sets.flatMap(([label, pages]) =>
    (pages ?? []).map((p) => [
      label,
      p.path,
      `${kib(p.html.raw)}/${kib(p.html.gzip)}`,
      `${p.expected}${p.diagramsAtEnd.some((n) => n !== p.expected) ? ` (drawn ${p.diagramsAtEnd.join('/')})` : ''}`,
      p.expected
        ? formatSummary(p.visibleMs) + (p.timeouts ? ` ⚠${p.timeouts} timeouts` : '')
        : '–',
      formatSummary(p.fcpMs),
      formatSummary(p.lcpMs),
      formatSummary(p.cls, 3),
      formatSummary(p.loadMs),
      js(p.js.initial),
      js(p.js.lazy),
      js(p.js.prefetch),
      p.mermaidExecuted.length
        ? `yes (${p.mermaidExecuted.length})`
        : p.mermaidPrefetched.length
          ? 'prefetched'
          : 'no',
      String(p.problems.length),
    ]),
  );
  return table(
    [
      'site',
      'page',
      'HTML KiB raw/gz',
      'diagrams',
      'visible ms',
      'FCP ms',
      'LCP ms',
      'CLS',
      'load ms',
      'JS initial KiB raw/gz',
      'JS lazy',
      'JS prefetched',
      'Mermaid',
      'problems',
    ],
    body,
  );
}

function lighthouseTable(r: BenchResults): string {
  const rows = [
    ...r.lighthouseResults.ours.map((x) => ['ours', x] as const),
    ...r.lighthouseResults.baseline.map((x) => ['baseline webpack', x] as const),
  ].map(([label, x]) => {
    const s = (k: string, d = 0) => formatSummary(x.summary[k], d);
    const errors = x.runs.filter((run) => run.error).length;
    return [
      label,
      new URL(x.url).pathname,
      x.preset,
      s('performance'),
      s('accessibility'),
      s('bestPractices'),
      s('seo'),
      s('fcpMs'),
      s('lcpMs'),
      s('tbtMs'),
      s('cls', 3),
      String(errors),
    ];
  });
  return table(
    [
      'site',
      'page',
      'preset',
      'Perf',
      'A11y',
      'BP',
      'SEO',
      'FCP ms',
      'LCP ms',
      'TBT ms',
      'CLS',
      'failed runs',
    ],
    rows,
  );
}

function buildsTable(r: BenchResults): string {
  const rows = Object.values(r.builds)
    .filter((b): b is BuildTiming => !!b)
    .map((b) => [
      b.label,
      b.ok ? 'ok' : `failed (${b.exitCode})`,
      b.wallS.toFixed(1),
      fmt(b.maxRssMB),
      (b.buildBytes / 1e6).toFixed(2),
      String(b.buildFiles),
      `${b.load1Before.toFixed(2)} → ${b.load1After.toFixed(2)}`,
    ]);
  return table(
    [
      'build (cold)',
      'status',
      'wall s',
      'peak RSS MB',
      'build/ MB',
      'files',
      'load1 before → after',
    ],
    rows,
  );
}

/** What explains our numbers: LCP element, main-thread work, shifts, JS of the no-diagram page. */
function diagnostics(r: BenchResults): string {
  const lines: string[] = [];
  for (const x of r.lighthouseResults.ours) {
    const run = x.runs.find((y) => !y.error);
    if (!run) continue;
    lines.push(
      `- Lighthouse ${x.preset} ${new URL(x.url).pathname}: LCP element \`${run.lcpElement ?? 'n/a'}\``,
    );
    if (run.lcpPhases && Object.keys(run.lcpPhases).length) {
      lines.push(
        `  - LCP phases (ms): ${Object.entries(run.lcpPhases)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    }
    if (run.bootup?.length) {
      lines.push(
        `  - main thread by script (total/scripting ms): ${run.bootup.map((b) => `${b.url.replace(/^https?:\/\/[^/]+/, '')} ${b.totalMs}/${b.scriptingMs}`).join('; ')}`,
      );
    }
    if (run.longTasks?.length) {
      lines.push(
        `  - long tasks (start+duration ms): ${run.longTasks.map((t) => `${t.url.replace(/^https?:\/\/[^/]+/, '') || '(page)'} @${t.startMs}+${t.durationMs}`).join('; ')}`,
      );
    }
    if (run.layoutShifts?.length) {
      lines.push(
        `  - layout shifts: ${run.layoutShifts.map((s) => `${s.score.toFixed(4)} \`${s.node}\``).join('; ')}`,
      );
    }
    if (run.failing?.length) lines.push(`  - audits below 1: ${run.failing.join(', ')}`);
  }
  for (const p of r.pages.ours) {
    lines.push(
      `- Chromium ${p.path}: LCP element ${p.lcpElements.map((e) => `\`${e}\``).join(' / ')}`,
    );
    if (p.shifts.length) lines.push(`  - layout shifts: ${p.shifts.slice(0, 4).join('; ')}`);
    if (p.problems.length) lines.push(`  - problems: ${p.problems.slice(0, 5).join('; ')}`);
  }
  for (const d of r.decks ?? [])
    if (d.problems.length) lines.push(`- deck ${d.url}: ${d.problems.slice(0, 5).join('; ')}`);
  for (const prefix of localePrefixes) {
    const p = find(r.pages.ours, prefix + (ourNoDiagram[0] ?? ''));
    if (!p) continue;
    lines.push(
      `- JS of ${p.path} (raw/gzip KiB): ${p.js.files.map((f) => `${f.path} [${f.kind}] ${kib(f.raw)}/${kib(f.gzip)}`).join(', ')}`,
    );
  }
  return lines.join('\n');
}

export function renderReport(r: BenchResults): string {
  const rows = r.rows ?? targetRows(r);
  const failed = rows.filter((x) => x.pass === false).length;
  return [
    `## Benchmark ${r.date}`,
    '',
    `${r.cpus} CPUs (${r.cpuModel}), Node ${r.node}, Chromium ${r.chromium}, Lighthouse ${r.lighthouse}; ` +
      `load1 at start ${r.load1AtStart.toFixed(2)}${r.wallS ? `; bench wall ${(r.wallS / 60).toFixed(1)} min` : ''}`,
    `site ${r.site}${r.baseline ? `, baseline ${r.baseline}` : ''}`,
    '',
    table(
      ['metric', 'ours', 'baseline', 'ratio', 'target', 'result'],
      rows.map((x) => [x.metric, x.ours, x.baseline, x.ratio, x.target, verdict(x.pass)]),
    ),
    '',
    `${rows.filter((x) => x.pass === true).length} pass, ${failed} fail, ${rows.filter((x) => x.pass === null).length} info`,
    '',
    '### Builds',
    '',
    buildsTable(r),
    '',
    '### Pages (Chromium 1280×800, light; median (min–max); KiB raw/gzip)',
    '',
    pagesTable(r),
    '',
    '### Lighthouse (median (min–max))',
    '',
    lighthouseTable(r),
    '',
    '### Diagnostics (ours)',
    '',
    diagnostics(r),
    '',
  ].join('\n');
}
