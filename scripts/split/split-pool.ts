/**
 * Runs the split core on worker threads, each on a contiguous share of the files so that results
 * come back in input order, while the main thread keeps only the steps that see the whole library;
 * small inputs stay on the main thread alone. POLICY_SPLIT_WORKERS sets the number of workers
 * (0: none, the main thread splits everything); by default one per core for 40 files or more.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { SplitStepResult, WriteStepResult } from './split-core.ts';
import type { InputFile } from './collect-inputs.ts';

/** Below this many files a worker's start-up (every module of the split loaded again, about half a second of CPU) costs more than it saves. */
const WORKER_THRESHOLD = 40;
/**
 * A worker's young generation: the split makes short-lived strings and arrays by the million, and
 * V8's default (a few MB) spent 17 % of the split's CPU collecting them; at 48 MB it is under 10 %.
 */
const YOUNG_GENERATION_MB = 48;

export interface SplitPool {
  split(inputs: InputFile[], correctionsDir: string | null): Promise<SplitStepResult[]>;
  /** Splits again the documents the library renamed (source → id); results of the renamed only. */
  resplit(renamed: [string, string][]): Promise<SplitStepResult[]>;
  /**
   * `inDir`: where the originals are copied from; `unitIds`: unit key → id, the ids the library
   * changed (src/split/library/unit-ids.ts); `json`: the JSON export, beside which each share writes
   * its documents' entries (jsonPartOf).
   */
  write(outDir: string, inDir: string, sharedTerms: string[], dropped: string[], unitIds: [string, string][], json: string | null): Promise<WriteStepResult[]>;
  close(): Promise<void>;
}

/** Where share `i` writes its documents' entries of the JSON export, read back and removed by the main thread. */
export const jsonPartOf = (json: string, i: number) => `${json}.part${i}`;

function chunks<T>(list: T[], n: number): T[][] {
  const size = Math.ceil(list.length / n);
  return Array.from({ length: n }, (_, i) => list.slice(i * size, (i + 1) * size));
}

/** How many workers: POLICY_SPLIT_WORKERS when set (never more than one a file), else one a core when the library is large enough. */
export function workerCount(fileCount: number, setting = process.env.POLICY_SPLIT_WORKERS): number {
  if (setting !== undefined && setting !== '') {
    const n = Number(setting);
    if (!Number.isInteger(n) || n < 0) throw new Error(`POLICY_SPLIT_WORKERS 应为 0 或正整数，而不是“${setting}”`);
    return Math.min(n, fileCount);
  }
  if (fileCount < WORKER_THRESHOLD) return 0;
  const n = Math.min(availableParallelism(), 8, Math.ceil(fileCount / WORKER_THRESHOLD));
  // One worker would only add its start-up to the main thread's waiting.
  return n < 2 ? 0 : n;
}

/** Loaded only here: when workers split, the main thread never needs the split's rules. */
async function mainThreadPool(): Promise<SplitPool> {
  const { createSplitCore } = await import('./split-core.ts');
  const core = createSplitCore();
  return {
    split: async (inputs, correctionsDir) => [await core.split(inputs, correctionsDir)],
    resplit: async (renamed) => [core.resplit(renamed)],
    write: async (outDir, inDir, shared, dropped, unitIds, json) => [await core.write(outDir, inDir, shared, dropped, unitIds, json && jsonPartOf(json, 0))],
    close: async () => {},
  };
}

export async function createSplitPool(fileCount: number): Promise<SplitPool> {
  const count = workerCount(fileCount);
  if (count === 0) return mainThreadPool();
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./split-worker.ts', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
  );
  const ask = <T>(w: Worker, msg: unknown) =>
    new Promise<T>((resolve, reject) => {
      const fail = (e: unknown) => {
        w.off('message', done);
        reject(e);
      };
      const done = (answer: T) => {
        w.off('error', fail);
        resolve(answer);
      };
      w.once('message', done);
      w.once('error', fail);
      w.postMessage(msg);
    });
  return {
    split: (inputs, correctionsDir) => Promise.all(chunks(inputs, count).map((part, i) => ask<SplitStepResult>(workers[i], { step: 'split', inputs: part, correctionsDir }))),
    resplit: (renamed) => Promise.all(workers.map((w) => ask<SplitStepResult>(w, { step: 'resplit', renamed }))),
    write: (outDir, inDir, sharedTerms, dropped, unitIds, json) =>
      Promise.all(workers.map((w, i) => ask<WriteStepResult>(w, { step: 'write', outDir, inDir, sharedTerms, dropped, unitIds, jsonPart: json && jsonPartOf(json, i) }))),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
