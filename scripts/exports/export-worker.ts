/** Worker thread entry: writes the document and unit files of the share the main thread gives it. */
import { parentPort } from 'node:worker_threads';
import { writeViews, type ScopedView, type WorkerShare } from './write-views.ts';

parentPort!.once('message', async (share: WorkerShare) => {
  // The views are rebuilt lazily from indexes, so the worker holds its rows once.
  function* views(): Generator<ScopedView> {
    for (const v of share.views) yield { scope: v.scope, id: v.id, view: { title: v.title, rows: v.rows.map((i) => share.rows[i]!), documents: [], units: [] } };
  }
  try {
    parentPort!.postMessage({ ok: await writeViews(views(), share.dist) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
