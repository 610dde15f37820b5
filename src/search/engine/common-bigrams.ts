/**
 * Build time: the bigrams most pages contain (党建, 工作, 组织 …), which the search avoids asking
 * Pagefind for when a query has rarer ones (pieces.ts, linksOf): their index chunks are the
 * largest and they narrow nothing down. Shipped with the search page as one string of pairs.
 */
import { bigramsOf, type CommonRank } from './pieces.ts';

/** Bigrams in at least `share` of `texts`, most common first, at most `limit`. */
export function commonBigramsOf(texts: readonly string[], share = 0.04, limit = 400): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) for (const b of bigramsOf(run)) seen.add(b);
    for (const b of seen) counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  const min = Math.max(2, share * texts.length);
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([b]) => b);
}

/** `党建工作…` (pairs run together, most common first) → each pair's rank. */
export function commonRankOf(pairs: string): CommonRank {
  const chars = [...pairs];
  const ranks = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i += 2) ranks.set(chars[i]! + chars[i + 1]!, i / 2);
  return (bigram) => ranks.get(bigram) ?? null;
}
