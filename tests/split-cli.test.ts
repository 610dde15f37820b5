/** The split command as people run it: files in, collections and JSON out, problems printed, exit code. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fixtureCases } from './support/fixture-cases.ts';

const root = new URL('..', import.meta.url).pathname;
const artifacts = join(root, 'tests/fixtures/artifacts');

/** A file to put in an input folder, under the name the CLI will see. */
interface InputFile { path: string; name: string }

/** The five seed documents (tests/fixtures/seeds), under their original file names, in file-name order. */
const seeds: InputFile[] = fixtureCases('seeds')
  .map((c) => ({ path: fileURLToPath(new URL('input.txt', c.dir)), name: c.source }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const artifact = (name: string): InputFile => ({ path: join(artifacts, name), name });

function run(inDir: string, extra: string[] = [], out = mkdtempSync(join(tmpdir(), 'split-out-'))) {
  const json = join(out, 'split.json');
  const r = spawnSync(process.execPath, [join(root, 'scripts/split.ts'), '--in', inDir, '--out', out, '--json', json, ...extra], { encoding: 'utf8' });
  return { out, json, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const c of readdirSync(dir, { withFileTypes: true })) {
    if (c.isDirectory()) for (const f of readdirSync(join(dir, c.name))) files[`${c.name}/${f}`] = readFileSync(join(dir, c.name, f), 'utf8');
  }
  return files;
}

/** A fresh input folder holding the given files; the CLI tests never read the production content/sources. */
function inputDir(files: InputFile[]): string {
  // A workspace of its own: the CLI looks for corrections beside the input folder.
  const dir = join(mkdtempSync(join(tmpdir(), 'split-ws-')), 'sources');
  mkdirSync(dir);
  for (const f of files) copyFileSync(f.path, join(dir, f.name));
  return dir;
}

describe('npm run split', () => {
  test('prints a summary per document and writes five collections and the JSON export', () => {
    const r = run(inputDir(seeds));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('标题');
    expect(r.stdout).toMatch(/5 个文件 → \d+ 个 MDX 条目/);
    expect(readdirSync(r.out).sort()).toEqual(['deadlines', 'documents', 'goals', 'measures', 'originals', 'split.json', 'units']);
    const json = JSON.parse(readFileSync(r.json, 'utf8'));
    expect(json.documents).toHaveLength(5);
    const doc = json.documents.find((d: { docNumber: string }) => d.docNumber === '湛组通〔2019〕22号');
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['id', 'source', 'title', 'docNumber', 'issuer', 'date', 'recipients', 'url', 'goals', 'measures']));
    const measure = doc.measures.find((m: { title: string }) => m.title === '持续大力整顿软弱涣散基层党组织');
    expect(measure).toMatchObject({
      id: 'zhanzutong-2019-22-5-16', url: '/measures/zhanzutong-2019-22-5-16/', path: '五.16',
      units: ['市县党委组织部', '市属党（工）委'],
      deadlines: [{ raw: '9月底前', kind: 'date', date: '2019-09-30', bound: 'by', precision: 'month' }],
    });
  });

  test('is deterministic: the same input gives byte-identical output', () => {
    const sources = inputDir(seeds);
    const a = run(sources);
    const b = run(sources);
    expect(tree(b.out)).toEqual(tree(a.out));
    expect(readFileSync(b.json, 'utf8')).toBe(readFileSync(a.json, 'utf8'));
  });

  test('splitting again into the same folder removes the entries of a removed document and any stray file, and keeps the rest', () => {
    const all = run(inputDir(seeds));
    const four = run(inputDir(seeds.slice(0, 4)));
    writeFileSync(join(all.out, 'measures', 'stray.mdx'), 'left over');
    const again = run(inputDir(seeds.slice(0, 4)), [], all.out);
    expect(again.status).toBe(0);
    expect(tree(again.out)).toEqual(tree(four.out));
    expect(readFileSync(again.json, 'utf8')).toBe(readFileSync(four.json, 'utf8'));
  });

  test('adding a document changes no existing id', () => {
    const before = JSON.parse(readFileSync(run(inputDir(seeds.slice(0, 4))).json, 'utf8'));
    const after = JSON.parse(readFileSync(run(inputDir(seeds)).json, 'utf8'));
    const ids = (j: { documents: { id: string; measures: { id: string }[]; goals: { id: string }[] }[] }) =>
      j.documents.flatMap((d) => [d.id, ...d.measures.map((m) => m.id), ...d.goals.map((g) => g.id)]);
    expect(ids(after)).toEqual(expect.arrayContaining(ids(before)));
    expect(after.units.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining(before.units.map((u: { id: string }) => u.id)));
  });

  test('a file named .docx that is no Word file, and an empty file, are skipped by name; the other documents are written and the run succeeds (fails with --strict)', () => {
    const dir = inputDir([seeds[0], artifact('binary.docx'), artifact('empty.txt')]);
    const r = run(dir);
    expect(r.status).toBe(0);
    // The reader is chosen by content: a file with NUL bytes and no Word package in it is not text.
    expect(r.stderr).toContain('binary.docx:0: 错误: 无法读取：不是文本文件');
    expect(r.stderr).toContain('empty.txt:0: 警告: 空文件，已跳过');
    expect(r.stderr).toContain('已跳过 2 个文件');
    expect(readdirSync(join(r.out, 'documents'))).toHaveLength(1);
    expect(run(dir, ['--strict']).status).toBe(1);
  });

  test('the same document twice is a duplicate id error naming both files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-in-'));
    copyFileSync(seeds[1].path, join(dir, 'a.txt'));
    copyFileSync(seeds[1].path, join(dir, 'b.txt'));
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^b\.txt:0: 错误: 文件 id “[a-z0-9-]+” 与 a\.txt 重复/m);
    expect(run(dir, ['--strict']).status).toBe(1);
  });

  test('a document without recognisable structure keeps its full text and gets a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-in-'));
    writeFileSync(join(dir, 'plain.txt'), '关于近期工作的几点说明\n\n近期各单位要认真做好有关工作，切实抓好落实，及时报告情况。');
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('plain.txt:0: 警告: 未识别出层次结构（一、（一）1. 等），全文作为一个整体保存');
    const doc = Object.entries(tree(r.out)).find(([k]) => k.startsWith('documents/'))![1];
    expect(doc).toContain('近期各单位要认真做好有关工作，切实抓好落实，及时报告情况。');
  });

  test('corrections beside the input folder are applied, and a stale or orphan one is a warning with file and line', () => {
    const zhanjiang = seeds.find((f) => f.name.startsWith('湛江'))!;
    const dir = inputDir([zhanjiang]);
    const corrections = join(dir, '..', 'corrections');
    mkdirSync(corrections);
    const base = zhanjiang.name.replace(/\.txt$/, '');
    writeFileSync(join(corrections, `${base}.yaml`), 'measures:\n  五.16:\n    units: [湛江市委组织部]\n    deadlines: [2019年10月底前]\n  九.9:\n    title: 不存在\n');
    writeFileSync(join(corrections, '已删除的文件.json'), '{"measures": {}}');
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`corrections/${base}.yaml:5: 警告: 校对项“九.9”`);
    expect(r.stderr).toContain('corrections/已删除的文件.json:0: 警告: 校对文件没有对应的文件');
    const measure = JSON.parse(readFileSync(r.json, 'utf8')).documents[0].measures.find((m: { path: string }) => m.path === '五.16');
    expect([measure.units, measure.deadlines.map((d: { date: string }) => d.date)]).toEqual([['湛江市委组织部'], ['2019-10-31']]);
    const mdx = readFileSync(join(r.out, 'measures', `${measure.id}.mdx`), 'utf8');
    expect(mdx).toContain('"corrected": [\n  "units",\n  "deadlines"\n ]');
  });
});
