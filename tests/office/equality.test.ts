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

test('.doc and .wps keep Word automatic numbering (read from the list tables): the outline of the .txt', async () => {
  const txt = extractionKey((await split('notice/notice.txt')).split);
  for (const ext of ['doc', 'wps']) {
    const { split: s } = await split(`notice/notice.${ext}`);
    expect(extractionKey(s)).toEqual(txt);
    expect(s.problems).toEqual([]);
  }
});

/** notice.doc with its FIB saying it has no list tables (lcbPlfLst 0): Word's numbers are then lost. */
function withoutListTables(doc: Buffer): Buffer {
  const out = Buffer.from(doc);
  // The FIB opens the WordDocument stream, on a sector boundary, with the magic 0xA5EC.
  let fib = 0;
  while (out.readUInt16LE(fib) !== 0xa5ec) fib += 512;
  out.writeUInt32LE(0, fib + 0x2e6);
  return out;
}

test('a .doc whose numbers cannot be read, and whose paragraphs read as headings, warns to save it as .docx', async () => {
  for (const ext of ['doc', 'wps']) {
    const read = await readDocument(withoutListTables(readFileSync(join(DIR, `notice/notice.${ext}`))), `notice.${ext}`);
    if (!read.ok) throw new Error(read.reason);
    const s = splitDocument(read.text, `notice.${ext}`, { format: read.format });
    expect(extractionKey(s).outline).toEqual([]);
    expect(s.problems.map((p) => [p.id, p.line])).toEqual([['word-numbering-lost', 6]]);
    expect(s.problems[0].message).toContain(`“工作目标”、“重点任务”、“加强政治建设”等段落像是 Word 自动编号的标题，但这份 .${ext} 文件的自动编号没有读出`);
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
