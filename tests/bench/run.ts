/**
 * `npm run bench [-- --site DIR] [--baseline DIR] [--runs 5] [--lighthouse-runs 3] [--out FILE]`
 *
 * Performance benchmark of the site against a vanilla Docusaurus + theme-mermaid baseline
 * (../shared/bench/baseline/setup-site.sh). In one run, one step at a time:
 *  1. cold production builds, timed: the site (`npm run build`: diagrams, prerender, docusaurus
 *     build, with the prerendered SVG cache deleted) and, with --baseline, the baseline in
 *     webpack (BENCH_FASTER=0) and faster (BENCH_FASTER=1) modes, each build/ kept aside;
 *  2. every page in Chromium: time until all diagrams are visible, FCP/LCP/CLS/load, the JS it
 *     loads (initial, lazy, prefetched; raw and gzip) and whether any of it is Mermaid; the
 *     sites' pages are loaded in interleaved rounds, so noise from elsewhere hits all alike;
 *  3. Lighthouse mobile and desktop on the architecture overview page (and the baseline's
 *     /docs/architecture), served gzipped, runs interleaved likewise;
 *  4. a Markdown table of targets, pass/fail, and the whole record as JSON (--out).
 *
 * It builds in place, so point --site at a copy, never at a checkout others work in; the site's
 * node_modules must be its own or a folder of links without `.cache` (see build.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { chromiumPath, launchChromium } from '../../diagrams/prerender/chromium';
import { coldBuild, describeBuild, logTail, type BuildTiming } from './build';
import { measureDecks } from './deck';
import { countTopologyFigures } from './html';
import {
  lighthouseRun,
  lighthouseVersion,
  prepareLighthouse,
  summarizeLighthouse,
  type LighthouseRun,
} from './lighthouse';
import { parseOptions } from './options';
import { measurePages, type PageResult, type Target } from './pages';
import { renderReport, targetRows, type BenchResults } from './report';
import { startStaticServer, type StaticServer } from './server';
import { settle } from './settle';
import { formatSummary, kib } from './stats';

const say = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function describePage(p: PageResult): string {
  const visible = p.expected
    ? `, ${p.expected} diagrams visible ${formatSummary(p.visibleMs)} ms`
    : '';
  return (
    `${p.path}${visible}, FCP ${formatSummary(p.fcpMs)}, LCP ${formatSummary(p.lcpMs)}, ` +
    `JS ${p.js.executed.files} files ${kib(p.js.executed.gzip)} KiB gz` +
    (p.mermaidExecuted.length ? ', Mermaid' : '') +
    (p.timeouts ? `, ${p.timeouts} TIMEOUTS` : '') +
    (p.problems.length ? `, ${p.problems.length} problems` : '')
  );
}

async function build(
  label: string,
  site: string,
  logsDir: string,
  extra: { env?: Record<string, string>; alsoDelete?: string[]; keepAt?: string },
): Promise<BuildTiming> {
  say(`cold build: ${label} (${site}); settled at load1 ${(await settle()).toFixed(2)}`);
  const timing = await coldBuild({
    label,
    site,
    logFile: join(logsDir, `build-${label.replace(/\s+/g, '-')}.log`),
    ...extra,
  });
  say(describeBuild(timing));
  if (!timing.ok) throw new Error(`${label} build failed:\n${logTail(timing.log)}`);
  return timing;
}

async function main(): Promise<void> {
  const started = performance.now();
  const opts = parseOptions(process.argv.slice(2));
  const outBase = opts.out.replace(/\.json$/, '');
  const logsDir = `${outBase}-logs`;
  const reportsDir = `${outBase}-lighthouse`;
  mkdirSync(dirname(opts.out), { recursive: true });
  const results: BenchResults = {
    date: new Date().toISOString(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    chromium: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim(),
    lighthouse: opts.skipLighthouse ? 'skipped' : lighthouseVersion,
    site: opts.site,
    baseline: opts.baseline,
    load1AtStart: loadavg()[0] ?? 0,
    builds: {},
    pages: { ours: [] },
    lighthouseResults: { ours: [], baseline: [] },
  };
  const save = () => writeFileSync(opts.out, `${JSON.stringify(results, null, 2)}\n`);
  const ourBuild = join(opts.site, 'build');
  const baseWebpack = `${opts.baselineKeep}-webpack`;
  const baseFaster = `${opts.baselineKeep}-faster`;

  try {
    // 1. Cold builds.
    if (!opts.skipBuild) {
      results.builds.ours = await build('ours', opts.site, logsDir, {
        alsoDelete: ['src/generated/static', 'src/generated/diagram-sizes.json'],
      });
      if (opts.baseline) {
        results.builds.baselineWebpack = await build('baseline webpack', opts.baseline, logsDir, {
          env: { BENCH_FASTER: '0' },
          keepAt: baseWebpack,
        });
        results.builds.baselineFaster = await build('baseline faster', opts.baseline, logsDir, {
          env: { BENCH_FASTER: '1' },
          keepAt: baseFaster,
        });
      }
      save();
    }

    // 2. Pages in Chromium, all sites interleaved.
    const sites = [
      { site: 'ours', buildDir: ourBuild, kind: 'topology' as const, pages: opts.ourPages },
      ...(opts.baseline
        ? [
            {
              site: 'baseline webpack',
              buildDir: baseWebpack,
              kind: 'mermaid' as const,
              pages: opts.baselinePages,
            },
            {
              site: 'baseline faster',
              buildDir: baseFaster,
              kind: 'mermaid' as const,
              pages: opts.baselinePages,
            },
          ]
        : []),
    ];
    const servers = new Map<string, StaticServer>();
    try {
      for (const s of sites) servers.set(s.site, await startStaticServer(s.buildDir));
      const targets: Target[] = sites.flatMap((s) =>
        s.pages.map((page) => ({
          site: s.site,
          origin: servers.get(s.site)!.origin,
          buildDir: s.buildDir,
          kind: s.kind,
          page,
        })),
      );
      say(`settling: load1 ${(await settle()).toFixed(2)}`);
      say(`pages: ${targets.length} pages, 1 warm-up then ${opts.runs} interleaved rounds`);
      const session = await launchChromium({
        viewport: { width: 1280, height: 800 },
        colorScheme: 'light',
      });
      let measured: PageResult[];
      try {
        measured = await measurePages(
          session.context,
          targets,
          opts.runs,
          countTopologyFigures,
          (round) =>
            say(`pages: round ${round}/${opts.runs} done, load1 ${(loadavg()[0] ?? 0).toFixed(2)}`),
        );
      } finally {
        await session.close();
      }
      for (const p of measured) say(`${p.site} ${describePage(p)}`);
      results.pages.ours = measured.filter((p) => p.site === 'ours');
      if (opts.baseline) {
        results.pages.baselineWebpack = measured.filter((p) => p.site === 'baseline webpack');
        results.pages.baselineFaster = measured.filter((p) => p.site === 'baseline faster');
      }
      save();

      // 2b. The decks: ours and, with --baseline-deck, the vanilla reveal.js + Mermaid one.
      let deckServer: StaticServer | undefined;
      try {
        if (opts.baselineDeck)
          deckServer = await startStaticServer(join(opts.baselineDeck, 'dist'));
        const deckSession = await launchChromium({
          viewport: { width: 1280, height: 800 },
          colorScheme: 'light',
        });
        try {
          results.decks = await measureDecks(
            deckSession.context,
            { origin: servers.get('ours')!.origin, diagramSlide: opts.deckDiagramSlide },
            deckServer?.origin,
            opts.runs,
          );
        } finally {
          await deckSession.close();
        }
      } finally {
        await deckServer?.close();
      }
      for (const d of results.decks ?? [])
        say(
          `deck ${d.site}: first slide ${formatSummary(d.firstSlideMs)} ms, diagram slide ${formatSummary(d.diagramSlideMs)} ms` +
            (d.problems.length ? `, problems: ${d.problems.join('; ')}` : ''),
        );
      save();

      // 3. Lighthouse: ours and the baseline's (webpack) architecture page, runs interleaved.
      if (!opts.skipLighthouse) {
        say(
          `lighthouse ${await prepareLighthouse()}: ${opts.lighthouseRuns} runs per page and preset`,
        );
        say(`settling: load1 ${(await settle()).toFixed(2)}`);
        const audited = [
          { label: 'ours', site: 'ours', path: opts.ourLighthousePage },
          ...(opts.baseline
            ? [
                {
                  label: 'baseline-webpack',
                  site: 'baseline webpack',
                  path: opts.baselineLighthousePage,
                },
              ]
            : []),
        ].flatMap((a) =>
          (['mobile', 'desktop'] as const).map((preset) => ({
            ...a,
            preset,
            runs: [] as LighthouseRun[],
          })),
        );
        for (let i = 1; i <= opts.lighthouseRuns; i++) {
          for (const a of audited) {
            const url = servers.get(a.site)!.origin + a.path;
            a.runs.push(
              await lighthouseRun(
                url,
                a.preset,
                join(reportsDir, `${a.label}-${a.preset}-${i}.json`),
              ),
            );
          }
          say(
            `lighthouse: round ${i}/${opts.lighthouseRuns} done, load1 ${(loadavg()[0] ?? 0).toFixed(2)}`,
          );
        }
        for (const a of audited) {
          const r = summarizeLighthouse(servers.get(a.site)!.origin + a.path, a.preset, a.runs);
          const f = (k: string, d = 0) => formatSummary(r.summary[k], d);
          const failed = r.runs.filter((x) => x.error).length;
          say(
            `${a.label} ${a.path} ${a.preset}: Perf ${f('performance')}, A11y ${f('accessibility')}, ` +
              `BP ${f('bestPractices')}, SEO ${f('seo')}, LCP ${f('lcpMs')} ms, TBT ${f('tbtMs')} ms, ` +
              `CLS ${f('cls', 3)}${failed ? ` (${failed} runs failed)` : ''}`,
          );
          (a.site === 'ours'
            ? results.lighthouseResults.ours
            : results.lighthouseResults.baseline
          ).push(r);
        }
      }
    } finally {
      for (const server of servers.values()) await server.close();
    }
  } finally {
    results.wallS = (performance.now() - started) / 1000;
    results.rows = targetRows(results);
    save();
  }
  console.log(`\n${renderReport(results)}`);
  say(`JSON: ${opts.out}; build logs: ${logsDir}; Lighthouse reports: ${reportsDir}`);
  say(`bench wall time ${(results.wallS / 60).toFixed(1)} min`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
