/** What the exporters share: the row every format is made from, the slice of the library one file holds, and the exporter contract. */
import type { Deadline } from '../model/schemas/deadline.ts';
import type { DownloadFormat } from '../model/downloads.ts';
import type { SplitDocumentJson, SplitUnitJson } from '../model/schemas/split-json.ts';

/** One measure as every table and calendar shows it (src/exports/rows.ts builds them once). */
export interface ExportRow {
  documentId: string;
  /** 发文字号; empty when the document has none. */
  docNumber: string;
  documentTitle: string;
  /** 成文日期, `YYYY-MM-DD`. */
  documentDate: string | null;
  measureId: string;
  /** 序号: position in its document, from 1. */
  order: number;
  /** Outline path as written (`一.1`). */
  path: string;
  title: string;
  text: string;
  /** 牵头单位, 责任单位 (named without a lead or supporting role) and 配合单位, as written. */
  leadUnits: string[];
  assignedUnits: string[];
  supportUnits: string[];
  deadlines: Deadline[];
  /** The measure's page: absolute with SITE_URL, else relative to a download (`../../measures/x/index.html`). */
  link: string;
}

/** The slice of the library one exported file holds: its rows, and the split's own entries for the JSON. */
export interface ExportView {
  /** Names the file's contents: a sheet title, a calendar name. */
  title: string;
  rows: readonly ExportRow[];
  documents: readonly SplitDocumentJson[];
  units: readonly SplitUnitJson[];
}

export interface Exporter {
  format: DownloadFormat;
  /** Content type for a server. */
  mediaType: string;
  /** The file's bytes; the same view gives the same bytes. */
  write(view: ExportView): Promise<Uint8Array>;
  /**
   * The same file as text, piece by piece (the library's files are hundreds of megabytes at 10,000
   * documents: written in pieces, no whole copy is held). Their UTF-8 is `write`'s bytes.
   */
  chunks?(view: ExportView): Iterable<string>;
}

/** Rows in batches of this many make one chunk. */
export const chunkRows = 1000;
