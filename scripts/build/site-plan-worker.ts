/**
 * Plans a build in parts on a worker thread (scripts/build/site-plan.ts): at 10,000 documents
 * reading every entry and relating the measures takes a minute, during which the library part's
 * build is already running and its output must keep flowing through the main thread.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { planSiteParts, type SitePlan } from './site-plan.ts';

type Request = { collections: string; work: string; documentsPerPart: number };

export function planSitePartsOffThread(collections: string, work: string, documentsPerPart: number): Promise<SitePlan> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { collections, work, documentsPerPart } satisfies Request });
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => { if (code !== 0) fail(new Error(`planning the parts stopped with exit code ${code}`)); });
  });
}

if (!isMainThread && parentPort) {
  const { collections, work, documentsPerPart } = workerData as Request;
  parentPort.postMessage(planSiteParts(collections, work, documentsPerPart));
}
