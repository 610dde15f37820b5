/**
 * The same document as .txt, .docx and .pdf gives the same extraction (title, 文号, date, issuer,
 * outline, measures with units and deadlines, goals). The binary fixtures are made by
 * scripts/fixtures/make-office-fixtures.ts and committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDocument } from '../../src/split/read/read-document.ts';
import { splitDocument } from '../../src/split/split-document.ts';
import { extractionKey } from './extraction-key.ts';

const DIR = 'tests/fixtures/office';

async function split(file: string) {
  const read = await readDocument(readFileSync(join(DIR, file)), file);
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  return { format: read.format, split: splitDocument(read.text, file.split('/').pop()!, { format: read.format }) };
}

describe.each(['notice', 'task-list'])('%s', (name) => {
  test.each(['docx', 'pdf'])('.%s gives the extraction of the .txt', async (ext) => {
    const txt = await split(`${name}/${name}.txt`);
    const other = await split(`${name}/${name}.${ext}`);
    expect(other.format).toBe(ext);
    expect(extractionKey(other.split)).toEqual(extractionKey(txt.split));
    expect(other.split.measures.length).toBeGreaterThan(0);
  });
});

test('.doc and .wps (word-extractor) keep the text and the task table, merged cells included', async () => {
  const txt = await split('task-list/task-list.txt');
  for (const ext of ['doc', 'wps']) {
    const other = await split(`task-list/task-list.${ext}`);
    expect(other.format).toBe(ext);
    expect(extractionKey(other.split)).toEqual(extractionKey(txt.split));
  }
});

test('.doc loses Word automatic numbering (not in its text stream) but keeps the header', async () => {
  const txt = extractionKey((await split('notice/notice.txt')).split);
  const doc = extractionKey((await split('notice/notice.doc')).split);
  expect({ title: doc.title, docNumber: doc.docNumber, date: doc.date, issuer: doc.issuer }).toEqual({ title: txt.title, docNumber: txt.docNumber, date: txt.date, issuer: txt.issuer });
  expect(doc.outline).toEqual([]);
});

test('a .doc or .wps whose headings lost their Word numbers warns to save it as .docx, at the first heading', async () => {
  for (const ext of ['doc', 'wps']) {
    const { split: s } = await split(`notice/notice.${ext}`);
    expect(s.problems.map((p) => [p.id, p.line])).toEqual([['word-numbering-lost', 6]]);
    expect(s.problems[0].message).toContain(`“工作目标”、“重点任务”、“加强政治建设”等段落像是 Word 自动编号的标题，.${ext} 文件读不出自动编号`);
  }
});

test('a merged 牵头单位 and 完成时限 apply to every row they cover', async () => {
  const { split: s } = await split('task-list/task-list.docx');
  expect(s.measures.map((m) => [m.leadUnits, m.deadlines.map((d) => d.raw)])).toEqual([
    [['市委组织部组织一科'], ['2024年6月底前']],
    [['市委组织部组织一科'], ['2024年6月底前']],
    [['市委组织部组织一科'], ['2024年12月底前']],
    [['市财政局'], ['每季度']],
  ]);
});

test('a PDF without a text layer and an OFD say what to provide instead', async () => {
  for (const [file, id] of [['unreadable/scan.pdf', 'scanned-pdf'], ['unreadable/notice.ofd', 'unsupported-format']]) {
    const read = await readDocument(readFileSync(join(DIR, file)), file);
    expect(read.ok ? read.format : read.id).toBe(id);
  }
});
