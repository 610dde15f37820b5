/**
 * `npm run build:index`: indexes the built site ($POLICY_DIST, default dist) with Pagefind's Node
 * API into <dist>/pagefind/. Fails (exit 1) when Pagefind reports an error or the site is not
 * built; a site without documents gets an empty index.
 *
 * - Only content pages are indexed — documents, measures, units, terms — and of each only <main>
 *   (Base.astro marks it `data-pagefind-body`; chrome is `data-pagefind-ignore`). Home and the list
 *   pages repeat what those pages say and would only crowd results.
 * - `forceLanguage: 'zh-cn'`: every page says `lang="zh-CN"`; forcing it keeps one Chinese index
 *   (segmented words plus character bigrams, which the search relies on) even if a page does not.
 * - Pagefind also writes its ready-made UIs and a web-worker copy of its code; the search page
 *   uses neither (src/search/browser/pagefind.ts), so they are removed rather than shipped.
 * - It also writes <dist>/search/highlight.js, the script that marks the searched text on the page
 *   a result opens (src/search/browser/highlight-entry.ts), as one classic script so it runs from disk too.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import * as pagefind from 'pagefind';

/** Pages to index, relative to dist (Pagefind glob). */
export const indexedPages = '{documents,measures,units,terms}/*/index.html';

/** Files Pagefind writes that the site never loads. */
const unusedFiles = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;

/** Where SearchHighlight.astro loads the highlighter from, relative to the site root. */
export const highlightScript = 'search/highlight.js';

async function writeHighlightScript(dist: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../src/search/browser/highlight-entry.ts', import.meta.url))],
    outfile: join(dist, highlightScript),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.errors.map((e) => `highlight script: ${e.text}`);
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

async function buildIndex(dist: string): Promise<string[]> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index || errors.length > 0) return errors.length > 0 ? errors : ['Pagefind did not create an index'];
  const added = await index.addDirectory({ path: dist, glob: indexedPages });
  if (added.errors.length > 0) return added.errors;
  // No page to index is an empty library (every page says 还没有文件, and the search page loads no
  // search): the index is written all the same, empty. A site not built at all stopped earlier.
  const outputPath = join(dist, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) return written.errors;
  for (const file of readdirSync(outputPath)) if (unusedFiles.test(file)) rmSync(join(outputPath, file));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (sizeOf(outputPath) / 1e6).toFixed(1);
  const empty = added.page_count === 0 ? ' (no documents yet: an empty index)' : '';
  console.log(`build:index: ${added.page_count} pages indexed into ${outputPath} (${mb} MB) in ${seconds} s${empty}`);
  return [];
}

const dist = resolve(process.env.POLICY_DIST || 'dist');
let problems: string[];
if (!existsSync(join(dist, 'index.html'))) problems = [`${dist} holds no built site (run \`npm run build:site\` first)`];
else {
  try {
    problems = [...(await buildIndex(dist)), ...(await writeHighlightScript(dist))];
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  } finally {
    await pagefind.close();
  }
}
for (const p of problems) console.error(`build:index: ${p}`);
process.exitCode = problems.length > 0 ? 1 : 0;
