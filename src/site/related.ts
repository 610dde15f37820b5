/**
 * Related measures in other documents: those saying the same task, sharing a cited document /
 * quoted term, or sharing a responsible unit. Documents of two places rarely quote each other but
 * say the same task in nearly the same words, one as a title (持续大力整顿软弱涣散基层党组织), the
 * other inside a longer item (…三是精准整顿软弱涣散基层党组织，重点整顿…): a measure's title is
 * looked for word for word in the other's text, and the piece found weighed by its pairs of
 * adjacent characters, each by how rare it is, so 软弱涣散 counts and 党组织 hardly does. A shared term counts more than a shared unit,
 * since broad units (各基层党组织) are shared by most measures.
 */
import type { Measure } from '../model/schemas/measure.ts';
import { termId, termName } from './terms.ts';

type Relatable = Pick<Measure, 'id' | 'documentId' | 'title' | 'text' | 'units' | 'unitIds' | 'citedDocuments' | 'quotedTerms' | 'order'>;

export interface Related<T> {
  measure: T;
  sharedUnits: string[];
  sharedTerms: string[];
  /** One says what the other's title says (sameTask ≥ sameTaskFrom). */
  sameTask: boolean;
}

/** CJK ideographs (unified, extensions, compatibility): a range test, since a regex per character costs seconds here. */
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x323af) || (c >= 0xf900 && c <= 0xfaff);

/**
 * A pair of characters as one number (two code points below 0x110000 fit in a double exactly):
 * 18,000 measures have 3.6 million pairs, and as strings they cost the build seconds of garbage.
 */
export const pairKey = (a: number, b: number) => a * 0x110000 + b;

/** Adjacent pairs of Han characters, each once: 整顿“软弱涣散” → 整顿 软弱 弱涣 涣散 (as pairKey numbers). */
export function charPairs(text: string): Set<number> {
  const pairs = new Set<number>();
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    let code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (!isHan(code)) code = -1;
    if (previous >= 0 && code >= 0) pairs.add(pairKey(previous, code));
    previous = code;
  }
  return pairs;
}

/** The longest piece of `title` written word for word in `text` (the first of equal length). */
export function longestSharedRun(title: string, text: string): string {
  const chars = [...title];
  let best = '';
  for (let start = 0; start + [...best].length < chars.length; start++) {
    // Only a piece longer than the best so far is worth checking.
    let end = start + [...best].length + 1;
    while (end <= chars.length && text.includes(chars.slice(start, end).join(''))) end++;
    if (end - 1 - start > [...best].length) best = chars.slice(start, end - 1).join('');
  }
  return best;
}

/** The summed weight of a set of pairs. */
const weightOf = (pairs: Set<number>, weight: (pair: number) => number) => {
  let sum = 0;
  for (const p of pairs) sum += weight(p);
  return sum;
};

/**
 * How much of a title another measure's text says word for word: the weight of the longest piece
 * of the title found in the text over the weight of the whole title; 0 when that piece has fewer
 * than `sameTaskRun` Chinese characters (组织领导, 制定实施方案 are in every other long text).
 */
export function titleInText(title: string, text: string, weight: (pair: number) => number): number {
  const run = longestSharedRun(title, text);
  if ((run.match(/\p{Script=Han}/gu)?.length ?? 0) < sameTaskRun) return 0;
  const all = weightOf(charPairs(title), weight);
  return all === 0 ? 0 : weightOf(charPairs(run), weight) / all;
}

/** Chinese characters a title and a text must share in one piece to say the same task. */
export const sameTaskRun = 7;
/** From here on one measure says the other's task (the pair above: 0.7 in a library of the five seed documents). */
export const sameTaskFrom = 0.6;
/**
 * Candidates by title: the measures whose text has one of the title's 4 rarest pairs, among pairs
 * another text has too and no more than 40 texts have (a pair in more does not make a task), so a
 * measure is compared with at most 160 others and the whole stays linear in the library.
 */
const candidatePairs = 4;
const SPECIFIC_PAIR = 40;

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
  const titles = measures.map((m) => charPairs(m.title));
  // A measure's text usually opens with its title; where it does not, the title is part of what it says.
  const fullTexts = measures.map((m) => (m.text.includes(m.title) ? m.text : `${m.title}。${m.text}`));
  const byUnit = new Map<string, number[]>();
  const byTerm = new Map<string, number[]>();
  const byPair = new Map<number, number[]>();
  const push = <K>(index: Map<K, number[]>, key: K, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  // Each text's pairs go into the index and are dropped: kept for all 180,000 measures of
  // 10,000 documents, the sets held about 1 GB of the planning's 2.5 GB.
  measures.forEach((m, i) => {
    for (const u of units[i]!) push(byUnit, u, i);
    for (const t of terms[i]!.keys()) push(byTerm, t, i);
    const text = charPairs(m.text);
    for (const p of titles[i]!) text.add(p);
    for (const p of text) push(byPair, p, i);
  });
  // Inverse document frequency over the measures' texts: a pair in every other text says nothing.
  // Worked out when first asked: only pieces of titles found in other texts are weighed, a small
  // share of the millions of distinct pairs, and a map of them all took 4.5 s at 10,000 documents.
  const weights = new Map<number, number>();
  const weight = (pair: number) => {
    let w = weights.get(pair);
    if (w === undefined) {
      const list = byPair.get(pair);
      w = list ? Math.log((measures.length + 1) / list.length) : 0;
      weights.set(pair, w);
    }
    return w;
  };
  const otherDocument = (i: number, j: number) => measures[j]!.documentId !== measures[i]!.documentId;

  // Pass 1: who says whose task. Found from the title's side, then recorded on both sides, since
  // the measure whose text holds the title would have to look up every pair of its text.
  const sameTask = measures.map(() => new Set<number>());
  titles.forEach((title, i) => {
    const rarest = [...title].map((p) => byPair.get(p)!).filter((list) => list.length > 1 && list.length <= SPECIFIC_PAIR).sort((a, b) => a.length - b.length);
    for (const list of rarest.slice(0, candidatePairs)) {
      for (const j of list) {
        if (j === i || !otherDocument(i, j) || sameTask[i]!.has(j)) continue;
        if (titleInText(measures[i]!.title, fullTexts[j]!, weight) >= sameTaskFrom) {
          sameTask[i]!.add(j);
          sameTask[j]!.add(i);
        }
      }
    }
  });

  const result = new Map<string, Related<T>[]>();
  measures.forEach((m, i) => {
    const candidates = new Set<number>(sameTask[i]);
    const add = (list: number[] | undefined) => {
      for (const j of list ?? []) if (otherDocument(i, j)) candidates.add(j);
    };
    const keys = [...[...terms[i]!.keys()].map((t) => byTerm.get(t)!), ...[...units[i]!].map((u) => byUnit.get(u)!)];
    for (const list of keys) if (list.length <= BROAD) add(list);
    // Too few specific neighbours: fall back to measures sharing a broad term or unit, nearest first.
    for (const list of keys) {
      if (candidates.size >= limit) break;
      for (const j of list) {
        if (candidates.size >= limit) break;
        if (otherDocument(i, j)) candidates.add(j);
      }
    }
    const scored = [...candidates].map((j) => {
      const other = measures[j]!;
      const sharedUnits = other.units.filter((_, k) => units[i]!.has(other.unitIds[k]!));
      const sharedTerms = [...terms[j]!].filter(([key]) => terms[i]!.has(key)).map(([, name]) => name);
      const same = sameTask[i]!.has(j);
      // The same task outweighs a shared term, which outweighs a shared unit.
      const score = (same ? 4 : 0) + sharedTerms.length * 3 + sharedUnits.length;
      return { measure: other, sharedUnits, sharedTerms, sameTask: same, score };
    });
    scored.sort((a, b) => b.score - a.score || a.measure.documentId.localeCompare(b.measure.documentId) || a.measure.order - b.measure.order);
    result.set(m.id, scored.filter((r) => r.score > 0).slice(0, limit).map(({ score: _score, ...r }) => r));
  });
  return result;
}
