/**
 * Cross-document steps, on small summaries of each document so that the heavy per-document work
 * can run in parallel: units merged across documents (names that differ only in spacing or width
 * are one unit), terms shared by two or more documents, duplicate ids reported as errors.
 */
import type { Unit } from '../../model/schemas/unit.ts';
import { problemOf, type Problem } from '../../model/schemas/problem.ts';
import type { Measure } from '../../model/schemas/measure.ts';
import type { SplitDocument } from '../split-document.ts';
import { nameKey } from '../../model/name-key.ts';
import { termId } from '../../model/ids.ts';
import { unitIdentity } from '../../model/unit-identity.ts';
import { unitUrl, termUrl } from '../../model/urls.ts';

/** What the cross-document steps need to know of one document. */
export interface DocumentSummary {
  id: string;
  source: string;
  /** Cited documents and quoted terms, as written. */
  terms: string[];
  /** Qualifies the unit names relative to the issuer (src/model/unit-identity.ts). */
  jurisdiction: string | null;
  measures: Pick<Measure, 'id' | 'documentId' | 'units' | 'leadUnits' | 'supportUnits'>[];
}

const termUrlOf = (term: string) => termUrl(termId(term));

export function summarise({ document, measures }: SplitDocument): DocumentSummary {
  return {
    id: document.id, source: document.source, jurisdiction: document.jurisdiction, terms: [...document.citedDocuments, ...document.quotedTerms],
    measures: measures.map(({ id, documentId, units, leadUnits, supportUnits }) => ({ id, documentId, units, leadUnits, supportUnits })),
  };
}

/** Documents whose id an earlier document already has: errors, and they are not written. */
export function duplicateIds(docs: DocumentSummary[]): { problems: Problem[]; dropped: Set<string> } {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  const dropped = new Set<string>();
  for (const d of docs) {
    const other = first.get(d.id);
    if (other === undefined) first.set(d.id, d.source);
    else {
      dropped.add(d.source);
      problems.push(problemOf('duplicate-id', d.source, 0, `文件 id “${d.id}” 与 ${other} 重复（发文字号或标题相同），此文件未写入`));
    }
  }
  return { problems, dropped };
}

/** Keys (see nameKey) of the terms that two or more documents share: they get pages and links. */
export function sharedTermKeys(docs: DocumentSummary[]): Set<string> {
  const seenIn = new Map<string, Set<string>>();
  for (const d of docs) {
    for (const term of d.terms) {
      const key = nameKey(term);
      if (!seenIn.has(key)) seenIn.set(key, new Set());
      seenIn.get(key)!.add(d.id);
    }
  }
  return new Set([...seenIn].filter(([, ids]) => ids.size >= 2).map(([k]) => k));
}

export function termLinker(shared: Set<string>): (term: string) => string | null {
  return (term) => (shared.has(nameKey(term)) ? termUrlOf(term) : null);
}

export function mergeUnits(docs: DocumentSummary[]): Unit[] {
  const byKey = new Map<string, { spellings: Map<string, number>; unit: Unit; measureIds: Set<string>; documentIds: Set<string> }>();
  for (const [d, m] of docs.flatMap((d) => d.measures.map((m) => [d, m] as const))) {
    for (const name of m.units) {
      const { key, id, jurisdiction } = unitIdentity(name, d.jurisdiction);
      let entry = byKey.get(key);
      if (!entry) {
        const unit: Unit = { id, name, jurisdiction, aliases: [], measures: [], documents: [], url: unitUrl(id) };
        entry = { spellings: new Map(), unit, measureIds: new Set(), documentIds: new Set() };
        byKey.set(key, entry);
      }
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      const role = m.leadUnits.includes(name) ? 'lead' : m.supportUnits.includes(name) ? 'support' : 'assigned';
      // Sets, not list scans: a unit such as 市县党委组织部 can own thousands of measures.
      if (!entry.measureIds.has(m.id)) {
        entry.measureIds.add(m.id);
        entry.unit.measures.push({ id: m.id, documentId: m.documentId, role });
      }
      if (!entry.documentIds.has(m.documentId)) {
        entry.documentIds.add(m.documentId);
        entry.unit.documents.push(m.documentId);
      }
    }
  }
  return [...byKey.values()]
    .map(({ spellings, unit }) => {
      const ranked = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return { ...unit, name: ranked[0][0], aliases: ranked.map(([s]) => s) };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
