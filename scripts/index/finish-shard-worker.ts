/**
 * Finishes one shard (finish-shard.ts) on a thread of its own: Pagefind indexes on one thread, so
 * while it indexes the next shard this one's repacking has the other core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { finishShard } from './finish-shard.ts';

const { outputPath, shard } = workerData as { outputPath: string; shard: number };
parentPort!.postMessage(finishShard(outputPath, shard));
