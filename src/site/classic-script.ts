/**
 * Build glue: a browser entry bundled into one classic script (an IIFE, no module). Classic
 * scripts loaded by `src` run from file:// and under the Content-Security-Policy's script-src
 * 'self', where module scripts do not run from disk and an inline script would repeat its bytes
 * on every page. The deadline status and the search highlighter are built this way.
 */
import { build } from 'esbuild';

export async function bundleClassicScript(entry: string): Promise<string> {
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
