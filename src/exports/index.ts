/**
 * The exporters, one a format; the rows they share come from src/exports/rows.ts. Pure: each
 * turns a view into bytes, and only scripts/build-exports.ts writes files.
 */
import { csvExporter } from './csv.ts';
import { icsExporter } from './ics.ts';
import { jsonExporter } from './json.ts';
import { xlsxExporter } from './xlsx.ts';
import type { Exporter } from './types.ts';

export const exporters = {
  xlsx: xlsxExporter,
  csv: csvExporter,
  json: jsonExporter,
  ics: icsExporter,
} satisfies Record<string, Exporter>;

export type { Exporter, ExportRow, ExportView } from './types.ts';
export { chunkRows } from './types.ts';
export { splitToRows, splitToViews } from './rows.ts';
