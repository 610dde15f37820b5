/**
 * CSV (RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break)
 * in UTF-8 with a byte-order mark: without it Excel and WPS read UTF-8 as the system's GBK and
 * every Chinese character comes out garbled.
 */
import { stringify } from 'csv-stringify/sync';
import { headers, rowToCells } from './columns.ts';
import { chunkRows, type Exporter, type ExportView } from './types.ts';

/**
 * A cell Excel or WPS would run as a formula (=, +, -, @ first: “=HYPERLINK(…)” in a document's text)
 * gets a leading apostrophe, which both show as text. The Excel export needs none: its cells are typed.
 */
export const neutraliseFormula = (cell: string | number) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The header (after the byte-order mark), then the rows in batches: each record ends in CRLF, so the batches join as one table. */
export function* csvChunks(view: ExportView): Generator<string> {
  yield stringify([headers], { bom: true, record_delimiter: 'windows' });
  for (let i = 0; i < view.rows.length; i += chunkRows) {
    yield stringify(view.rows.slice(i, i + chunkRows).map((row) => rowToCells(row).map(neutraliseFormula)), { record_delimiter: 'windows' });
  }
}

export const csvExporter: Exporter = {
  format: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  async write(view) {
    return Buffer.from([...csvChunks(view)].join(''));
  },
  chunks: csvChunks,
};
