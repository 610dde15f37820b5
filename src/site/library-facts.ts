/**
 * The facts a `documents` part of a site built in parts (site-part.ts) needs from the whole
 * library, for each part: the units, term pages and cited 文号 its pages link to, and its measures'
 * related measures (computed over every measure, as a whole build does). Pure: the build script
 * reads the collections and writes each part's facts.
 */
import type { Document } from '../model/schemas/document.ts';
import type { Measure } from '../model/schemas/measure.ts';
import type { Unit } from '../model/schemas/unit.ts';
import type { LibraryFacts, MeasureRef } from '../model/schemas/library-facts.ts';
import { relatedMeasuresOf, type Related } from './related.ts';
import { collectTerms, termId } from './terms.ts';

export type FactsInput = {
  /** In the site's order (site-order.ts). */
  documents: Pick<Document, 'id' | 'title' | 'docNumber' | 'date' | 'url' | 'unitIds' | 'citedDocuments' | 'quotedTerms' | 'citedDocNumbers'>[];
  /** In the site's order (site-order.ts). */
  measures: Pick<Measure, 'id' | 'documentId' | 'url' | 'title' | 'text' | 'order' | 'units' | 'unitIds' | 'citedDocuments' | 'quotedTerms'>[];
  units: Pick<Unit, 'id' | 'name' | 'url' | 'jurisdiction'>[];
};

export const measureRefOf = (m: MeasureRef): MeasureRef => ({ id: m.id, url: m.url, title: m.title, documentId: m.documentId });

/** Related measures as the pages keep them: each measure named, not carried whole. */
export const relatedRefsOf = (related: Related<MeasureRef>[]): Related<MeasureRef>[] =>
  related.map((r) => ({ measure: measureRefOf(r.measure), sharedUnits: r.sharedUnits, sharedTerms: r.sharedTerms, sameTask: r.sameTask }));

const termIdsOf = (entry: Pick<Document, 'citedDocuments' | 'quotedTerms'>) => [...entry.citedDocuments, ...entry.quotedTerms].map(termId);

/** One facts record per part, each part given as its documents' ids. */
export function libraryFactsOf(input: FactsInput, parts: string[][]): LibraryFacts[] {
  const related = relatedMeasuresOf(input.measures);
  const withPage = new Set(collectTerms(input.documents, input.measures).map((t) => t.id));
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const documentById = new Map(input.documents.map((d) => [d.id, d]));
  const byNumber = new Map<string, string>();
  for (const d of input.documents) if (d.docNumber) byNumber.set(d.docNumber, d.url);
  const measuresOf = new Map<string, FactsInput['measures']>();
  for (const m of input.measures) {
    const list = measuresOf.get(m.documentId);
    if (list) list.push(m);
    else measuresOf.set(m.documentId, [m]);
  }

  return parts.map((documentIds) => {
    const unitIds = new Set<string>();
    const termIds = new Set<string>();
    const numbers = new Map<string, string>();
    const titles = new Map<string, string>();
    const relatedOf: LibraryFacts['related'] = [];
    for (const id of documentIds) {
      const doc = documentById.get(id);
      if (!doc) throw new Error(`library facts: no document ${id}`);
      for (const u of doc.unitIds) unitIds.add(u);
      for (const t of termIdsOf(doc)) termIds.add(t);
      for (const n of doc.citedDocNumbers) if (byNumber.has(n)) numbers.set(n, byNumber.get(n)!);
      for (const m of measuresOf.get(id) ?? []) {
        for (const u of m.unitIds) unitIds.add(u);
        for (const t of termIdsOf(m)) termIds.add(t);
        const list = related.get(m.id);
        if (!list || list.length === 0) continue;
        relatedOf.push([m.id, relatedRefsOf(list)]);
        for (const r of list) {
          const title = documentById.get(r.measure.documentId)?.title;
          if (title !== undefined) titles.set(r.measure.documentId, title);
        }
      }
    }
    return {
      documentIds,
      units: [...unitIds].flatMap((id) => {
        const u = unitById.get(id);
        return u ? [{ id: u.id, name: u.name, url: u.url, jurisdiction: u.jurisdiction }] : [];
      }),
      termIds: [...termIds].filter((t) => withPage.has(t)),
      documentByNumber: [...numbers],
      documentTitles: [...titles],
      related: relatedOf,
    };
  });
}
