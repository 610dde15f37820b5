/**
 * Packs the site's files for the offline zip on one worker a core, and hands them back in the
 * order given. A bounded number of batches is out at once, so memory holds a few batches, never
 * the site, however slow one large file is.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PackedFile } from '../../src/offline/zip-writer.ts';
import type { PackJob } from './pack-worker.ts';

/** Files a message: enough to make a message's cost small beside the deflating, few enough to keep memory low. */
const batchSize = 32;
/** Batches sent and not yet written, per worker: one being packed, one waiting. */
const aheadPerWorker = 2;

export async function* packFiles(dist: string, files: string[], workers = availableParallelism()): AsyncGenerator<PackedFile> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const pool = Array.from({ length: Math.max(1, Math.min(workers, batches.length)) }, () => new Worker(new URL('./pack-worker.ts', import.meta.url)));
  const done = new Map<number, PackedFile[]>();
  // A worker once for each batch it may hold: one being packed, one waiting in its queue.
  const slots = Array.from({ length: aheadPerWorker }, () => pool).flat();
  let sent = 0;
  let next = 0;
  let failed: Error | null = null;
  let wake: (() => void) | null = null;
  const pump = () => {
    while (slots.length > 0 && sent < batches.length && sent < next + pool.length * aheadPerWorker) {
      const job: PackJob = { id: sent, dist, files: batches[sent]! };
      slots.shift()!.postMessage(job);
      sent++;
    }
  };
  for (const worker of pool) {
    worker.on('message', ({ id, packed }: { id: number; packed: PackedFile[] }) => {
      done.set(id, packed);
      slots.push(worker);
      pump();
      wake?.();
    });
    worker.on('error', (error) => {
      failed = error;
      wake?.();
    });
  }
  try {
    for (; next < batches.length; next++) {
      pump();
      while (!done.has(next)) {
        if (failed) throw failed;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const packed = done.get(next)!;
      done.delete(next);
      yield* packed;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
