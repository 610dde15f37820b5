/**
 * CSV (RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break)
 * in UTF-8 with a byte-order mark: without it Excel and WPS read UTF-8 as the system's GBK and
 * every Chinese character comes out garbled.
 */
import { stringify } from 'csv-stringify/sync';
import { headers, rowToCells } from './columns.ts';
import type { Exporter } from './types.ts';

export const csvExporter: Exporter = {
  format: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  async write(view) {
    const text = stringify([headers, ...view.rows.map(rowToCells)], { bom: true, record_delimiter: 'windows' });
    return new TextEncoder().encode(text);
  },
};
