/**
 * Stage 1 of a search: terms → candidate pages, ranked, without downloading any page.
 * One Pagefind search per distinct piece (pieces.ts) gives, per page, the word positions of that
 * piece; a page stays when it has every piece of every term and each term's bigram chains line up
 * (chain.ts). What is left is, in practice, exactly the pages containing the terms; stage 2
 * (session.ts) confirms each one on its text before showing it.
 */
import { chainEnds, chainStarts } from './chain.ts';
import { piecesToAsk, termToPieces, type CommonRank, type TermPieces } from './pieces.ts';
import type { Term } from './query.ts';
import type { Filters, Hit, Retriever } from './types.ts';

export interface Candidate {
  id: string;
  /** Occurrences the positions allow (a term's smallest chain count), summed over terms. */
  count: number;
  /** Word position of the first occurrence of the first term that has a chain; Infinity if none. */
  first: number;
  /** Sum of Pagefind's scores for the pieces. */
  score: number;
  /** Every piece also matched the page title. */
  inTitle: boolean;
}

export interface CandidateSet {
  candidates: Candidate[];
  /**
   * Every term had safe pieces (pieces.ts), so no page containing the query is missing. False when
   * a term could only be looked up by its unsafe pieces (a single character, a bare number).
   */
  complete: boolean;
  /** Terms that gave Pagefind nothing to look up (punctuation only); checked on the text only. */
  unsearchable: Term[];
  /** Every term was pinned down by positions (pieces.ts): the count is the result count. */
  countIsExact: boolean;
}

/** Count beyond which more occurrences stop making a page rank higher (long documents would win). */
const countCap = 5;

/** Best first: title hits, then (capped) occurrences, then Pagefind's score, then earlier occurrence. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    Number(b.inTitle) - Number(a.inTitle) ||
    Math.min(b.count, countCap) - Math.min(a.count, countCap) ||
    b.score - a.score ||
    a.first - b.first ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Per piece: page id → hit. */
type HitTable = Map<string, Map<string, Hit>>;

function judge(id: string, terms: readonly TermPieces[], table: HitTable): Candidate | null {
  let count = 0;
  let first = Infinity;
  let score = 0;
  let inTitle = true;
  for (const pieces of terms) {
    const asked = piecesToAsk(pieces);
    if (asked.length === 0) continue;
    const hits = asked.map((p) => table.get(p)!.get(id));
    if (hits.some((h) => h === undefined)) return null;
    for (const h of hits) {
      score += h!.score;
      inTitle &&= h!.inTitle;
    }
    let termCount = Infinity;
    for (const chain of pieces.chains) {
      const positions = chain.map((link) => [...table.get(link.bigram)!.get(id)!.words].sort((x, y) => x - y));
      const ends = chainEnds(chain, positions);
      if (ends.length === 0) return null;
      termCount = Math.min(termCount, ends.length);
      if (first === Infinity) first = chainStarts(chain, positions)[0] ?? Infinity;
    }
    count += termCount === Infinity ? 1 : termCount;
  }
  return { id, count, first, score, inTitle };
}

/** Candidates for `terms` (non-empty) under `filters`, best first. */
export async function findCandidates(
  terms: readonly Term[],
  retriever: Retriever,
  filters: Filters,
  commonRank?: CommonRank,
): Promise<CandidateSet> {
  const pieces = terms.map((t) => termToPieces(t.text, commonRank));
  const unsearchable = terms.filter((_, i) => piecesToAsk(pieces[i]!).length === 0);
  const complete = pieces.every((p) => p.chains.length > 0 || p.words.length > 0 || piecesToAsk(p).length === 0);
  const asked = [...new Set(pieces.flatMap(piecesToAsk))];
  const countIsExact = pieces.every((p) => p.pinned);
  if (asked.length === 0) return { candidates: [], complete: false, unsearchable, countIsExact };
  const found = await Promise.all(asked.map((p) => retriever.find(p, filters)));
  const table: HitTable = new Map(asked.map((p, i) => [p, new Map(found[i]!.map((h) => [h.id, h]))]));
  // Start from the piece with the fewest pages.
  const smallest = [...table.values()].reduce((a, b) => (b.size < a.size ? b : a));
  const candidates: Candidate[] = [];
  for (const id of smallest.keys()) {
    const c = judge(id, pieces, table);
    if (c) candidates.push(c);
  }
  return { candidates: candidates.sort(compareCandidates), complete, unsearchable, countIsExact };
}
