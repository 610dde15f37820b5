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
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { downloadFormats, downloadUrl, type DownloadScope } from '../src/model/downloads.ts';
import { splitJsonSchema, type SplitJson } from '../src/model/schemas/split-json.ts';
import { exporters, splitToRows, splitToViews, type ExportView } from '../src/exports/index.ts';
import { rowsHaveEvents } from '../src/exports/calendar.ts';

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

/** Writes every download of the library into `dist`/downloads/, replacing what was there. */
export async function buildExports(split: SplitJson, dist: string, siteUrl: string | undefined): Promise<ExportSummary> {
  const rows = splitToRows(split, { siteUrl });
  const views = splitToViews(split, rows);
  rmSync(join(dist, 'downloads'), { recursive: true, force: true });
  const summary: ExportSummary = { files: 0, bytes: 0, rows: rows.length };
  const write = async (scope: DownloadScope, id: string, view: ExportView) => {
    // A unit's calendar only when it has an event (the unit page offers it on the same rule).
    const formats = downloadFormats[scope].filter((f) => f !== 'ics' || scope === 'library' || rowsHaveEvents(view.rows));
    for (const format of formats) {
      const bytes = await exporters[format].write(view);
      const file = join(dist, downloadUrl(scope, id, format));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      summary.files++;
      summary.bytes += bytes.byteLength;
    }
  };
  await write('library', '', views.library);
  for (const { id, view } of views.documents) await write('document', id, view);
  for (const { id, view } of views.units) await write('unit', id, view);
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
