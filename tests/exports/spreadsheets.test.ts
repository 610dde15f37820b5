/** Excel and CSV read back with libraries of their own (exceljs, csv-parse) and compared with the rows they were made from. */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exporters, splitToRows, splitToViews } from '../../src/exports/index.ts';
import { columns, headers, rowToCells } from '../../src/exports/columns.ts';
import { sheetName } from '../../src/exports/xlsx.ts';
import { neutraliseFormula } from '../../src/exports/csv.ts';
import { smallSplit } from './small-split.ts';

const rows = splitToRows(smallSplit);
const { library } = splitToViews(smallSplit, rows);
/** Cells as text, the way a CSV holds them. */
const asText = (cells: (string | number)[]) => cells.map(String);

async function readWorkbook(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

describe('Excel', () => {
  it('holds the header and one row a measure, with the rows’ values and clickable links', async () => {
    const book = await readWorkbook(await exporters.xlsx.write(library));
    const sheet = book.getWorksheet(sheetName)!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    rows.forEach((row, i) => {
      const values = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      const link = values.at(-1) as { text: string; hyperlink: string };
      expect([...values.slice(0, -1), link.text]).toEqual(rowToCells(row).map((v) => (v === '' ? undefined : v)));
      expect(link.hyperlink).toBe(row.link);
    });
  });

  it('freezes the header row, sizes the columns and wraps the text', async () => {
    const book = await readWorkbook(await exporters.xlsx.write(library));
    const sheet = book.getWorksheet(sheetName)!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(columns.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(columns.map((c) => c.width));
    expect(sheet.getCell('D3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(book.title).toBe(library.title);
  });

  it('is the same bytes every time, every part dated 2000-01-01', async () => {
    const first = await exporters.xlsx.write(library);
    await new Promise((r) => setTimeout(r, 1100));
    expect(Buffer.compare(first, await exporters.xlsx.write(library))).toBe(0);
    expect(Object.keys(unzipSync(first))).toContain('xl/worksheets/sheet1.xml');
    expect(new TextDecoder().decode(unzipSync(first)['docProps/core.xml'])).toContain('2000-01-01T00:00:00Z');
  });
});

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark and separates records with CRLF', async () => {
    const bytes = await exporters.csv.write(library);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3)).startsWith('文号,文件,序号,任务,牵头单位,责任单位,配合单位,时限（原文）,时限（日期或周期）,链接\r\n')).toBe(true);
  });

  it('parses back (RFC 4180) to the header and the rows, quotes, commas and line breaks intact', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exporters.csv.write(library));
    const records: string[][] = parse(text, { bom: true, relax_column_count: false });
    expect(records[0]).toEqual(headers);
    expect(records.slice(1)).toEqual(rows.map((r) => asText(rowToCells(r))));
    expect(records[3]![3]).toBe('开展“三会一课”, 每月召开一次支部委员会\n并做好记录。');
  });
});

describe('CSV cells that look like formulas', () => {
  it('a cell starting with =, +, - or @ is kept as text with a leading apostrophe; others are left alone', () => {
    expect(['=HYPERLINK("x")', '+1', '-3', '@SUM(A1)', '每季度', '9月底前', 12].map(neutraliseFormula)).toEqual([
      `'=HYPERLINK("x")`, "'+1", "'-3", "'@SUM(A1)", '每季度', '9月底前', 12,
    ]);
  });
});
