/**
 * Term pages: a cited document (《…》) or a quoted term (“…”) that appears in two or more
 * documents gets a page listing where it appears.
 *
 * The id comes from the split (src/model/ids.ts), which also writes the markdown links to term
 * pages into document and measure bodies: one function, so the links and the pages agree.
 */
import { termId } from '../model/ids.ts';

export { termId };

export type TermKind = 'cited' | 'quoted';

export interface Term {
  id: string;
  /** As written, without 《》 or “”. */
  name: string;
  kind: TermKind;
  /** Documents it appears in, in the order first met. */
  documentIds: string[];
  /** Measures whose text contains it. */
  measureIds: string[];
}

interface TermSource {
  id: string;
  /** As the split stores them: cited titles with their 《》, quoted terms without “”. */
  citedDocuments: string[];
  quotedTerms: string[];
}

/** The name as written, without the 《》 or “” around it. */
export const termName = (name: string) => name.trim().replace(/^[《“"]|[》”"]$/g, '');

/** All terms that appear in at least `minDocuments` documents, most widespread first. */
export function collectTerms(
  documents: TermSource[],
  measures: (TermSource & { documentId: string })[],
  minDocuments = 2,
): Term[] {
  // Sets, not includes(): a common term sits in thousands of measures, and a scan per mention made
  // this quadratic in the size of the library.
  const terms = new Map<string, { term: Term; documents: Set<string>; measures: Set<string> }>();
  const note = (name: string, kind: TermKind, documentId: string, measureId?: string) => {
    const id = termId(name);
    let entry = terms.get(id);
    if (!entry) {
      entry = { term: { id, name: termName(name), kind, documentIds: [], measureIds: [] }, documents: new Set(), measures: new Set() };
      terms.set(id, entry);
    }
    if (!entry.documents.has(documentId)) {
      entry.documents.add(documentId);
      entry.term.documentIds.push(documentId);
    }
    if (measureId && !entry.measures.has(measureId)) {
      entry.measures.add(measureId);
      entry.term.measureIds.push(measureId);
    }
  };
  for (const doc of documents) {
    for (const name of doc.citedDocuments) note(name, 'cited', doc.id);
    for (const name of doc.quotedTerms) note(name, 'quoted', doc.id);
  }
  for (const m of measures) {
    for (const name of m.citedDocuments) note(name, 'cited', m.documentId, m.id);
    for (const name of m.quotedTerms) note(name, 'quoted', m.documentId, m.id);
  }
  return [...terms.values()]
    .map((e) => e.term)
    .filter((t) => t.documentIds.length >= minDocuments)
    .sort((a, b) => b.documentIds.length - a.documentIds.length || a.name.localeCompare(b.name, 'zh-CN'));
}

/** How a term is shown: cited documents in 《》, quoted terms in “”. */
export const termLabel = (term: Pick<Term, 'name' | 'kind'>) =>
  term.kind === 'cited' ? `《${term.name}》` : `“${term.name}”`;
