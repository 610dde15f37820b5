/**
 * Build glue: deadline-status-entry.ts as the classic script `deadlines/status.js`
 * (src/pages/deadlines/status.js.ts).
 */
import { resolve } from 'node:path';
import { bundleClassicScript } from './classic-script.ts';

// Resolved from the project folder, where every build runs (like the collections folder):
// bundled into Astro's server chunks, this module no longer sits beside the entry.
const entry = resolve('src/site/deadline-status-entry.ts');

export const deadlineStatusScript = (): Promise<string> => bundleClassicScript(entry);
