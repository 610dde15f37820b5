/**
 * Runs one build step (`npm run …`) as a child process and measures it: wall time, and peak RSS
 * counting the step's child processes. Output goes to a log file so the table stays readable.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sampleTree } from './process-tree.ts';
import { lowerPriority } from '../build/build-steps.ts';

const gnuTime = '/usr/bin/time';

/**
 * How peak RSS was measured:
 * - `gnu-time`: `/usr/bin/time -f %M` around the script (not npm), the kernel's maxrss over the
 *   script and every descendant — the largest single process, exact even for short-lived ones;
 * - `proc-sampler`: VmHWM summed over the live process tree, sampled every 100 ms.
 */
export type RssMethod = 'gnu-time' | 'proc-sampler';

export type StepRun = {
  /** npm's exit code: non-zero when the script failed (GNU time passes the script's code through). */
  exitCode: number;
  seconds: number;
  /** Peak RSS in KiB by `rssMethod`; null if it could not be read. */
  peakRssKb: number | null;
  rssMethod: RssMethod;
  /** Σ VmHWM over the live tree (sampled), always recorded: shows workers running side by side. */
  treePeakRssKb: number;
};

export type NpmStep = {
  /** Arguments of `npm`, e.g. `run split --silent -- --in …`. */
  npmArgs: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr of the step are written here. */
  logFile: string;
  /** Lower CPU priority, as `npm run build` gives the step (scripts/build/build-steps.ts). */
  niceness?: number;
};

let gnuTimeWorks: boolean | undefined;

/** Whether /usr/bin/time exists and understands `-f %M -o file` (BusyBox and BSD time may not). */
export function hasGnuTime(): boolean {
  if (gnuTimeWorks !== undefined) return gnuTimeWorks;
  gnuTimeWorks = false;
  if (!existsSync(gnuTime)) return gnuTimeWorks;
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  try {
    const out = join(dir, 'rss');
    const probe = spawnSync(gnuTime, ['-f', '%M', '-o', out, 'true'], { stdio: 'ignore' });
    gnuTimeWorks = probe.status === 0 && /^\d+\s*$/m.test(readFileSync(out, 'utf8'));
  } catch {
    gnuTimeWorks = false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return gnuTimeWorks;
}

/** %M is the last line: GNU time writes "Command exited with non-zero status N" before it. */
function readMaxRss(file: string): number | null {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const kb = Number(lines[lines.length - 1]);
    return Number.isFinite(kb) && kb > 0 ? kb : null;
  } catch {
    return null;
  }
}

/**
 * npm runs a script as `<script-shell> -c "<command>"`. Making the script shell a wrapper that
 * execs GNU time puts time *under* npm: %M then covers the script and its children but not npm
 * itself, whose ~65 MB would otherwise be the figure of every small step.
 */
function writeTimeShell(dir: string): string {
  const file = join(dir, 'time-shell.sh');
  writeFileSync(file, `#!/bin/sh\nexec ${gnuTime} -f %M -o "$BENCH_RSS_FILE" /bin/sh "$@"\n`);
  chmodSync(file, 0o755);
  return file;
}

/** npm options go before `--`; everything after it is handed to the script. */
function withNpmOption(npmArgs: string[], option: string): string[] {
  const end = npmArgs.indexOf('--');
  return end === -1 ? [...npmArgs, option] : [...npmArgs.slice(0, end), option, ...npmArgs.slice(end)];
}

export async function measureStep(step: NpmStep): Promise<StepRun> {
  const useTime = hasGnuTime();
  const rssFile = `${step.logFile}.rss`;
  const args = useTime ? withNpmOption(step.npmArgs, `--script-shell=${writeTimeShell(dirname(step.logFile))}`) : step.npmArgs;
  const env = useTime ? { ...step.env, BENCH_RSS_FILE: rssFile } : step.env;

  const log = openSync(step.logFile, 'w');
  const started = performance.now();
  const child = spawn('npm', args, { cwd: step.cwd, env, stdio: ['ignore', log, log] });
  lowerPriority(child.pid, step.niceness);
  const sampler = child.pid === undefined ? null : sampleTree(child.pid);
  const exitCode = await new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`bench: cannot start npm: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const seconds = (performance.now() - started) / 1000;
  sampler?.stop();
  closeSync(log);

  const timed = useTime ? readMaxRss(rssFile) : null;
  if (useTime) rmSync(rssFile, { force: true });
  return {
    exitCode,
    seconds,
    // A step shorter than one sampling interval may leave the sampler with nothing: say so.
    peakRssKb: useTime ? timed : (sampler?.treePeakKb() || null),
    rssMethod: useTime ? 'gnu-time' : 'proc-sampler',
    treePeakRssKb: sampler?.treePeakKb() ?? 0,
  };
}
