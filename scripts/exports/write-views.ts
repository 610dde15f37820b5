/**
 * Writes the files of a list of views (the library, documents, units) under <dist>/downloads/,
 * in list order. The main thread and the export workers run the same code, each on its share.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { downloadFormats, downloadUrl, type DownloadScope } from '../../src/model/downloads.ts';
import { chunkRows, exporters, type Exporter, type ExportView } from '../../src/exports/index.ts';
import { rowsHaveEvents } from '../../src/exports/calendar.ts';

export interface FileSummary {
  files: number;
  bytes: number;
}

export interface ScopedView {
  scope: DownloadScope;
  id: string;
  view: ExportView;
}

export async function writeViews(views: Iterable<ScopedView>, dist: string): Promise<FileSummary> {
  const summary: FileSummary = { files: 0, bytes: 0 };
  // One mkdir a folder, not one a file.
  const made = new Set<string>();
  for (const { scope, id, view } of views) {
    // A unit's calendar only when it has an event (the unit page offers it on the same rule).
    const formats = downloadFormats[scope].filter((f) => f !== 'ics' || scope === 'library' || rowsHaveEvents(view.rows));
    for (const format of formats) {
      const file = join(dist, downloadUrl(scope, id, format));
      const folder = dirname(file);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      const exporter: Exporter = exporters[format];
      summary.files++;
      // The library's text files in pieces (hundreds of megabytes at 10,000 documents); a small file in one write.
      if (exporter.chunks && view.rows.length > chunkRows) {
        const fd = openSync(file, 'w');
        try {
          for (const chunk of exporter.chunks(view)) {
            const bytes = Buffer.from(chunk);
            for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
            summary.bytes += bytes.length;
          }
        } finally {
          closeSync(fd);
        }
      } else {
        const bytes = await exporter.write(view);
        writeFileSync(file, bytes);
        summary.bytes += bytes.byteLength;
      }
    }
  }
  return summary;
}

/** What a worker is given: the rows its views hold (by their index in the library) and the views as indexes into them. */
export interface WorkerShare {
  dist: string;
  rows: ExportView['rows'];
  views: { scope: DownloadScope; id: string; title: string; rows: number[] }[];
}
