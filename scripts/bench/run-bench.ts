/**
 * One benchmark run for one N: fresh corpus, the build steps of the contract in order, then the
 * figures of what landed in dist/. Progress goes to stderr; the result is returned as data.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSteps, isScriptStep, npmArgs, type BuildStep, type StepId } from '../build/build-steps.ts';
import { runSchedule } from '../build/schedule.ts';
import { generateCorpus } from './corpus.ts';
import { writeCorpus } from './corpus-writer.ts';
import { distStats } from './dist-stats.ts';
import { logTail } from './log-tail.ts';
import { measureSearchCost } from '../search-cost.ts';
import { runReference } from './reference-starlight.ts';

/** A first and a second query in Chromium over HTTP with gzip; null when no browser is at hand. */
async function searchFigures(dist: string, say: (line: string) => void): Promise<BenchResult['search']> {
  try {
    const cost = await measureSearchCost({ dist, first: '民主评议党员', second: '三会一课' });
    say(`search: first query ${cost.first.bytes} bytes in ${Math.round(cost.first.ms)} ms, second ${cost.second.bytes} bytes in ${Math.round(cost.second.ms)} ms`);
    return { first: cost.first, second: cost.second };
  } catch (error) {
    say(`search: not measured (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}
import { measureStep } from './measure-step.ts';
import { formatSeconds, type BenchResult, type StepResult } from './report.ts';

export type RunOptions = {
  n: number;
  seed: number;
  /** Absolute: the project root, where `npm run` is called. */
  projectDir: string;
  /** Absolute: this run works in <workDir>/<n>/. */
  workDir: string;
  /** Script names in package.json that can run (see runnableScripts in bench.ts). */
  scripts: ReadonlySet<string>;
  /** How many steps may run at once, as `npm run build` does (POLICY_BUILD_JOBS). */
  jobs: number;
  /** Whether to build plain Starlight on the same documents too. */
  reference: boolean;
};

const idle = (status: 'n/a' | 'skipped'): StepResult => ({
  status, seconds: null, peakRssKb: null, rssMethod: null, treePeakRssKb: null, exitCode: null, log: null,
});

/** Where runBench moves the last run's output (inside the work directory, so a rename suffices). */
const trashDir = '.trash';

/** Deletes what runBench moved aside; call after the last measurement. */
export function removeTrash(workDir: string): void {
  rmSync(join(workDir, trashDir), { recursive: true, force: true });
}

export async function runBench(options: RunOptions): Promise<BenchResult> {
  const { n, seed, projectDir } = options;
  const base = join(options.workDir, String(n));
  const paths = { corpus: join(base, 'corpus'), collections: join(base, 'collections'), splitJson: join(base, 'split.json'), dist: join(base, 'dist') };
  const referenceDist = join(base, 'starlight-dist');
  const logs = join(base, 'logs');
  // Stale output from an earlier run would be measured as if this run had made it. It is moved
  // aside, not deleted: the disk frees a deleted gigabyte of small files for seconds after rmSync
  // returns, and the split writing right after ran 2–4 times slower (6.5 s where a settled disk
  // takes 4.5 s at N = 1,000). `removeTrash` deletes it once everything is measured.
  const trash = join(options.workDir, trashDir, `${n}-${Date.now()}`);
  for (const dir of [paths.collections, paths.dist, referenceDist, logs]) {
    if (!existsSync(dir)) continue;
    mkdirSync(trash, { recursive: true });
    renameSync(dir, join(trash, dir.slice(base.length + 1)));
  }
  mkdirSync(logs, { recursive: true });

  const say = (message: string) => process.stderr.write(`bench N=${n}: ${message}\n`);
  const started = performance.now();
  const files = generateCorpus(n, seed);
  const corpusBytes = writeCorpus(paths.corpus, files, { n, seed });
  say(`corpus written to ${relative(projectDir, paths.corpus)} in ${formatSeconds((performance.now() - started) / 1000)}`);

  const steps = {} as Record<StepId, StepResult>;
  const runnable = (step: BuildStep) => !isScriptStep(step) || options.scripts.has(step.script);
  for (const step of buildSteps(paths).filter((s) => !runnable(s))) {
    steps[step.id] = idle('n/a');
    say(`${step.label}: n/a (no runnable "${isScriptStep(step) ? step.script : ''}" script in package.json)`);
  }
  const runOne = async (step: BuildStep): Promise<boolean> => {
    if (!isScriptStep(step)) {
      const started = performance.now();
      try {
        step.action();
        steps[step.id] = { ...idle('skipped'), status: 'ok', seconds: (performance.now() - started) / 1000, exitCode: 0 };
        return true;
      } catch (error) {
        steps[step.id] = { ...idle('skipped'), status: 'failed', seconds: (performance.now() - started) / 1000, exitCode: 1 };
        say(`${step.label}: FAILED (${error instanceof Error ? error.message : String(error)})`);
        return false;
      }
    }
    const logFile = join(logs, `${step.id}.log`);
    say(`${step.label}: npm ${npmArgs(step).join(' ')}`);
    const run = await measureStep({
      npmArgs: npmArgs(step),
      cwd: projectDir,
      // Telemetry would try the network on every astro build and time out here.
      env: { ...process.env, ...step.env, ASTRO_TELEMETRY_DISABLED: '1' },
      logFile,
      niceness: step.niceness,
    });
    const ok = run.exitCode === 0;
    steps[step.id] = { status: ok ? 'ok' : 'failed', ...run, log: relative(projectDir, logFile) };
    say(`${step.label}: ${ok ? 'ok' : `FAILED (exit ${run.exitCode})`} in ${formatSeconds(run.seconds)}`);
    if (!ok) process.stderr.write(`--- last lines of ${relative(projectDir, logFile)} ---\n${logTail(logFile)}\n---\n`);
    return ok;
  };
  const buildStarted = performance.now();
  const schedule = await runSchedule(buildSteps(paths).filter(runnable), runOne, {
    jobs: options.jobs,
    onSkip: (step) => say(`${step.label}: skipped (needs ${step.needs.join(', ')})`),
  });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  for (const [id, when] of schedule) {
    if (when.outcome === 'skipped') steps[id] = idle('skipped');
    else Object.assign(steps[id], { startedAt: when.startedAt, endedAt: when.endedAt });
  }

  // After the build, in the same run, so both meet the same load on the machine.
  const reference = !options.reference ? undefined : await runReference({ dir: join(options.workDir, 'starlight'), projectDir, files, dist: referenceDist, cache: join(base, 'starlight-cache'), logs, trash, say });

  // A partial dist/ from a failed build says nothing about the site's size.
  const dist = steps.site.status === 'ok' ? distStats(paths.dist) : null;
  const search = steps.index.status === 'ok' ? await searchFigures(paths.dist, say) : null;
  return { n, seed, corpusBytes, steps, buildSeconds, jobs: options.jobs, dist, search, reference };
}
