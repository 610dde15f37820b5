/**
 * Related measures in other documents: those sharing a responsible unit or a cited document /
 * quoted term. A shared term counts more than a shared unit, since broad units (各基层党组织)
 * are shared by most measures.
 */
import type { Measure } from '../schemas/measure.ts';
import { termId, termName } from './terms.ts';
import { unitKey } from './units.ts';

type Relatable = Pick<Measure, 'id' | 'documentId' | 'units' | 'citedDocuments' | 'quotedTerms' | 'order'>;

export interface Related<T> {
  measure: T;
  sharedUnits: string[];
  sharedTerms: string[];
}

/** Term id → name as written (the name is what the page shows). */
const termsOf = (m: Relatable) => new Map([...m.citedDocuments, ...m.quotedTerms].map((t) => [termId(t), termName(t)]));

/** Up to `limit` related measures for each measure, best first; computed for all at once. */
export function relatedMeasuresOf<T extends Relatable>(measures: T[], limit = 5): Map<string, Related<T>[]> {
  const units = new Map(measures.map((m) => [m.id, new Set(m.units.map(unitKey))]));
  const terms = new Map(measures.map((m) => [m.id, termsOf(m)]));
  const result = new Map<string, Related<T>[]>();
  for (const m of measures) {
    const mine = { units: units.get(m.id)!, terms: terms.get(m.id)! };
    const scored: (Related<T> & { score: number })[] = [];
    for (const other of measures) {
      if (other.documentId === m.documentId) continue;
      const sharedUnits = other.units.filter((u) => mine.units.has(unitKey(u)));
      const sharedTerms = [...terms.get(other.id)!].filter(([key]) => mine.terms.has(key)).map(([, name]) => name);
      const score = sharedTerms.length * 3 + sharedUnits.length;
      if (score > 0) scored.push({ measure: other, sharedUnits, sharedTerms, score });
    }
    scored.sort((a, b) => b.score - a.score || a.measure.documentId.localeCompare(b.measure.documentId) || a.measure.order - b.measure.order);
    result.set(m.id, scored.slice(0, limit).map(({ score: _score, ...r }) => r));
  }
  return result;
}
