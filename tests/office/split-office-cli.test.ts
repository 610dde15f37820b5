/** The split command on a folder of .txt, .docx, .doc, .wps and .pdf side by side, and files it cannot read. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const office = join(root, 'tests/fixtures/office');

function run(files: [string, string][]) {
  const dir = join(mkdtempSync(join(tmpdir(), 'split-office-')), 'sources');
  mkdirSync(dir);
  for (const [from, name] of files) copyFileSync(join(office, from), join(dir, name));
  const out = mkdtempSync(join(tmpdir(), 'split-office-out-'));
  const json = join(out, 'split.json');
  const r = spawnSync(process.execPath, [join(root, 'scripts/split.ts'), '--in', dir, '--out', out, '--json', json, '--quiet'], { encoding: 'utf8' });
  return { ...r, out, json };
}

test('every format is read; each document records its format and its original is kept for download', () => {
  // The .txt and the .docx of one document have the same 文号 but not the same text: both are kept,
  // each under a longer id, with a warning that says what collided (keep one of them).
  const r = run([['notice/notice.docx', '通知.docx'], ['notice/notice.txt', '通知副本.txt']]);
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/通知副本\.txt:0: .*shijiaodang-2024-12/);
  const r2 = run([['notice/notice.docx', '通知.docx'], ['task-list/task-list.pdf', '清单.pdf']]);
  expect(r2.status).toBe(0);
  const json = JSON.parse(readFileSync(r2.json, 'utf8'));
  expect(json.documents.map((d: { format: string; original: string }) => [d.format, d.original])).toEqual([['pdf', '清单.pdf'], ['docx', '通知.docx']]);
  expect(readdirSync(join(r2.out, 'originals')).sort()).toEqual(['shijiaodang-2024-12.docx', 'shizutong-2024-5.pdf']);
});

test('a scan and an OFD are errors that say what to provide instead', () => {
  const r = run([['unreadable/scan.pdf', '扫描件.pdf'], ['unreadable/notice.ofd', '通知.ofd'], ['notice/notice.docx', '通知.docx']]);
  // Skipped, and the rest of the library is written: the run succeeds (it fails only with --strict).
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/扫描件\.pdf:0: .*没有文字层.*请提供/);
  expect(r.stderr).toMatch(/通知\.ofd:0: .*OFD.*请提供/);
});
