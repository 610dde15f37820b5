/**
 * Excel: one sheet, the header row frozen and filterable, columns sized for Chinese text and
 * wrapped, each measure's link a hyperlink. Deterministic: fixed metadata dates and zip times
 * (src/exports/zip-repack.ts).
 *
 * `viewToWorkbook` is the workbook's definition, through exceljs. Writing it through exceljs cost
 * about 3 ms a workbook (a workbook per unit: 12,681 at 1,000 documents), so the exporter writes the
 * same bytes another way: the parts that change with the rows as strings (`xlsx-sheet.ts`), the
 * others (styles, theme, relationships) taken once from an exceljs workbook.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { columns } from './columns.ts';
import { fixedTime } from './fixed-time.ts';
import { packZip, repackZip } from './zip-repack.ts';
import { viewToSheetParts, type SheetParts } from './xlsx-sheet.ts';
import type { Exporter, ExportRow, ExportView } from './types.ts';

export const sheetName = '任务措施';
const linkColour = { argb: 'FF174EA6' };
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3EFE6' } } as const;

export function viewToWorkbook(view: ExportView): ExcelJS.Workbook {
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

/** The workbook through exceljs, its parts packed by repackZip: the reference the fast writer matches. */
export async function viewToXlsxThroughExceljs(view: ExportView): Promise<Uint8Array> {
  // Stored, then deflated and dated by repackZip (faster, and the same bytes on every build).
  const buffer: unknown = await viewToWorkbook(view).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return repackZip(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer), fixedTime);
}

const sample: ExportRow = {
  documentId: 'd', docNumber: 'n', documentTitle: 't', documentDate: null, measureId: 'm', order: 1, path: '1',
  title: 't', text: 't', leadUnits: [], assignedUnits: [], supportUnits: [], deadlines: [], link: 'l',
};

/** Every part of exceljs's workbook in its order; those of `SheetParts` are replaced for each view. */
let template: Promise<[string, Uint8Array][]> | undefined;
const partsTemplate = () =>
  (template ??= (async () => {
    const buffer: unknown = await viewToWorkbook({ title: 't', rows: [sample], documents: [], units: [] }).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    const zip = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
    return Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/'));
  })());

export async function viewToXlsx(view: ExportView): Promise<Uint8Array> {
  if (view.rows.length === 0) return viewToXlsxThroughExceljs(view);
  const sheet = viewToSheetParts(view);
  const parts = (await partsTemplate()).map(([name, bytes]) => {
    const own = sheet[name as keyof SheetParts];
    return [name, own === undefined ? bytes : Buffer.from(own)] as const;
  });
  return packZip(parts, fixedTime);
}

export const xlsxExporter: Exporter = {
  format: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  write: viewToXlsx,
};
