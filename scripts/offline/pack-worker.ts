/**
 * Worker of scripts/offline/pack-files.ts: reads and packs the batches of files it is sent.
 * Synchronous on purpose: zlib's async API hands each 16 KB of output to the thread pool and back,
 * which cost 1.9× the CPU of deflateRawSync on the 32,823 pages of 1,000 documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { packEntry } from '../../src/offline/pack-entry.ts';

export interface PackJob {
  id: number;
  dist: string;
  files: string[];
}

parentPort?.on('message', (job: PackJob) => {
  const packed = job.files.map((file) => packEntry(file, readFileSync(join(job.dist, file))));
  parentPort!.postMessage({ id: job.id, packed });
});
