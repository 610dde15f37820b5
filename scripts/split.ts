/**
 * npm run split -- [--in DIR] [--out DIR] [--json FILE] [--quiet] [--strict]
 * Reads every policy document in --in (and its subfolders), writes the MDX collections to --out,
 * and optionally one JSON file. A file that cannot be split is reported as `file:line: message` and
 * skipped; the rest of the library is written, and the run ends with what was skipped. Exit 1 on an
 * error that is not a skipped file (or, with --strict, on any skipped file); 2 when the split
 * itself fails. The CLI and its helpers in scripts/split/ are the only code that touches files;
 * parsing lives in src/split.
 */
import { existsSync, readdirSync, readFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveIds, sharedTermKeys, mergeUnits, type DocumentSummary } from '../src/split/library/cross-document.ts';
import { libraryUnitIds } from '../src/split/library/unit-ids.ts';
import { unitsToMdxFiles } from '../src/split/emit/entries-to-mdx.ts';
import { unitJson, entryText, splitJsonPieces } from '../src/split/emit/split-json.ts';
import { summaryTable, problemLines, skippedSummary, type SummaryRow } from '../src/split/emit/split-report.ts';
import { safeText } from '../src/split/emit/safe-text.ts';
import { collectInputs } from './split/collect-inputs.ts';
import type { Problem } from '../src/model/schemas/problem.ts';
import { createSplitPool, jsonPartOf } from './split/split-pool.ts';
import { originalsDir, removeStaleOriginals } from './split/copy-originals.ts';
import { writePieces } from './split/write-pieces.ts';
import { entryWriter } from './split/write-entries.ts';
import { CORRECTION_EXTENSIONS } from './split/corrections-file.ts';
import { problemOf, skippingProblems } from '../src/model/schemas/problem.ts';

/** Corrections files whose document is not in the input: a renamed or removed document. */
function orphanCorrections(dir: string, names: string[]) {
  if (!existsSync(dir)) return [];
  const bases = new Set(names.map((n) => n.replace(/\.[^./]*$/, '')));
  return readdirSync(dir)
    .filter((f) => CORRECTION_EXTENSIONS.some((ext) => f.endsWith(ext)) && !bases.has(f.replace(/\.[^.]*$/, '')))
    .map((f) => problemOf('correction-orphan', relative(dirname(dir), join(dir, f)), 0, '校对文件没有对应的文件（文件名应与原文件相同，扩展名为 .yaml 或 .json），未应用'));
}

const COLLECTIONS = ['documents', 'measures', 'goals', 'units', 'deadlines'] as const;

const USAGE = '用法: npm run split -- [--in 文件目录] [--out 内容集合目录] [--corrections 校对目录] [--json 导出文件] [--quiet] [--strict]';

function options() {
  return parseArgs({
    options: {
      in: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: process.env.POLICY_COLLECTIONS ?? 'content/collections' },
      json: { type: 'string' },
      corrections: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      timings: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
}

/** The documents' summaries and rows after the library renamed some: the renamed replace the old. */
function applyRenames(summaries: DocumentSummary[], rows: SummaryRow[], redone: { summaries: DocumentSummary[]; rows: SummaryRow[] }[]) {
  const bySource = new Map(redone.flatMap((r) => r.summaries.map((s, i) => [s.source, { summary: s, row: r.rows[i] }] as const)));
  summaries.forEach((s, i) => {
    const r = bySource.get(s.source);
    if (r) [summaries[i], rows[i]] = [r.summary, r.row];
  });
}

async function main(): Promise<number> {
  const values = options();
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const phases: [string, number][] = [];
  const phase = (name: string) => phases.push([name, performance.now()]);
  const inDir = resolve(values.in);
  const outDir = resolve(values.out);
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) {
    console.error(problemLines([problemOf('no-input', values.in, 0, existsSync(inDir) ? '不是文件夹' : '输入文件夹不存在')]).join('\n'));
    return 1;
  }
  // Corrections sit beside the documents' folder: content/sources → content/corrections.
  const correctionsDir = resolve(values.corrections ?? join(dirname(inDir), 'corrections'));
  const problems: Problem[] = [];
  const inputs = collectInputs(inDir);
  problems.push(...inputs.problems);
  const pool = await createSplitPool(inputs.files.length);
  try {
    const parts = await pool.split(inputs.files, existsSync(correctionsDir) ? correctionsDir : null);
    const sources = inputs.files.map((f) => f.source);
    problems.push(...orphanCorrections(correctionsDir, sources.filter((s) => !s.includes('/'))));
    phase('read+split');
    const summaries = parts.flatMap((p) => p.summaries);
    const rows = parts.flatMap((p) => p.rows);
    problems.push(...parts.flatMap((p) => p.problems));
    const ids = resolveIds(summaries);
    problems.push(...ids.problems);
    if (ids.renamed.size) applyRenames(summaries, rows, await pool.resplit([...ids.renamed]));
    const kept = summaries.filter((s) => !ids.dropped.has(s.source));

    for (const c of COLLECTIONS) mkdirSync(join(outDir, c), { recursive: true });
    mkdirSync(originalsDir(outDir), { recursive: true });
    // What was there before this run: only those files can be stale, since everything written is
    // wanted. Listed now, while a fresh folder is empty, not after writing 400,000 entries.
    const earlier = COLLECTIONS.map((c) => [c, readdirSync(join(outDir, c))] as const);
    // The workers write their documents' entries and copy their originals (for the 下载原文 links)
    // while this thread merges, makes and writes the units'.
    const json = values.json === undefined ? null : resolve(values.json);
    if (json) mkdirSync(dirname(json), { recursive: true });
    // Unit ids that two bodies' names would share, decided here, before the workers write their
    // measures: the few changed ids travel with the write step (unit-ids.ts).
    const unitIds = libraryUnitIds(kept);
    const writing = pool.write(outDir, inDir, [...sharedTermKeys(kept)], [...ids.dropped], [...unitIds], json);
    writing.catch(() => {}); // awaited below; a failure of the units' step must not leave it unhandled
    const units = mergeUnits(kept, unitIds);
    phase('units');
    // Each unit's entry written as soon as it is made, like the workers' entries (split-core.ts).
    const writeUnits = entryWriter(outDir);
    const unitEntries: string[] = [];
    for (const unit of units) {
      const made = unitsToMdxFiles([unit]);
      problems.push(...made.problems);
      writeUnits(made.files);
      for (const f of made.files) unitEntries.push(`units/${f.id}.mdx`);
    }
    const written = await writing;
    phase('mdx+write');
    removeStaleOriginals(outDir, written.flatMap((w) => w.documents));
    problems.push(...written.flatMap((w) => w.problems));
    // Entries left from an earlier run are removed one by one: deleting whole folders of thousands
    // of files costs more than the split itself.
    const wanted = new Set([...unitEntries, ...written.flatMap((w) => w.written)]);
    for (const [c, names] of earlier) {
      for (const name of names) if (!wanted.has(`${c}/${name}`)) rmSync(join(outDir, c, name), { force: true });
    }
    phase('stale');
    if (json) {
      // Each share's documents' entries, as the worker wrote them, read back one share at a time.
      const parts = written.map((w, i) => (w.jsonEntries ? jsonPartOf(json, i) : null));
      const runs = (function* () {
        for (const part of parts) yield part && readFileSync(part);
      })();
      writePieces(json, splitJsonPieces({ documents: { runs }, units: units.map((u) => entryText(unitJson(u))), problems: problems.map(entryText) }));
      for (const i of written.keys()) rmSync(jsonPartOf(json, i), { force: true });
    }
    phase('json');
    const seconds = (performance.now() - started) / 1000;
    if (values.timings) {
      console.error(phases.map(([name, at], i) => `${name} ${((at - (i ? phases[i - 1][1] : started)) / 1000).toFixed(2)}s`).join('  '));
    }
    if (!values.quiet) console.log(summaryTable(rows.filter((_, i) => !ids.dropped.has(summaries[i].source))));
    return report(problems, { documents: kept.length, entries: wanted.size, seconds }, values);
  } finally {
    await pool.close();
  }
}

/** Prints the problems and the closing lines; the exit status. */
function report(problems: Problem[], done: { documents: number; entries: number; seconds: number }, values: { quiet: boolean; strict: boolean }): number {
  const lines = problemLines(problems);
  if (lines.length) console.error(lines.join('\n'));
  const skipped = problems.filter((p) => skippingProblems.has(p.id));
  const failing = problems.filter((p) => p.level === 'error' && !skippingProblems.has(p.id)).length;
  if (skipped.length || problems.some((p) => p.level === 'notice')) console.error(skippedSummary(problems));
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.filter((p) => p.level === 'warning').length;
  if (!values.quiet || failing) {
    const rate = (done.documents / done.seconds).toFixed(0);
    console.log(`${done.documents} 个文件 → ${done.entries} 个 MDX 条目，${done.seconds.toFixed(2)} 秒（${rate} 个/秒）；${errors} 个错误，${warnings} 个警告`);
  }
  if (values.strict && skipped.length) console.error(`--strict：有 ${skipped.length} 个文件被跳过，以失败退出`);
  return failing || (values.strict && skipped.length) ? 1 : 0;
}

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

// One line, never a stack trace: a bad option, an output folder that cannot be written, a bug.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`split: 错误: ${safeText(errorText(e))}`);
    if (process.env.SPLIT_DEBUG) console.error(e);
    process.exitCode = 2;
  },
);
