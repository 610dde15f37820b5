/**
 * Build glue: deadline-status-entry.ts bundled into one classic script (an IIFE, no module), the
 * text of `deadlines/status.js` (src/pages/deadlines/status.js.ts). A classic script loaded by
 * `src` runs from file:// and under the Content-Security-Policy's script-src 'self', where module
 * scripts do not run from disk and an inline script would repeat its bytes on every page.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

// Resolved from the project folder, where every build runs (like the collections folder):
// bundled into Astro's server chunks, this module no longer sits beside the entry.
const entry = resolve('src/site/deadline-status-entry.ts');

export async function deadlineStatusScript(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
  });
  return result.outputFiles[0]!.text;
}
