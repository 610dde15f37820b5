/**
 * Related measures in other documents: those sharing a responsible unit or a cited document /
 * quoted term. A shared term counts more than a shared unit, since broad units (各基层党组织)
 * are shared by most measures.
 */
import type { Measure } from '../model/schemas/measure.ts';
import { termId, termName } from './terms.ts';

type Relatable = Pick<Measure, 'id' | 'documentId' | 'units' | 'unitIds' | 'citedDocuments' | 'quotedTerms' | 'order'>;

export interface Related<T> {
  measure: T;
  sharedUnits: string[];
  sharedTerms: string[];
}

/** Term id → name as written (the name is what the page shows). */
const termsOf = (m: Relatable) => new Map([...m.citedDocuments, ...m.quotedTerms].map((t) => [termId(t), termName(t)]));

/**
 * A unit or term shared by more measures than this says little about relatedness (市县党委组织部
 * owns thousands, “三会一课” is everywhere); it still counts in the score, but is not used to find
 * candidates, which keeps the computation from growing with the square of the corpus.
 */
const BROAD = 200;

/** Up to `limit` related measures for each measure, best first; computed for all at once through inverted indexes. */
export function relatedMeasuresOf<T extends Relatable>(measures: T[], limit = 5): Map<string, Related<T>[]> {
  // By unit id: 市委组织部 of 湛江 and of 绵阳 are two bodies (src/model/unit-identity.ts).
  const units = measures.map((m) => new Set(m.unitIds));
  const terms = measures.map(termsOf);
  const byUnit = new Map<string, number[]>();
  const byTerm = new Map<string, number[]>();
  const push = (index: Map<string, number[]>, key: string, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  measures.forEach((_, i) => {
    for (const u of units[i]) push(byUnit, u, i);
    for (const t of terms[i].keys()) push(byTerm, t, i);
  });
  const result = new Map<string, Related<T>[]>();
  measures.forEach((m, i) => {
    const candidates = new Set<number>();
    const add = (list: number[] | undefined) => {
      for (const j of list ?? []) if (measures[j].documentId !== m.documentId) candidates.add(j);
    };
    const keys = [...[...terms[i].keys()].map((t) => byTerm.get(t)!), ...[...units[i]].map((u) => byUnit.get(u)!)];
    for (const list of keys) if (list.length <= BROAD) add(list);
    // Too few specific neighbours: fall back to measures sharing a broad term or unit, nearest first.
    for (const list of keys) {
      if (candidates.size >= limit) break;
      for (const j of list) {
        if (candidates.size >= limit) break;
        if (measures[j].documentId !== m.documentId) candidates.add(j);
      }
    }
    const scored = [...candidates].map((j) => {
      const other = measures[j];
      const sharedUnits = other.units.filter((_, k) => units[i].has(other.unitIds[k]));
      const sharedTerms = [...terms[j]].filter(([key]) => terms[i].has(key)).map(([, name]) => name);
      return { measure: other, sharedUnits, sharedTerms, score: sharedTerms.length * 3 + sharedUnits.length };
    });
    scored.sort((a, b) => b.score - a.score || a.measure.documentId.localeCompare(b.measure.documentId) || a.measure.order - b.measure.order);
    result.set(m.id, scored.filter((r) => r.score > 0).slice(0, limit).map(({ score: _score, ...r }) => r));
  });
  return result;
}
