/**
 * The position test that spares downloading pages which cannot contain a term. Pagefind files a
 * bigram under the word position of its first character, so in a page containing 组织生活会 (words
 * 组织|生活|会 at 10, 11, 12) the bigrams 组织 织生 生活 活会 sit at 10 10 11 11. Two bigrams that start
 * d characters apart in the term sit 0 to d word positions apart in the page (each character
 * moves on by at most one word). A page where no set of positions fits fails.
 * Necessary, not sufficient (words could line up by chance): the page text decides in the end.
 */
import type { Link } from './pieces.ts';

/** Positions one link can take given the positions the previous link could take. */
function step(prev: readonly number[], next: readonly number[], gap: number): number[] {
  const reach = [...new Set(prev)].sort((a, b) => a - b);
  let i = 0;
  return next.filter((p) => {
    // Is there a previous position q with p - gap <= q <= p?
    while (i < reach.length && reach[i]! < p - gap) i++;
    return i < reach.length && reach[i]! <= p;
  });
}

/**
 * Where a chain can end: `positions[j]` are link j's sorted word positions in one page,
 * `links[j].offset` where it starts in the term. Ends are sorted and distinct.
 */
export function chainEnds(links: readonly Pick<Link, 'offset'>[], positions: readonly (readonly number[])[]): number[] {
  if (positions.length === 0) return [];
  let reachable = [...positions[0]!];
  for (let j = 1; j < positions.length && reachable.length > 0; j++) {
    reachable = step(reachable, [...positions[j]!].sort((a, b) => a - b), links[j]!.offset - links[j - 1]!.offset);
  }
  return [...new Set(reachable)].sort((a, b) => a - b);
}

/** Where the chain can start (first link positions with a complete path). */
export function chainStarts(links: readonly Pick<Link, 'offset'>[], positions: readonly (readonly number[])[]): number[] {
  const last = links[links.length - 1]?.offset ?? 0;
  const reversed = [...links].reverse().map((l) => ({ offset: last - l.offset }));
  return chainEnds(reversed, [...positions].reverse().map((ps) => ps.map((p) => -p))).map((p) => -p).sort((a, b) => a - b);
}
