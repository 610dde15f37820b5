/**
 * The exact test, on the page text itself: does the page contain every term, where, how often.
 * Both sides are folded (normalise.ts), which keeps lengths, so offsets point into the text as
 * written.
 */
import { foldText } from './normalise.ts';
import type { Term } from './query.ts';

export interface Occurrence {
  /** Index of the term in the query. */
  term: number;
  start: number;
  end: number;
}

/** Every (non-overlapping) occurrence of `needle` in `haystack`, both folded. */
export function offsetsOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

export interface TextMatch {
  /** True when every term occurs. */
  all: boolean;
  /** Occurrences of all terms, in text order. */
  occurrences: Occurrence[];
  /** Occurrence count per term. */
  counts: number[];
}

/** Matches `terms` in `text` (unfolded page text). */
export function matchText(text: string, terms: readonly Term[]): TextMatch {
  const folded = foldText(text);
  const occurrences: Occurrence[] = [];
  const counts = terms.map((t, term) => {
    const offsets = offsetsOf(folded, t.text);
    for (const start of offsets) occurrences.push({ term, start, end: start + t.text.length });
    return offsets.length;
  });
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  return { all: counts.every((n) => n > 0), occurrences, counts };
}

/** True when `text` contains every term. */
export const containsAll = (text: string, terms: readonly Term[]) => {
  const folded = foldText(text);
  return terms.every((t) => folded.includes(t.text));
};
