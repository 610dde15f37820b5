/**
 * Excel: one sheet, the header row frozen and filterable, columns sized for Chinese text and
 * wrapped, each measure's link a hyperlink. Deterministic: fixed metadata dates and zip times
 * (src/exports/zip-repack.ts).
 */
import ExcelJS from 'exceljs';
import { columns } from './columns.ts';
import { fixedTime } from './fixed-time.ts';
import { repackZip } from './zip-repack.ts';
import type { Exporter, ExportView } from './types.ts';

export const sheetName = '任务措施';
const linkColour = { argb: 'FF174EA6' };
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3EFE6' } } as const;

function viewToWorkbook(view: ExportView): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = book.lastModifiedBy = '政策知识站';
  book.title = view.title;
  book.created = book.modified = fixedTime;
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = headerFill;
  const linkColumn = columns.findIndex((c) => c.link) + 1;
  for (const row of view.rows) {
    // An empty value is an empty cell, not an empty string: Excel's filter lists it as (空白).
    const added = sheet.addRow(columns.map((c) => c.value(row)).map((v) => (v === '' ? null : v)));
    const cell = added.getCell(linkColumn);
    cell.value = { text: row.link, hyperlink: row.link };
    cell.font = { color: linkColour, underline: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return book;
}

export const xlsxExporter: Exporter = {
  format: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  async write(view) {
    // Stored, then deflated and dated by repackZip (faster, and the same bytes on every build).
    const buffer: unknown = await viewToWorkbook(view).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    return repackZip(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer), fixedTime);
  },
};
