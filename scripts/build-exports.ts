/**
 * `npm run build:exports` (in `npm run build`, after the site): the downloads, from the split's
 * JSON (content/split.json), written under <dist>/downloads/ (src/model/downloads.ts):
 *
 *   library/policy-library.{xlsx,csv,json,ics}   the whole library
 *   documents/<id>.{xlsx,csv}                    each document with measures
 *   units/<id>.{xlsx,csv,ics}                    each unit with measures, across documents (.ics when
 *                                                one of them has a date or a cycle)
 *
 * The formats are pure exporters (src/exports/); this file only reads, loops and writes. Rows are
 * built once and shared by every file, so the step is linear in the library. The output is
 * byte-identical between builds of the same library. Links point at the measure pages: absolute
 * with SITE_URL, else relative to the file (`../../measures/x/index.html`), which works in a copy
 * on disk.
 *
 *   node scripts/build-exports.ts [--split FILE] [--dist DIR]   (defaults content/split.json, $POLICY_DIST or dist)
 */
import { readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { splitJsonSchema, type SplitJson } from '../src/model/schemas/split-json.ts';
import { splitToRows, splitToViews, type ExportRow } from '../src/exports/index.ts';
import { writeViews, type FileSummary, type ScopedView, type WorkerShare } from './exports/write-views.ts';

/** The split's JSON, checked against its documented shape; every mismatch as `path: message`. */
export function readSplitJson(file: string): SplitJson {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`${file}: not readable as JSON (run \`npm run split -- --json ${file}\`)`, { cause });
  }
  const parsed = splitJsonSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 10).map((i) => `  - ${i.path.join('.')}: ${i.message}`);
  throw new Error(`${file}: not the split's JSON shape\n${lines.join('\n')}`);
}

export interface ExportSummary {
  files: number;
  bytes: number;
  rows: number;
}

/** Below this many documents and units a worker's start-up (loading the exporters again) costs more than it saves. */
const WORKER_THRESHOLD = 200;
/** A file's fixed cost (zip, open, write) in rows' worth of work: what the shares are balanced on. */
const FILE_COST = 20;

export const exportThreads = (views: number) =>
  views < WORKER_THRESHOLD ? 1 : Math.max(1, Number(process.env.EXPORT_THREADS) || Math.min(availableParallelism(), 8));

/**
 * The documents' and units' views in `threads` shares of about equal work, the main thread's
 * (first) counting the library it writes too. Views of one file (the split can list a unit twice)
 * stay in one share and in their order, so the last one written wins as on one thread.
 */
export function shareViews(views: readonly ScopedView[], threads: number, libraryRows: number): ScopedView[][] {
  if (threads <= 1) return [[...views]];
  const groups = new Map<string, { first: number; cost: number; views: ScopedView[] }>();
  views.forEach((v, i) => {
    const key = `${v.scope}/${v.id}`;
    const group = groups.get(key) ?? groups.set(key, { first: i, cost: 0, views: [] }).get(key)!;
    group.views.push(v);
    group.cost += v.view.rows.length + FILE_COST;
  });
  const load = Array.from({ length: threads }, (_, i) => (i === 0 ? libraryRows * 2 : 0));
  const assigned: (typeof groups extends Map<string, infer G> ? G : never)[][] = Array.from({ length: threads }, () => []);
  for (const group of [...groups.values()].sort((a, b) => b.cost - a.cost || a.first - b.first)) {
    const least = load.indexOf(Math.min(...load));
    load[least] += group.cost;
    assigned[least].push(group);
  }
  return assigned.map((gs) => gs.sort((a, b) => a.first - b.first).flatMap((g) => g.views));
}

/** A share as a worker gets it: its rows once, its views as indexes into them. */
function toWorkerShare(views: readonly ScopedView[], dist: string): WorkerShare {
  const local = new Map<ExportRow, number>();
  const rows: ExportRow[] = [];
  const indexOf = (row: ExportRow) => local.get(row) ?? (local.set(row, rows.push(row) - 1), rows.length - 1);
  return { dist, rows, views: views.map(({ scope, id, view }) => ({ scope, id, title: view.title, rows: view.rows.map(indexOf) })) };
}

function runWorker(share: WorkerShare): Promise<FileSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./exports/export-worker.ts', import.meta.url));
    worker.once('message', (answer: { ok?: FileSummary; error?: string }) => {
      void worker.terminate();
      if (answer.ok) resolve(answer.ok);
      else reject(new Error(answer.error));
    });
    worker.once('error', reject);
    worker.postMessage(share);
  });
}

/**
 * Writes every download of the library into `dist`/downloads/, replacing what was there: the
 * library's files and a share of the documents' and units' on the main thread, the other shares on
 * worker threads (EXPORT_THREADS, default one a core, at most 8).
 */
export async function buildExports(split: SplitJson, dist: string, siteUrl: string | undefined, threads?: number): Promise<ExportSummary> {
  const rows = splitToRows(split, { siteUrl });
  const views = splitToViews(split, rows);
  rmSync(join(dist, 'downloads'), { recursive: true, force: true });
  const scoped: ScopedView[] = [
    ...views.documents.map(({ id, view }) => ({ scope: 'document' as const, id, view })),
    ...views.units.map(({ id, view }) => ({ scope: 'unit' as const, id, view })),
  ];
  const [own = [], ...theirs] = shareViews(scoped, threads ?? exportThreads(scoped.length), rows.length);
  // Started first, so that the workers write while the main thread writes the library.
  const answers = theirs.map((share) => runWorker(toWorkerShare(share, dist)));
  answers.forEach((a) => a.catch(() => {})); // awaited below; a failure on the main thread must not leave them unhandled
  const library = await writeViews([{ scope: 'library', id: '', view: views.library }, ...own], dist);
  const summary: ExportSummary = { ...library, rows: rows.length };
  for (const s of await Promise.all(answers)) {
    summary.files += s.files;
    summary.bytes += s.bytes;
  }
  return summary;
}

async function main() {
  const { values } = parseArgs({ options: { split: { type: 'string' }, dist: { type: 'string' } } });
  const splitFile = values.split ?? 'content/split.json';
  const dist = values.dist ?? process.env.POLICY_DIST ?? 'dist';
  const started = performance.now();
  const split = readSplitJson(splitFile);
  const { files, bytes, rows } = await buildExports(split, dist, process.env.SITE_URL || undefined);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build:exports: ${files} files (${(bytes / 1e6).toFixed(1)} MB, ${rows} measures) in ${join(dist, 'downloads')} in ${seconds} s`);
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  try {
    await main();
  } catch (error) {
    console.error(`build:exports: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
