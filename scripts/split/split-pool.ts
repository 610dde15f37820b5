/**
 * Runs the split core on the main thread and worker threads, each on a contiguous share of the
 * files so that results come back in input order; small inputs stay on the main thread alone.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { createSplitCore, type SplitStepResult, type WriteStepResult } from './split-core.ts';
import type { InputFile } from './collect-inputs.ts';

/** Below this many files a worker's start-up costs more than it saves. */
const WORKER_THRESHOLD = 40;

export interface SplitPool {
  split(inputs: InputFile[], correctionsDir: string | null): Promise<SplitStepResult[]>;
  /** Splits again the documents the library renamed (source → id); results of the renamed only. */
  resplit(renamed: [string, string][]): Promise<SplitStepResult[]>;
  /** `json`: whether to make the documents' entries of the JSON export. */
  write(outDir: string, sharedTerms: string[], dropped: string[], json: boolean): Promise<WriteStepResult[]>;
  close(): Promise<void>;
}

function chunks<T>(list: T[], n: number): T[][] {
  const size = Math.ceil(list.length / n);
  return Array.from({ length: n }, (_, i) => list.slice(i * size, (i + 1) * size));
}

export function createSplitPool(fileCount: number): SplitPool {
  const wanted = Number(process.env.SPLIT_THREADS) || Math.min(availableParallelism(), 8);
  const threads = fileCount < WORKER_THRESHOLD ? 0 : Math.min(wanted, Math.ceil(fileCount / WORKER_THRESHOLD));
  if (threads < 2) {
    const core = createSplitCore();
    return {
      split: async (inputs, correctionsDir) => [await core.split(inputs, correctionsDir)],
      resplit: async (renamed) => [core.resplit(renamed)],
      write: async (outDir, shared, dropped, json) => [await core.write(outDir, shared, dropped, json)],
      close: async () => {},
    };
  }
  // The main thread has the split loaded already and only waits while the others work: it takes
  // the first share itself, which saves a worker's start-up (loading and compiling every module of
  // the split again, about half a second of CPU) and its memory.
  const core = createSplitCore();
  const workers = Array.from({ length: threads - 1 }, () => new Worker(new URL('./split-worker.ts', import.meta.url)));
  const ask = <T>(w: Worker, msg: unknown) =>
    new Promise<T>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
      w.postMessage(msg);
    });
  /** The workers' answers, asked first so that they work while the main thread does its share. */
  const all = async <T>(theirs: Promise<T>[], mine: () => Promise<T> | T): Promise<T[]> => {
    theirs.forEach((p) => p.catch(() => {})); // awaited below; a failure of the main thread's share must not leave them unhandled
    const own = await mine();
    return [own, ...(await Promise.all(theirs))];
  };
  return {
    split: (inputs, correctionsDir) => {
      const [own, ...rest] = chunks(inputs, threads);
      return all(rest.map((part, i) => ask<SplitStepResult>(workers[i], { step: 'split', inputs: part, correctionsDir })), () => core.split(own, correctionsDir));
    },
    resplit: (renamed) => all(workers.map((w) => ask<SplitStepResult>(w, { step: 'resplit', renamed })), () => core.resplit(renamed)),
    write: (outDir, sharedTerms, dropped, json) => all(workers.map((w) => ask<WriteStepResult>(w, { step: 'write', outDir, sharedTerms, dropped, json })), () => core.write(outDir, sharedTerms, dropped, json)),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
