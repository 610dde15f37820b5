/**
 * The build's steps, shared by `npm run build` (scripts/build.ts) and the benchmark: which npm
 * script each step runs, with which arguments and environment, and which steps it needs. A step
 * starts as soon as what it needs has succeeded, so independent steps run side by side
 * (scripts/build/schedule.ts).
 *
 * Astro empties its output folder when it starts, so the downloads, which need only the split,
 * are written beside dist/ while the site builds and moved in afterwards (`place-downloads`).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { hiddenSiblingOf } from './hidden-sibling.ts';

export const stepIds = ['split', 'site', 'exports', 'place-downloads', 'index', 'offline-pages', 'offline'] as const;
export type StepId = (typeof stepIds)[number];

export type BuildPaths = {
  /** The policy documents (input of split). */
  corpus: string;
  /** Where split writes the MDX content collections (input of the site build). */
  collections: string;
  /** The split's JSON (input of the downloads step). */
  splitJson: string;
  /** The site build's output, indexed and made offline-ready in place. */
  dist: string;
};

type StepBase = {
  id: StepId;
  label: string;
  /** Steps that must have succeeded for this one to mean anything. */
  needs: StepId[];
};

/**
 * A step run as `npm run <script> --silent [-- args]` with `env` added to the environment;
 * `niceness` lowers its CPU priority (0–19) so that a step beside it keeps the cores it needs.
 */
export type ScriptStep = StepBase & { script: string; args: string[]; env: Record<string, string>; niceness?: number };
/** A step done in the calling process: moving files, nothing to measure. */
export type ActionStep = StepBase & { action: () => void };
export type BuildStep = ScriptStep | ActionStep;

export const isScriptStep = (step: BuildStep): step is ScriptStep => 'script' in step;

/** Where the downloads wait while Astro owns dist/: a hidden sibling, so moving them is a rename. */
export const downloadsStagingOf = (dist: string) => hiddenSiblingOf(dist, 'downloads');

/** Moves the staged downloads/ into dist/, replacing what a previous build left there. */
export function placeDownloads(dist: string): void {
  const staging = downloadsStagingOf(dist);
  const from = join(staging, 'downloads');
  const to = join(dist, 'downloads');
  if (!existsSync(from)) throw new Error(`no downloads in ${from}: the downloads step wrote nothing`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  renameSync(from, to);
  rmSync(staging, { recursive: true, force: true });
}

/** Paths are passed absolute: each step may resolve relative paths from a different directory. */
export function buildSteps(paths: BuildPaths): BuildStep[] {
  const dist = { POLICY_DIST: paths.dist };
  return [
    { id: 'split', label: 'split', script: 'split', args: ['--in', paths.corpus, '--out', paths.collections, '--quiet', '--json', paths.splitJson], env: {}, needs: [] },
    { id: 'site', label: 'site build', script: 'build:site', args: [], env: { POLICY_COLLECTIONS: paths.collections, ...dist }, needs: ['split'] },
    // Beside the site build, the longest step, on one thread and at a lower priority: it takes
    // the CPU the site build leaves (at 1,000 documents the site build took 114 s beside it at
    // the same priority, 100 s alone), and is done long before the site.
    { id: 'exports', label: 'downloads', script: 'build:exports', args: ['--split', paths.splitJson, '--dist', downloadsStagingOf(paths.dist)], env: { EXPORT_THREADS: process.env.EXPORT_THREADS || '1' }, niceness: 10, needs: ['split'] },
    { id: 'place-downloads', label: 'downloads into dist/', action: () => placeDownloads(paths.dist), needs: ['site', 'exports'] },
    { id: 'index', label: 'indexing', script: 'build:index', args: [], env: dist, needs: ['site'] },
    // Beside the indexing, which keeps one core busy (Pagefind indexes on one thread): the offline
    // zip's pages and downloads, at a lower priority; the offline step then goes on from them.
    { id: 'offline-pages', label: 'offline step, pages (beside indexing)', script: 'build:offline', args: ['--before-index'], env: dist, niceness: 10, needs: ['place-downloads'] },
    { id: 'offline', label: 'offline step', script: 'build:offline', args: [], env: dist, needs: ['index', 'offline-pages'] },
  ];
}

/** `npm run split --silent -- --in …`: `--silent` keeps npm's banner out of the logs. */
export function npmArgs(step: ScriptStep): string[] {
  return ['run', step.script, '--silent', ...(step.args.length > 0 ? ['--', ...step.args] : [])];
}

/** Lowers a started step's priority; npm, and every process it starts after this, inherit it. */
export function lowerPriority(pid: number | undefined, niceness: number | undefined): void {
  if (pid === undefined || !niceness) return;
  try {
    setPriority(pid, niceness);
  } catch {
    // Not allowed here (some containers): the step runs at normal priority, only slower beside another.
  }
}
