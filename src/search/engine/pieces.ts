/**
 * A term → the pieces to ask Pagefind for, chosen so that no page containing the term is missed.
 *
 * What Pagefind's Chinese index holds (measured on the built index, NOTES.md): every pair of
 * adjacent Han characters (a bigram), filed under the position of the word its first character
 * belongs to; dictionary words; single characters only where the segmenter made a one-character
 * word; letters and digits as whole words. A query piece matches words it is a prefix of.
 *
 * Pagefind's prefix matching cannot be relied on: on 1,000 documents the piece 层 matched 16
 * pages, not the thousands with a word starting with 层 (layered 层层 included). So only pieces
 * whose exact entry every page containing the term must have are safe:
 * - each run of two or more Han characters becomes some of its bigrams, in order (a chain):
 *   every page containing the run has each of them, no more word positions apart than characters
 *   apart, which lets the engine drop most pages that only have the characters scattered;
 * - a run of letters or digits with something other than a letter, digit or joiner (`-` `.` `/` …)
 *   on both sides inside the term is a whole Pagefind word in every page (4 in 年4月, 2019 in
 *   〔2019〕); at either end of the term it may be part of a longer word (`019` in `2019`);
 * - a lone Han character may sit anywhere in a longer word and is never safe.
 * A term with no safe piece (`党`, `2019`) falls back to its unsafe pieces: found where Pagefind
 * finds them, without the guarantee. Punctuation is never indexed and plays no part.
 */
import { isHan, isWordChar } from './normalise.ts';

/** A bigram of a term and where it starts in its Han run (characters). */
export interface Link {
  bigram: string;
  offset: number;
}

export interface TermPieces {
  /** One chain per Han run of two or more characters: the bigrams asked for (linksOf), in order. */
  chains: Link[][];
  /** Letter/digit runs that are a whole Pagefind word in every page containing the term. */
  words: string[];
  /** Used only when `chains` and `words` are empty: pieces that usually, not always, match. */
  fallback: string[];
  /**
   * The term is Han characters only and every one of its bigrams is asked, so the positions pin
   * it down: the candidate count is (nearly always) the result count.
   */
  pinned: boolean;
}

interface Run {
  kind: 'han' | 'word' | 'other';
  text: string;
  /** The character before the run in the term, or '' at its start. */
  before: string;
  /** The character after the run, or '' at the end. */
  after: string;
}

function runsOf(term: string): Run[] {
  const runs: Run[] = [];
  const chars = [...term];
  let i = 0;
  while (i < chars.length) {
    const kindOf = (c: string): Run['kind'] => (isHan(c) ? 'han' : isWordChar(c) ? 'word' : 'other');
    const kind = kindOf(chars[i]!);
    let j = i + 1;
    while (j < chars.length && kindOf(chars[j]!) === kind) j++;
    runs.push({ kind, text: chars.slice(i, j).join(''), before: chars[i - 1] ?? '', after: chars[j] ?? '' });
    i = j;
  }
  return runs;
}

/** Bigrams of a Han run: 组织生活 → 组织 织生 生活. */
export function bigramsOf(run: string): string[] {
  const chars = [...run];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Most bigrams asked per Han run: each may cost Pagefind an index chunk (30–60 KB, more for common ones). */
export const maxLinks = 4;

/** Where a bigram ranks among the most common ones (0 = most common), or null when it is not one. */
export type CommonRank = (bigram: string) => number | null;

/**
 * The bigrams of a run worth asking for: the uncommon ones (a common bigram such as 党建 or 工作
 * is in most pages, so its index chunk is the largest and it narrows nothing down), at most
 * `maxLinks`, spread over the run; if all are common, the least common one. Skipping bigrams never
 * loses a page — every page containing the run has all of them — it only lets more candidates
 * through to the text check.
 */
export function linksOf(run: string, commonRank: CommonRank = () => null): Link[] {
  const all = bigramsOf(run).map((bigram, offset) => ({ bigram, offset, rank: commonRank(bigram) }));
  const rare = all.filter((l) => l.rank === null);
  const pool = rare.length > 0 ? rare : [all.reduce((a, b) => (b.rank! > a.rank! ? b : a))];
  // Spread over the run: the first, the last and evenly between.
  const picked = new Set(pool.length <= maxLinks ? pool.keys() : Array.from({ length: maxLinks }, (_, i) => Math.round((i * (pool.length - 1)) / (maxLinks - 1))));
  return pool.filter((_, i) => picked.has(i)).map(({ bigram, offset }) => ({ bigram, offset }));
}

/** Characters that may join two parts of one indexed word, so a run after them may not start one. */
const joiners = /[-._/:'&@#+~\\]/;

export function termToPieces(term: string, commonRank?: CommonRank): TermPieces {
  const chains: Link[][] = [];
  const words: string[] = [];
  const fallback: string[] = [];
  for (const run of runsOf(term)) {
    if (run.kind === 'other') continue;
    const bounded = (c: string) => c !== '' && !joiners.test(c);
    if (run.kind === 'han' && [...run.text].length >= 2) chains.push(linksOf(run.text, commonRank));
    else if (run.kind === 'word' && bounded(run.before) && bounded(run.after)) words.push(run.text);
    else fallback.push(run.text);
  }
  const runs = runsOf(term);
  const pinned = runs.length === 1 && chains.length === 1 && chains[0]!.length === [...term].length - 1;
  return { chains, words: [...new Set(words)], fallback: [...new Set(fallback)], pinned };
}

/** Every piece the engine asks Pagefind for, for one term. */
export function piecesToAsk(pieces: TermPieces): string[] {
  const safe = [...new Set([...pieces.chains.flat().map((l) => l.bigram), ...pieces.words])];
  return safe.length > 0 ? safe : pieces.fallback;
}
