/**
 * `npm run build:index`: indexes the built site ($POLICY_DIST, default dist) with Pagefind's Node
 * API into <dist>/pagefind/. Fails (exit 1) when Pagefind reports an error or the site is not
 * built; a site without documents gets an empty index.
 *
 * - Only document pages are indexed, and of each only <main> (Base.astro marks it
 *   `data-pagefind-body`; chrome, the record panel and each measure's facts are
 *   `data-pagefind-ignore`). Each text is indexed once: a measure's text is in its document, and
 *   the document page carries what a result needs of its measures as metadata
 *   (src/search/engine/measure-meta.ts). Measure, unit and term pages, home and the lists repeat
 *   what documents say; they are built and linked, not indexed.
 * - In shards (src/search/engine/shards.ts): at most `documentsPerShard` (or
 *   POLICY_DOCUMENTS_PER_SHARD) documents per Pagefind
 *   process, one process after another (createIndex … close), because the indexer holds about
 *   1 MB per document page until it writes. The search merges the shards (Pagefind's multisite
 *   search); the search page says how many there are, and a mismatch fails the build.
 * - `forceLanguage: 'zh-cn'`: every page says `lang="zh-CN"`; forcing it keeps one Chinese index
 *   (segmented words plus character bigrams, which the search relies on) even if a page does not.
 * - Pagefind also writes its ready-made UIs and a web-worker copy of its code; the search page
 *   uses neither (src/search/browser/pagefind.ts), so they are removed rather than shipped; a
 *   shard after the first keeps only its index (the first shard's code and WebAssembly serve all).
 * - Each shard's words are regrouped into smaller chunks after Pagefind has written them
 *   (src/search/index/repack.ts): Pagefind's chunks hold up to 20,000 word positions besides the
 *   word a query asks for, and a query loads one per shard; chunks and fragments are then
 *   numbered under one tag per shard, which keeps the metadata every search loads small. Pagefind
 *   indexes on one thread, so a shard is repacked on a worker thread (scripts/index/) while
 *   Pagefind indexes the next: at 10,000 documents in 4 shards 205.0 → 172.1 s, the same files.
 *   What a one-character query must preload, from every shard, goes into
 *   pagefind/continuations.json (src/search/index/continuations.ts).
 * - It also writes <dist>/search/highlight.js, the script that marks the searched text on the page
 *   a result opens (src/search/browser/highlight-entry.ts), as one classic script so it runs from disk too.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleClassicScript } from '../src/site/classic-script.ts';
import * as pagefind from 'pagefind';
import { shardCount, shardFolder, shardSizeOf } from '../src/search/engine/shards.ts';
import { continuationsFile, mergeContinuations } from '../src/search/index/continuations.ts';
import { highlightScript, pagefindFolder } from '../src/search/index/site-outputs.ts';

/** Document pages to index, relative to dist, in a fixed order (shards do not depend on the disk). */
function documentPages(dist: string): string[] {
  const dir = join(dist, 'documents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    // `documents/page/2/` and on are the list's later pages, not documents.
    .filter((e) => e.isDirectory() && e.name !== 'page' && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => `documents/${e.name}/index.html`)
    .sort();
}

async function writeHighlightScript(dist: string): Promise<string[]> {
  try {
    const text = await bundleClassicScript(fileURLToPath(new URL('../src/search/browser/highlight-entry.ts', import.meta.url)));
    mkdirSync(join(dist, dirname(highlightScript)), { recursive: true });
    writeFileSync(join(dist, highlightScript), text);
    return [];
  } catch (error) {
    return [`highlight script: ${error instanceof Error ? error.message : String(error)}`];
  }
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Pagefind indexes one shard in a process of its own, from start to written files. */
async function indexShard(dist: string, pages: readonly string[], outputPath: string): Promise<string[]> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index || errors.length > 0) return errors.length > 0 ? errors : ['Pagefind did not create an index'];
    for (const sourcePath of pages) {
      const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(dist, sourcePath), 'utf8') });
      if (added.errors.length > 0) return added.errors.map((e) => `${sourcePath}: ${e}`);
    }
    const written = await index.writeFiles({ outputPath });
    return written.errors;
  } finally {
    // Ends the Pagefind process and frees what it held before the next shard starts one.
    await pagefind.close();
  }
}

interface Finished {
  problems: string[];
  /** What a one-character query must preload in the shard (src/search/index/continuations.ts). */
  continuations: [character: string, term: string][];
}

/** Repacks a written shard on a worker thread (scripts/index/finish-shard.ts). */
function finishShardApart(outputPath: string, shard: number): Promise<Finished> {
  return new Promise((done) => {
    const worker = new Worker(new URL('./index/finish-shard-worker.ts', import.meta.url), { workerData: { outputPath, shard } });
    let failure: string | null = null;
    let continuations: [string, string][] | null = null;
    worker.on('message', (message: [string, string][]) => (continuations = message));
    worker.on('error', (error) => (failure = error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => {
      const problems = failure ? [failure] : code !== 0 ? [`repacking stopped (exit ${code})`] : continuations ? [] : ['repacking ended without its result'];
      done({ problems, continuations: continuations ?? [] });
    });
  });
}

/** The shard count the search page was built with (`data-shards`); null without a search form (an empty library). */
function shardsOnSearchPage(dist: string): number | null {
  const page = join(dist, 'search', 'index.html');
  const found = existsSync(page) ? /data-shards="(\d+)"/.exec(readFileSync(page, 'utf8')) : null;
  return found ? Number(found[1]) : null;
}

async function buildIndex(dist: string): Promise<string[]> {
  const started = performance.now();
  const pages = documentPages(dist);
  const perShard = shardSizeOf(process.env.POLICY_DOCUMENTS_PER_SHARD);
  const shards = shardCount(pages.length, perShard);
  const expected = shardsOnSearchPage(dist);
  if (expected !== null && expected !== shards) {
    return [`the search page expects ${expected} shard(s) but ${pages.length} document pages make ${shards} of ${perShard} (POLICY_DOCUMENTS_PER_SHARD)`];
  }
  // No page to index is an empty library (every page says 还没有文件, and the search page loads no
  // search): the index is written all the same, empty. A site not built at all stopped earlier.
  const outputPath = join(dist, pagefindFolder);
  rmSync(outputPath, { recursive: true, force: true });
  // Each shard is repacked while Pagefind indexes the next (one at a time: a repack holds its
  // shard's whole index), so the two use both cores.
  let finishing: Promise<Finished> = Promise.resolve({ problems: [], continuations: [] });
  const continuations: [string, string][] = [];
  for (let n = 1; n <= shards; n++) {
    const t0 = performance.now();
    const part = pages.slice((n - 1) * perShard, n * perShard);
    const written = await indexShard(dist, part, join(outputPath, shardFolder(n)));
    const finished = await finishing;
    if (finished.problems.length > 0) return finished.problems.map((p) => `shard ${n - 1}: ${p}`);
    continuations.push(...finished.continuations);
    if (written.length > 0) return written.map((p) => `shard ${n}: ${p}`);
    if (shards > 1) console.log(`build:index: shard ${n}/${shards}: ${part.length} pages indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    finishing = finishShardApart(join(outputPath, shardFolder(n)), n);
  }
  const finished = await finishing;
  if (finished.problems.length > 0) return finished.problems.map((p) => `shard ${shards}: ${p}`);
  continuations.push(...finished.continuations);
  writeFileSync(join(outputPath, continuationsFile), JSON.stringify(mergeContinuations(continuations)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (sizeOf(outputPath) / 1e6).toFixed(1);
  const empty = pages.length === 0 ? ' (no documents yet: an empty index)' : '';
  console.log(`build:index: ${pages.length} document pages indexed into ${outputPath} (${shards} shard${shards > 1 ? 's' : ''}, ${mb} MB) in ${seconds} s${empty}`);
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
  }
}
for (const p of problems) console.error(`build:index: ${p}`);
process.exitCode = problems.length > 0 ? 1 : 0;
