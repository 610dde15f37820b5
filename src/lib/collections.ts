/**
 * All split documents → the five collections: units merged across documents (names that differ
 * only in spacing or width are one unit), terms shared by two or more documents, duplicate ids
 * reported as errors.
 */
import type { Unit } from '../schemas/unit.ts';
import type { Problem } from '../schemas/problem.ts';
import type { SplitDocument } from './split-document.ts';
import { nameKey } from './fold-width.ts';
import { unitId, termId } from './ids.ts';

export interface Collections {
  splits: SplitDocument[];
  units: Unit[];
  /** Page of a quoted term or cited document that two or more documents share. */
  termUrl: (term: string) => string | null;
  problems: Problem[];
}

export const unitUrl = (name: string) => `/units/${unitId(name)}/`;
export const termUrlOf = (term: string) => `/terms/${termId(term)}/`;

function mergeUnits(splits: SplitDocument[]): Unit[] {
  const byKey = new Map<string, { spellings: Map<string, number>; unit: Unit }>();
  for (const { measures, document } of splits) {
    for (const m of measures) {
      for (const name of m.units) {
        const key = nameKey(name);
        let entry = byKey.get(key);
        if (!entry) {
          entry = { spellings: new Map(), unit: { id: unitId(name), name, aliases: [], measures: [], documents: [], url: unitUrl(name) } };
          byKey.set(key, entry);
        }
        entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
        const role = m.leadUnits.includes(name) ? 'lead' : m.supportUnits.includes(name) ? 'support' : 'assigned';
        if (!entry.unit.measures.some((x) => x.id === m.id)) entry.unit.measures.push({ id: m.id, documentId: document.id, role });
        if (!entry.unit.documents.includes(document.id)) entry.unit.documents.push(document.id);
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

export function splitsToCollections(all: SplitDocument[]): Collections {
  const problems: Problem[] = [];
  const byId = new Map<string, SplitDocument>();
  for (const split of all) {
    const other = byId.get(split.document.id);
    if (other) {
      problems.push({
        file: split.document.source, line: 0, id: 'duplicate-id', level: 'error',
        message: `文件 id “${split.document.id}” 与 ${other.document.source} 重复（发文字号或标题相同），此文件未写入`,
      });
      continue;
    }
    byId.set(split.document.id, split);
  }
  const splits = [...byId.values()];
  const seenIn = new Map<string, Set<string>>();
  for (const { document } of splits) {
    for (const term of [...document.citedDocuments, ...document.quotedTerms]) {
      const key = nameKey(term);
      if (!seenIn.has(key)) seenIn.set(key, new Set());
      seenIn.get(key)!.add(document.id);
    }
  }
  const termUrl = (term: string) => ((seenIn.get(nameKey(term))?.size ?? 0) >= 2 ? termUrlOf(term) : null);
  return { splits, units: mergeUnits(splits), termUrl, problems };
}
