/**
 * The benchmark's reference step: the same corpus built by plain Starlight (one page a document,
 * its default Pagefind search on), so the whole build's time can be read against it in one run.
 * The reference project (scripts/bench/starlight/) is copied to <work>/starlight/ and installed
 * there with its own `npm install`: the project's dependencies never change for it.
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import type { CorpusFile } from './corpus.ts';
import { distStats } from './dist-stats.ts';
import { logTail } from './log-tail.ts';
import { measureStep, type StepRun } from './measure-step.ts';
import { formatSeconds, type ReferenceResult } from './report.ts';
import { corpusFileToMarkdown } from './starlight-markdown.ts';

const template = join(import.meta.dirname, 'starlight');
const templateFiles = ['package.json', 'package-lock.json', 'astro.config.mjs', 'src/content.config.mjs'];

/**
 * npm runs scripts with `node` from PATH, and the system's is too old for Astro: the project's
 * Node 22 (node_modules/.bin/node) goes first, as it does for the project's own `npm run`.
 */
export function withProjectNode(env: NodeJS.ProcessEnv, projectDir: string): NodeJS.ProcessEnv {
  return { ...env, PATH: [join(projectDir, 'node_modules', '.bin'), env.PATH].filter(Boolean).join(delimiter) };
}

export type ReferenceInstall = { ok: true } | { ok: false; reason: string };

/**
 * Copies the reference project into `dir` and runs `npm install` there when its package.json or
 * lock changed since the last install (a stamp of both, written after a successful install).
 */
export async function installReference(dir: string, projectDir: string, logFile: string): Promise<ReferenceInstall> {
  mkdirSync(join(dir, 'src'), { recursive: true });
  const stamp = templateFiles.filter((file) => file.startsWith('package')).map((file) => readFileSync(join(template, file), 'utf8')).join('\n');
  for (const file of templateFiles) cpSync(join(template, file), join(dir, file));
  const stampFile = join(dir, 'node_modules', '.bench-installed');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { ok: true };

  const log = openSync(logFile, 'w');
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env: withProjectNode(process.env, projectDir), stdio: ['ignore', log, log] });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  closeSync(log);
  if (exitCode !== 0) return { ok: false, reason: `npm install in ${dir} exited with ${exitCode}:\n${logTail(logFile)}` };
  writeFileSync(stampFile, stamp);
  return { ok: true };
}

/** Replaces the reference's pages with the corpus as Markdown; the old ones go to `trash`. */
export function writeReferencePages(dir: string, files: readonly CorpusFile[], trash: string): void {
  const docs = join(dir, 'src', 'content', 'docs');
  if (existsSync(docs)) {
    mkdirSync(trash, { recursive: true });
    renameSync(docs, join(trash, 'starlight-docs'));
  }
  mkdirSync(docs, { recursive: true });
  for (const file of files) {
    const page = corpusFileToMarkdown(file);
    writeFileSync(join(docs, page.name), page.text);
  }
}

/**
 * `astro build` of the reference, measured as the project's steps are; the site goes to `dist`,
 * Astro's content cache to `cache` (one per N, like the project's one per collections folder).
 */
export function buildReference(dir: string, projectDir: string, out: { dist: string; cache: string }, logFile: string): Promise<StepRun> {
  return measureStep({
    npmArgs: ['run', 'build', '--silent'],
    cwd: dir,
    env: { ...withProjectNode(process.env, projectDir), BENCH_STARLIGHT_DIST: out.dist, BENCH_STARLIGHT_CACHE: out.cache, ASTRO_TELEMETRY_DISABLED: '1' },
    logFile,
  });
}

export type ReferenceRun = {
  /** Where the reference project is installed, shared by every N: <work>/starlight/. */
  dir: string;
  projectDir: string;
  files: readonly CorpusFile[];
  /** This N's output, content cache and logs, and where the last run's pages are moved. */
  dist: string;
  cache: string;
  logs: string;
  trash: string;
  say: (line: string) => void;
};

/** Install (when needed), pages, build, and what landed in the reference's dist/. */
export async function runReference(run: ReferenceRun): Promise<ReferenceResult> {
  const installLog = join(run.logs, 'starlight-install.log');
  run.say(`plain Starlight: installing into ${run.dir} when needed`);
  const install = await installReference(run.dir, run.projectDir, installLog);
  if (!install.ok) {
    run.say(`plain Starlight: NOT INSTALLED\n${install.reason}`);
    return { installed: false, reason: install.reason };
  }
  writeReferencePages(run.dir, run.files, run.trash);
  run.say(`plain Starlight: npm run build (${run.files.length} pages) in ${run.dir}`);
  const logFile = join(run.logs, 'starlight.log');
  const measured = await buildReference(run.dir, run.projectDir, { dist: run.dist, cache: run.cache }, logFile);
  const ok = measured.exitCode === 0;
  run.say(`plain Starlight: ${ok ? 'ok' : `FAILED (exit ${measured.exitCode})`} in ${formatSeconds(measured.seconds)}`);
  if (!ok) process.stderr.write(`--- last lines of ${logFile} ---\n${logTail(logFile)}\n---\n`);
  const stats = ok ? distStats(run.dist) : null;
  return {
    installed: true,
    build: { status: ok ? 'ok' : 'failed', ...measured, log: relative(run.projectDir, logFile) },
    pages: stats?.pages ?? null,
    pagefindBytes: stats?.pagefindBytes ?? null,
  };
}
