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
  return spansOf(haystack, needle).map(([start]) => start);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every (non-overlapping) occurrence of `needle` in `haystack` as [start, end), both folded. A
 * space inside the needle (a quoted phrase, `"党建 工作"`) stands for any spacing or none: a space
 * between Chinese words is layout (a title broken over two lines, a PDF's gaps), not wording.
 */
export function spansOf(haystack: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  if (!needle) return found;
  if (!needle.includes(' ')) {
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found.push([at, at + needle.length]);
    return found;
  }
  const pattern = new RegExp(needle.split(/ +/).filter(Boolean).map(escapeRegExp).join(' *'), 'g');
  for (const m of haystack.matchAll(pattern)) found.push([m.index, m.index + m[0].length]);
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
    const spans = spansOf(folded, t.text);
    for (const [start, end] of spans) occurrences.push({ term, start, end });
    return spans.length;
  });
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  return { all: counts.every((n) => n > 0), occurrences, counts };
}

/** True when `text` contains every term. */
export const containsAll = (text: string, terms: readonly Term[]) => {
  const folded = foldText(text);
  return terms.every((t) => spansOf(folded, t.text).length > 0);
};
