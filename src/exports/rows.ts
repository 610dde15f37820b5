/**
 * The rows every format is made from, built once from the split's JSON, and the slices
 * (library, one document, one unit) the files hold. Linear in the library: one pass over the
 * measures, then one lookup per unit assignment.
 */
import { pageLinkFromDownload } from '../model/downloads.ts';
import { nameKey } from '../model/name-key.ts';
import { absoluteUrl } from '../model/urls.ts';
import type { SplitDocumentJson, SplitJson, SplitMeasureJson } from '../model/schemas/split-json.ts';
import type { ExportRow, ExportView } from './types.ts';

export interface RowOptions {
  /** The site's address (SITE_URL, an origin or a folder): links become absolute. */
  siteUrl?: string | undefined;
}

/** Newest document first, undated last, then by id: the site's order, independent of the file's. */
export const documentOrder = (a: SplitDocumentJson, b: SplitDocumentJson) =>
  (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function measureToRow(doc: SplitDocumentJson, m: SplitMeasureJson, index: number, options: RowOptions = {}): ExportRow {
  // Roles are matched by name key, as the pages match them (src/site/units.ts).
  const roled = new Set([...m.leadUnits, ...m.supportUnits].map(nameKey));
  return {
    documentId: doc.id,
    docNumber: doc.docNumber ?? '',
    documentTitle: doc.title,
    documentDate: doc.date,
    measureId: m.id,
    order: index + 1,
    path: m.path,
    title: m.title,
    text: m.text,
    leadUnits: m.leadUnits,
    assignedUnits: m.units.filter((u) => !roled.has(nameKey(u))),
    supportUnits: m.supportUnits,
    deadlines: m.deadlines,
    link: absoluteUrl(m.url, options.siteUrl) ?? pageLinkFromDownload(m.url),
  };
}

/** Every measure of the library as a row, documents in `documentOrder`, measures in document order. */
export function splitToRows(split: SplitJson, options: RowOptions = {}): ExportRow[] {
  return [...split.documents].sort(documentOrder).flatMap((doc) => doc.measures.map((m, i) => measureToRow(doc, m, i, options)));
}

export interface LibraryViews {
  library: ExportView;
  /** Documents with at least one measure. */
  documents: { id: string; view: ExportView }[];
  /** Units with at least one measure. */
  units: { id: string; view: ExportView }[];
}

export const libraryTitle = '政策知识站 · 全部任务措施';

/** The library and every document's and unit's slice of it, all sharing the rows built once. */
export function splitToViews(split: SplitJson, rows: readonly ExportRow[]): LibraryViews {
  const documentById = new Map(split.documents.map((d) => [d.id, d]));
  const unitById = new Map(split.units.map((u) => [u.id, u]));
  const rowsOf = new Map<string, ExportRow[]>();
  const position = new Map<string, number>();
  rows.forEach((row, i) => {
    position.set(row.measureId, i);
    const list = rowsOf.get(row.documentId);
    if (list) list.push(row);
    else rowsOf.set(row.documentId, [row]);
  });
  const unitIdsOf = new Map(split.documents.flatMap((d) => d.measures.map((m) => [m.id, m.unitIds] as const)));
  const documents = [...rowsOf].map(([id, docRows]) => {
    const doc = documentById.get(id)!;
    const unitIds = new Set(docRows.flatMap((r) => unitIdsOf.get(r.measureId) ?? []));
    const units = [...unitIds].flatMap((u) => unitById.get(u) ?? []);
    return { id, view: { title: documentLabel(doc), rows: docRows, documents: [doc], units } };
  });
  const units = split.units.flatMap((unit) => {
    const indexes = unit.measures.flatMap((id) => position.get(id) ?? []).sort((a, b) => a - b);
    if (indexes.length === 0) return [];
    const unitRows = indexes.map((i) => rows[i]!);
    const docs = [...new Set(unitRows.map((r) => r.documentId))].map((id) => documentById.get(id)!);
    return [{ id: unit.id, view: { title: `${unit.name} · 任务措施`, rows: unitRows, documents: docs, units: [unit] } satisfies ExportView }];
  });
  const library: ExportView = { title: libraryTitle, rows, documents: split.documents, units: split.units };
  return { library, documents, units };
}

/** 文号 and title, as a file names a document. */
export const documentLabel = (doc: Pick<SplitDocumentJson, 'docNumber' | 'title'>) =>
  doc.docNumber ? `${doc.docNumber} ${doc.title}` : doc.title;
