/**
 * CSV (RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break)
 * in UTF-8 with a byte-order mark: without it Excel and WPS read UTF-8 as the system's GBK and
 * every Chinese character comes out garbled.
 */
import { stringify } from 'csv-stringify/sync';
import { headers, rowToCells } from './columns.ts';
import type { Exporter } from './types.ts';

/**
 * A cell Excel or WPS would run as a formula (=, +, -, @ first: “=HYPERLINK(…)” in a document's text)
 * gets a leading apostrophe, which both show as text. The Excel export needs none: its cells are typed.
 */
export const neutraliseFormula = (cell: string | number) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

export const csvExporter: Exporter = {
  format: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  async write(view) {
    const text = stringify([headers, ...view.rows.map((row) => rowToCells(row).map(neutraliseFormula))], { bom: true, record_delimiter: 'windows' });
    return new TextEncoder().encode(text);
  },
};
