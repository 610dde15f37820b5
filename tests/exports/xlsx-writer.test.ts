/**
 * The Excel writer writes, without exceljs's object model, the very bytes exceljs writes for the
 * same workbook (src/exports/xlsx.ts `viewToWorkbook`): every part, zipped the same way.
 */
import { describe, expect, it } from 'vitest';
import { splitToRows, splitToViews } from '../../src/exports/index.ts';
import { viewToXlsx, viewToXlsxThroughExceljs } from '../../src/exports/xlsx.ts';
import { xmlText } from '../../src/exports/xml-text.ts';
import type { ExportRow, ExportView } from '../../src/exports/types.ts';
import { smallSplit } from './small-split.ts';

const rows = splitToRows(smallSplit);
const views = splitToViews(smallSplit, rows);

const row = (extra: Partial<ExportRow>): ExportRow => ({
  documentId: 'd', docNumber: '', documentTitle: '文件', documentDate: null, measureId: 'm', order: 1, path: '一',
  title: '任务', text: '任务', leadUnits: [], assignedUnits: [], supportUnits: [], deadlines: [], link: '../../measures/m/index.html', ...extra,
});

/** Text exceljs escapes, drops, or marks as space-preserving; a value equal to a header; repeats. */
const awkward: ExportView = {
  title: 'A & B <单位> “引号” \'x\' · 任务措施',
  documents: [],
  units: [],
  rows: [
    row({ docNumber: '=HYPERLINK("x")', documentTitle: ' 前导空格', text: '第一行\n第二行', leadUnits: ['甲', '乙'], link: 'https://example.org/a?b=1&c=<2>' }),
    row({ order: 2, documentTitle: '尾随空格 ', text: '控制\u0001字符\u0008与\t制表\r回车\u007f', assignedUnits: ['任务'], supportUnits: ['文件'] }),
    row({ order: 3, text: '链接', documentTitle: '../../measures/m/index.html', deadlines: [{ raw: '2019年9月底前', kind: 'date', date: '2019-09-30', bound: 'by', precision: 'month' }] }),
  ],
};

describe('Excel writer', () => {
  it('writes the same bytes as exceljs for the library, every document and every unit', async () => {
    for (const view of [views.library, ...views.documents.map((d) => d.view), ...views.units.map((u) => u.view)]) {
      expect(Buffer.from(await viewToXlsx(view)).equals(Buffer.from(await viewToXlsxThroughExceljs(view))), view.title).toBe(true);
    }
  });

  it('writes the same bytes as exceljs for text to escape, drop, keep spaces of, and share', async () => {
    expect(Buffer.from(await viewToXlsx(awkward)).equals(Buffer.from(await viewToXlsxThroughExceljs(awkward)))).toBe(true);
  });

  it('escapes markup and drops the control characters XML forbids, keeping tab, line feed and carriage return', () => {
    expect(xmlText('a<b>&"\'\u0000\u000b\u007f\t\n\r')).toBe('a&lt;b&gt;&amp;&quot;&apos;\t\n\r');
  });
});
