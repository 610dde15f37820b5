/**
 * npm run split -- [--in DIR] [--out DIR] [--json FILE] [--quiet]
 * Reads every policy document in --in, writes the MDX collections to --out, and optionally one
 * JSON file. The CLI and its helpers in scripts/split/ are the only code that touches files;
 * parsing lives in src/split.
 */
import { existsSync, readdirSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { duplicateIds, sharedTermKeys, mergeUnits } from '../src/split/library/cross-document.ts';
import { unitsToMdxFiles } from '../src/split/emit/entries-to-mdx.ts';
import { unitJson } from '../src/split/emit/split-json.ts';
import { summaryTable, problemLines } from '../src/split/emit/split-report.ts';
import type { Problem } from '../src/model/schemas/problem.ts';
import { createSplitPool } from './split/split-pool.ts';
import { copyOriginals } from './split/copy-originals.ts';
import { writeAll, CORRECTION_EXTENSIONS } from './split/split-core.ts';
import { problemOf } from '../src/model/schemas/problem.ts';

/** Corrections files whose document is not in the input: a renamed or removed document. */
function orphanCorrections(dir: string, names: string[]) {
  if (!existsSync(dir)) return [];
  const bases = new Set(names.map((n) => n.replace(/\.[^.]*$/, '')));
  return readdirSync(dir)
    .filter((f) => CORRECTION_EXTENSIONS.some((ext) => f.endsWith(ext)) && !bases.has(f.replace(/\.[^.]*$/, '')))
    .map((f) => problemOf('correction-orphan', relative(dirname(dir), join(dir, f)), 0, '校对文件没有对应的文件（文件名应与原文件相同，扩展名为 .yaml 或 .json），未应用'));
}

const COLLECTIONS = ['documents', 'measures', 'goals', 'units', 'deadlines'] as const;

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'content/sources' },
    out: { type: 'string', default: process.env.POLICY_COLLECTIONS ?? 'content/collections' },
    json: { type: 'string' },
    corrections: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('用法: npm run split -- [--in 文件目录] [--out 内容集合目录] [--corrections 校对目录] [--json 导出文件] [--quiet]');
  process.exit(0);
}

const started = performance.now();
const phases: [string, number][] = [];
const phase = (name: string) => phases.push([name, performance.now()]);
const inDir = resolve(values.in);
const outDir = resolve(values.out);
// Corrections sit beside the documents' folder: content/sources → content/corrections.
const correctionsDir = resolve(values.corrections ?? join(dirname(inDir), 'corrections'));
const names = readdirSync(inDir).filter((n) => !n.startsWith('.') && statSync(join(inDir, n)).isFile()).sort();
const pool = createSplitPool(names.length);
const problems: Problem[] = [];

const parts = await pool.split(inDir, names, existsSync(correctionsDir) ? correctionsDir : null);
problems.push(...orphanCorrections(correctionsDir, names));
phase('read+split');
const summaries = parts.flatMap((p) => p.summaries);
problems.push(...parts.flatMap((p) => p.problems));
const duplicates = duplicateIds(summaries);
problems.push(...duplicates.problems);
const kept = summaries.filter((s) => !duplicates.dropped.has(s.source));

for (const c of COLLECTIONS) mkdirSync(join(outDir, c), { recursive: true });
const units = mergeUnits(kept);
const unitFiles = unitsToMdxFiles(units);
problems.push(...unitFiles.problems);
phase('units');
const written = await pool.write(outDir, [...sharedTermKeys(kept)], [...duplicates.dropped]);
phase('mdx+write');
await pool.close();
writeAll(outDir, unitFiles.files);
problems.push(...written.flatMap((w) => w.problems));
// Entries left from an earlier run are removed one by one: deleting whole folders of thousands
// of files costs more than the split itself.
const wanted = new Set([...unitFiles.files.map((f) => `units/${f.id}.mdx`), ...written.flatMap((w) => w.written)]);
for (const c of COLLECTIONS) {
  for (const name of readdirSync(join(outDir, c))) if (!wanted.has(`${c}/${name}`)) rmSync(join(outDir, c, name), { force: true });
}

copyOriginals(inDir, outDir, written.flatMap((w) => w.json));
phase('stale');
if (values.json) {
  mkdirSync(dirname(resolve(values.json)), { recursive: true });
  const json = { documents: written.flatMap((w) => w.json), units: units.map(unitJson) };
  writeFileSync(resolve(values.json), `${JSON.stringify(json, null, 1)}\n`);
}

phase('json');
const seconds = (performance.now() - started) / 1000;
if (values.timings) {
  console.error(phases.map(([name, at], i) => `${name} ${((at - (i ? phases[i - 1][1] : started)) / 1000).toFixed(2)}s`).join('  '));
}
if (!values.quiet) console.log(summaryTable(parts.flatMap((p) => p.rows).filter((_, i) => !duplicates.dropped.has(summaries[i].source))));
const lines = problemLines(problems);
if (lines.length) console.error(lines.join('\n'));
const errors = problems.filter((p) => p.level === 'error').length;
if (!values.quiet || errors) {
  console.log(`${kept.length} 个文件 → ${wanted.size} 个 MDX 条目，${seconds.toFixed(2)} 秒（${(kept.length / seconds).toFixed(0)} 个/秒）；${errors} 个错误，${problems.length - errors} 个警告`);
}
process.exitCode = errors ? 1 : 0;
