/** Worker thread entry: runs the split core on the files the main thread gives it. */
import { parentPort } from 'node:worker_threads';
import { createSplitCore } from './split-core.ts';

const core = createSplitCore();
parentPort!.on('message', async (msg: { step: 'split'; inDir: string; names: string[]; correctionsDir: string | null } | { step: 'write'; outDir: string; sharedTerms: string[]; dropped: string[] }) => {
  if (msg.step === 'split') parentPort!.postMessage(await core.split(msg.inDir, msg.names, msg.correctionsDir));
  else parentPort!.postMessage(await core.write(msg.outDir, msg.sharedTerms, msg.dropped));
});
