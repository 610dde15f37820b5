/**
 * npm run split -- [--in DIR] [--out DIR] [--json FILE] [--quiet]
 * Reads every policy document in --in, writes the MDX collections to --out, and optionally one
 * JSON file. The only module here that touches the file system; parsing lives in src/lib.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from '../src/lib/decode-text.ts';
import { splitDocument, type SplitDocument } from '../src/lib/split-document.ts';
import { splitsToCollections } from '../src/lib/collections.ts';
import { collectionsToMdx, type MdxFile } from '../src/lib/mdx/entries-to-mdx.ts';
import { splitToJson } from '../src/lib/split-json.ts';
import { summaryTable, problemLines } from '../src/lib/split-report.ts';
import type { Problem } from '../src/schemas/problem.ts';

const COLLECTIONS = ['documents', 'measures', 'goals', 'units', 'deadlines'] as const;

/**
 * Writes every entry and removes entries left from an earlier run. Deleting a whole folder of
 * thousands of files costs more than the split itself, so only stale files are removed; writes run
 * concurrently on libuv's thread pool.
 */
async function writeCollections(outDir: string, files: MdxFile[]): Promise<void> {
  const wanted = new Set(files.map((f) => `${f.collection}/${f.id}.mdx`));
  for (const c of COLLECTIONS) {
    mkdirSync(join(outDir, c), { recursive: true });
    for (const name of readdirSync(join(outDir, c))) if (!wanted.has(`${c}/${name}`)) rmSync(join(outDir, c, name), { force: true });
  }
  const queue = files.slice();
  const worker = async () => {
    for (let f = queue.pop(); f; f = queue.pop()) await writeFile(join(outDir, f.collection, `${f.id}.mdx`), f.mdx);
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'content/sources' },
    out: { type: 'string', default: process.env.POLICY_COLLECTIONS ?? 'content/collections' },
    json: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('用法: npm run split -- [--in 文件目录] [--out 内容集合目录] [--json 导出文件] [--quiet]');
  process.exit(0);
}

const started = performance.now();
const inDir = resolve(values.in);
const problems: Problem[] = [];
const splits: SplitDocument[] = [];
const names = readdirSync(inDir).filter((n) => !n.startsWith('.') && statSync(join(inDir, n)).isFile()).sort();
for (const name of names) {
  const decoded = decodeText(readFileSync(join(inDir, name)));
  if (!decoded.ok) {
    problems.push({ file: name, line: 0, id: 'undecodable', level: 'error', message: `无法读取：${decoded.reason}` });
    continue;
  }
  if (decoded.text.trim() === '') {
    problems.push({ file: name, line: 0, id: 'empty', level: 'warning', message: '空文件，已跳过' });
    continue;
  }
  const split = splitDocument(decoded.text, name);
  problems.push(...split.problems);
  splits.push(split);
}

const collections = splitsToCollections(splits);
problems.push(...collections.problems);
const { files, problems: schemaProblems } = collectionsToMdx(collections);
problems.push(...schemaProblems);

const outDir = resolve(values.out);
await writeCollections(outDir, files);
if (values.json) {
  mkdirSync(dirname(resolve(values.json)), { recursive: true });
  writeFileSync(resolve(values.json), `${JSON.stringify(splitToJson(collections), null, 1)}\n`);
}

const seconds = (performance.now() - started) / 1000;
if (!values.quiet) console.log(summaryTable(collections.splits));
const lines = problemLines(problems);
if (lines.length) console.error(lines.join('\n'));
const errors = problems.filter((p) => p.level === 'error').length;
if (!values.quiet || errors) {
  console.log(`${collections.splits.length} 个文件 → ${files.length} 个 MDX 条目，${seconds.toFixed(2)} 秒；${errors} 个错误，${problems.length - errors} 个警告`);
}
process.exitCode = errors ? 1 : 0;
