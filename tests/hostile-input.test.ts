/**
 * The split CLI on a library of hostile inputs (tests/fixtures/hostile: links, pipes, junk, office
 * files, odd names, encodings, id collisions, debris look-alikes, pathological lines) beside the
 * five seed documents: no crash, no stack trace, every case's expected outcome, no character lost.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeHostileLibrary, type HostileCases } from './fixtures/hostile/generate.ts';
import { fixtureCases } from './support/fixture-cases.ts';
import { mdxText } from './support/split-one.ts';
import { decodeText } from '../src/split/read/decode-text.ts';
import { splitDocument } from '../src/split/split-document.ts';
import { textToCells } from '../src/split/structure/task-table.ts';
import type { Problem } from '../src/model/schemas/problem.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cases: HostileCases = JSON.parse(readFileSync(new URL('./fixtures/hostile/expected.json', import.meta.url), 'utf8'));
const asRoot = process.getuid?.() === 0;

interface SplitJson {
  documents: { id: string; source: string; title: string; measures: { path: string }[] }[];
  problems: Problem[];
}

const workspace = mkdtempSync(join(tmpdir(), 'hostile-'));
const sources = join(workspace, 'sources');
let run: { status: number | null; stdout: string; stderr: string; json: SplitJson; out: string; seconds: number };

function split(extra: string[] = []) {
  const out = mkdtempSync(join(workspace, 'out-'));
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'scripts/split.ts'), '--in', sources, '--out', out, '--json', join(out, 'split.json'), '--quiet', ...extra], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, out, seconds };
}

beforeAll(() => {
  mkdirSync(sources);
  writeHostileLibrary(sources, cases);
  for (const c of fixtureCases('seeds')) copyFileSync(new URL('input.txt', c.dir), join(sources, c.source));
  const r = split();
  run = { ...r, json: JSON.parse(readFileSync(join(r.out, 'split.json'), 'utf8')) };
}, 300_000);

/** Original text minus the recorded debris, without whitespace; task-table rows as their cells. */
function expectedText(original: string, source: string): string {
  const split = splitDocument(original, source);
  const lines = original.split(/\r\n|\r|\n/);
  for (const r of split.removals) {
    const at = lines[r.line - 1].indexOf(r.text);
    expect(at, `${source}: removal “${r.text}” on line ${r.line}`).toBeGreaterThanOrEqual(0);
    lines[r.line - 1] = lines[r.line - 1].slice(0, at) + lines[r.line - 1].slice(at + r.text.length);
  }
  const tableLines = new Set([...split.anchors.keys()].filter((n) => n.kind === 'row' || n.kind === 'table').map((n) => n.line));
  return lines.map((l, i) => (tableLines.has(i + 1) ? textToCells(l)!.join('') : l)).join('').replace(/\s+/g, '');
}

describe('the hostile library beside the seed documents', () => {
  test('splits with exit 0, no stack trace, every message one `file:line: level: message` line', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const lines = run.stderr.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^[^\n]+:\d+: (?:提示|警告|错误): |^已跳过 \d+ 个文件/);
    expect(lines.at(-1)).toMatch(/^已跳过 \d+ 个文件/);
  });

  test('file names cannot forge report lines or send terminal escapes', () => {
    expect(run.stderr).not.toMatch(/^:1: 错误: forged/m);
    expect(run.stderr).not.toMatch(/[\x1b\u202e]/);
    expect(run.stderr).toContain('bad\\n:1: 错误: forged.docx:0: 错误: 无法读取');
  });

  test('runs in linear time: the 200 KB space run and the 1 MB line take seconds, not minutes', () => {
    expect(run.seconds).toBeLessThan(60);
  });

  test('--strict turns the skipped files into a failing exit', () => {
    expect(split(['--strict']).status).toBe(1);
  });

  test('ids are unique, and every seed document is written', () => {
    const ids = run.json.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of fixtureCases('seeds')) expect(run.json.documents.map((d) => d.source)).toContain(c.source);
  });
});

describe.each(Object.entries(cases))('hostile case %s', (name, c) => {
  const outcome = asRoot && c.asRoot ? c.asRoot : c.outcome;
  test(`is ${outcome}${c.problem && outcome === c.outcome ? ` with ${c.problem}` : ''}`, () => {
    const doc = run.json.documents.find((d) => d.source === c.file);
    const problems = run.json.problems.filter((p) => p.file === c.file);
    expect(Boolean(doc), `${name}: written`).toBe(outcome === 'kept');
    if (c.problem && outcome === c.outcome) expect(problems.map((p) => p.id), name).toContain(c.problem);
    if (outcome === 'ignored') expect(problems.every((p) => p.level === 'notice')).toBe(true);
    if (c.title) expect(doc?.title).toBe(c.title);
    if (c.lastMeasurePath) expect(doc?.measures.at(-1)?.path).toBe(c.lastMeasurePath);
  });
  if (c.outcome === 'kept' && c.removals !== undefined) {
    test(`the cleaning rules remove ${c.removals} pieces`, () => {
      const d = decodeText(readFileSync(join(sources, c.file)));
      expect(d.ok && splitDocument(d.text, c.file).removals).toEqual([]);
    });
  }
});

describe('nothing is lost', () => {
  test('every written document holds its source text minus the recorded removals', () => {
    expect(run.json.documents.length).toBeGreaterThan(30);
    for (const doc of run.json.documents) {
      const decoded = decodeText(readFileSync(join(sources, doc.source)));
      if (!decoded.ok) throw new Error(`${doc.source}: ${decoded.reason}`);
      const mdx = readFileSync(join(run.out, 'documents', `${doc.id}.mdx`), 'utf8');
      const got = mdxText(mdx).replace(/\s+/g, '');
      const want = expectedText(decoded.text, doc.source);
      expect(got.length, doc.source).toBe(want.length);
      expect(got === want, doc.source).toBe(true);
    }
  });
});
