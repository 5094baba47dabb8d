/**
 * Cold production build of a site: `docusaurus clear` (build/, .docusaurus/, node_modules/.cache),
 * any extra cache the caller names, then `npm run build`, timed. Peak RSS comes from GNU time
 * (`/usr/bin/time -v`: the largest single process of the tree) when it is installed.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';

export interface BuildTiming {
  readonly label: string;
  readonly site: string;
  readonly env: Readonly<Record<string, string>>;
  readonly ok: boolean;
  readonly exitCode: number | null;
  readonly wallS: number;
  /** Peak resident set of the largest process (GNU time), MB; undefined without /usr/bin/time. */
  readonly maxRssMB?: number;
  readonly load1Before: number;
  readonly load1After: number;
  readonly buildBytes: number;
  readonly buildFiles: number;
  readonly log: string;
  /** Copy of build/ kept for measurement. */
  readonly buildDir: string;
}

export interface ColdBuildRequest {
  readonly label: string;
  readonly site: string;
  /** Extra environment (BENCH_FASTER=0 for the baseline's webpack mode). */
  readonly env?: Readonly<Record<string, string>>;
  /** Further caches to delete, relative to the site (the project's prerendered SVGs). */
  readonly alsoDelete?: readonly string[];
  readonly logFile: string;
  /** Copy build/ there afterwards; the build is measured from that copy. */
  readonly keepAt?: string;
}

const gnuTime = '/usr/bin/time';

/**
 * `docusaurus clear` deletes `<site>/node_modules/.cache`: refuse when node_modules is a link to
 * another checkout's, whose bundler cache other people's builds are using.
 */
export function assertPrivateCache(site: string): void {
  const modules = join(site, 'node_modules');
  if (!existsSync(modules)) throw new Error(`${site} has no node_modules: run npm install there`);
  if (!lstatSync(modules).isSymbolicLink()) return;
  const real = realpathSync(modules);
  throw new Error(
    `${modules} links to ${real}: a cold build would delete ${real}/.cache, the bundler cache ` +
      `of another checkout. Give the site its own node_modules, or a folder of links that leaves ` +
      `.cache out:\n  rm ${modules} && mkdir ${modules} && for e in ${real}/* ${real}/.[!.]*; do ` +
      `[ "$(basename "$e")" = .cache ] || ln -s "$e" ${modules}/; done`,
  );
}

function treeSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  logFd: number,
): Promise<number | null> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', logFd, logFd] });
    child.once('error', reject);
    child.once('close', (code) => resolveRun(code));
  });
}

export async function coldBuild(request: ColdBuildRequest): Promise<BuildTiming> {
  const { label, site, logFile } = request;
  const extraEnv = request.env ?? {};
  assertPrivateCache(site);
  mkdirSync(dirname(logFile), { recursive: true });
  const log = openSync(logFile, 'w');
  const env = { ...process.env, FORCE_COLOR: '0', CI: 'true', ...extraEnv };
  try {
    writeSync(log, `$ docusaurus clear\n`);
    const cleared = await run(
      join(site, 'node_modules/.bin/docusaurus'),
      ['clear'],
      site,
      env,
      log,
    );
    if (cleared !== 0) throw new Error(`${label}: docusaurus clear failed, see ${logFile}`);
    for (const path of ['node_modules/.cache', ...(request.alsoDelete ?? [])]) {
      rmSync(join(site, path), { recursive: true, force: true });
    }

    const timeFile = `${logFile}.time`;
    const useTime = existsSync(gnuTime);
    const [command, args] = useTime
      ? [gnuTime, ['-v', '-o', timeFile, 'npm', 'run', 'build']]
      : ['npm', ['run', 'build']];
    writeSync(
      log,
      `$ ${Object.entries(extraEnv)
        .map(([k, v]) => `${k}=${v} `)
        .join('')}npm run build\n`,
    );
    const load1Before = loadavg()[0] ?? 0;
    const started = performance.now();
    const exitCode = await run(command, args, site, env, log);
    const wallS = (performance.now() - started) / 1000;
    const load1After = loadavg()[0] ?? 0;

    let maxRssMB: number | undefined;
    if (useTime && existsSync(timeFile)) {
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
      if (kb) maxRssMB = Number(kb[1]) / 1024;
    }
    const built = join(site, 'build');
    let buildDir = built;
    if (exitCode === 0 && request.keepAt) {
      rmSync(request.keepAt, { recursive: true, force: true });
      cpSync(built, request.keepAt, { recursive: true });
      buildDir = request.keepAt;
    }
    const size = treeSize(built);
    return {
      label,
      site,
      env: extraEnv,
      ok: exitCode === 0,
      exitCode,
      wallS,
      maxRssMB,
      load1Before,
      load1After,
      buildBytes: size.bytes,
      buildFiles: size.files,
      log: logFile,
      buildDir,
    };
  } finally {
    closeSync(log);
  }
}

/** The last lines of a build log, for a failure message. */
export function logTail(file: string, lines = 30): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

export const describeBuild = (b: BuildTiming): string =>
  `${b.label}: ${b.ok ? 'ok' : `FAILED (exit ${b.exitCode})`} in ${b.wallS.toFixed(1)} s` +
  (b.maxRssMB ? `, peak RSS ${b.maxRssMB.toFixed(0)} MB` : '') +
  `, build/ ${(b.buildBytes / 1e6).toFixed(2)} MB in ${b.buildFiles} files, load1 ` +
  `${b.load1Before.toFixed(2)}→${b.load1After.toFixed(2)} (log: ${relative(process.cwd(), b.log) || b.log})`;
