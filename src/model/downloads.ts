/**
 * Where the downloads are (scripts/build-exports.ts writes them, the pages link them) and which
 * formats each scope has. Every file sits two folders down (`/downloads/<scope>/<name>.<ext>`), so
 * one relative path leads from any of them back to a page: an exported link opened from the
 * downloads folder of a copy on disk finds the page beside it.
 */
export const downloadFormats = {
  /** The whole library. */
  library: ['xlsx', 'csv', 'json', 'ics'],
  /** One document's measures. */
  document: ['xlsx', 'csv'],
  /** One unit's measures across documents, and its deadlines as a calendar. */
  unit: ['xlsx', 'csv', 'ics'],
} as const;

/** How a page names each format. */
export const formatLabels: Record<DownloadFormat, string> = { xlsx: 'Excel', csv: 'CSV', json: 'JSON', ics: '日历' };

export type DownloadScope = keyof typeof downloadFormats;
export type DownloadFormat = (typeof downloadFormats)[DownloadScope][number];

const folders: Record<DownloadScope, string> = { library: 'library', document: 'documents', unit: 'units' };

/** The one file of the library in each format. */
export const libraryFileName = 'policy-library';

/** Site path of a download: `/downloads/documents/x.xlsx`; `id` is ignored for the library. */
export function downloadUrl(scope: DownloadScope, id: string, format: DownloadFormat): string {
  return `/downloads/${folders[scope]}/${scope === 'library' ? libraryFileName : id}.${format}`;
}

/** A page's path (`/measures/x/`) as a relative link from a download: `../../measures/x/index.html`. */
export const pageLinkFromDownload = (pagePath: string) => `../..${pagePath}${pagePath.endsWith('/') ? 'index.html' : ''}`;
