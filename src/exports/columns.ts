/**
 * The table every spreadsheet export has (Excel and CSV alike), one column a line: its header,
 * its width in Excel (characters), and its value for a row.
 */
import { normalisedDeadlinesText, rawDeadlinesText } from './deadline-text.ts';
import type { ExportRow } from './types.ts';

export interface Column {
  header: string;
  /** Excel column width in characters (a Chinese character is about two). */
  width: number;
  value(row: ExportRow): string | number;
  /** The value is the measure's page: Excel makes it a hyperlink. */
  link?: true;
}

const units = (list: readonly string[]) => list.join('、');

export const columns: readonly Column[] = [
  { header: '文号', width: 20, value: (r) => r.docNumber },
  { header: '文件', width: 36, value: (r) => r.documentTitle },
  { header: '序号', width: 6, value: (r) => r.order },
  { header: '任务', width: 70, value: (r) => r.text },
  { header: '牵头单位', width: 18, value: (r) => units(r.leadUnits) },
  { header: '责任单位', width: 24, value: (r) => units(r.assignedUnits) },
  { header: '配合单位', width: 18, value: (r) => units(r.supportUnits) },
  { header: '时限（原文）', width: 18, value: (r) => rawDeadlinesText(r.deadlines) },
  { header: '时限（日期或周期）', width: 22, value: (r) => normalisedDeadlinesText(r.deadlines) },
  { header: '链接', width: 40, value: (r) => r.link, link: true },
];

export const headers = columns.map((c) => c.header);

/** A row's cells in column order. */
export const rowToCells = (row: ExportRow) => columns.map((c) => c.value(row));
