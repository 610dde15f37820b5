/** Worker thread entry: runs the split core on the files the main thread gives it. */
import { parentPort } from 'node:worker_threads';
import { createSplitCore } from './split-core.ts';
import type { InputFile } from './collect-inputs.ts';

type Message =
  | { step: 'split'; inputs: InputFile[]; correctionsDir: string | null }
  | { step: 'resplit'; renamed: [string, string][] }
  | { step: 'write'; outDir: string; inDir: string; sharedTerms: string[]; dropped: string[]; unitIds: [string, string][]; jsonPart: string | null };

const core = createSplitCore();
parentPort!.on('message', async (msg: Message) => {
  if (msg.step === 'split') parentPort!.postMessage(await core.split(msg.inputs, msg.correctionsDir));
  else if (msg.step === 'resplit') parentPort!.postMessage(core.resplit(msg.renamed));
  else parentPort!.postMessage(await core.write(msg.outDir, msg.inDir, msg.sharedTerms, msg.dropped, msg.unitIds, msg.jsonPart));
});
