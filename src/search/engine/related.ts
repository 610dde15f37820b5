/**
 * Related results: pages that have the words of the query but not the query itself (组织生活会议
 * finds pages with 组织, 生活 and 会议 apart). Shown under 相关结果, apart from the exact results and
 * only when those are few. The words are what a word segmenter makes of the terms, which is
 * what Pagefind itself would search for.
 */
import { containsAll } from './match.ts';
import { foldText, pageTextOf } from './normalise.ts';
import type { Term } from './query.ts';
import { pageToResult, splitFilters, type Result } from './session.ts';
import type { Filters, Retriever } from './types.ts';

export type Segment = (text: string) => string[];

/** Word-like segments (Intl.Segmenter, zh-CN); without it, the text split on spaces. */
export const segmentWords: Segment = (text) => {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return text.split(/\s+/).filter(Boolean);
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
};

/** The distinct words of all terms; single characters only when a term has nothing longer (they match too much). */
export const looseWords = (terms: readonly Term[], segment: Segment = segmentWords) =>
  [
    ...new Set(
      terms.flatMap((t) => {
        const words = segment(t.text);
        const long = words.filter((w) => [...w].length > 1);
        return long.length > 0 ? long : words;
      }),
    ),
  ];

/** Up to `n` related results, Pagefind's order, skipping `exclude` (the exact candidates). */
export async function relatedResults(
  retriever: Retriever,
  terms: readonly Term[],
  filters: Filters,
  exclude: ReadonlySet<string>,
  n = 5,
  segment: Segment = segmentWords,
): Promise<Result[]> {
  const words = looseWords(terms, segment);
  if (words.length === 0) return [];
  const { index, scope } = splitFilters(filters);
  const hits = (await retriever.loose(words, index)).filter((h) => !exclude.has(h.id)).slice(0, n * 2);
  const pages = await Promise.all(hits.map((h) => retriever.load(h.id)));
  const results: Result[] = [];
  pages.forEach((page, i) => {
    if (results.length >= n) return;
    const text = pageTextOf(page.content);
    // A page that does contain the whole query belongs to the exact list, never here.
    if (containsAll(text, terms)) return;
    const folded = foldText(text);
    const present = words.filter((w) => folded.includes(foldText(w))).map((w): Term => ({ text: foldText(w), typed: w, quoted: false }));
    if (present.length === 0) return;
    const result = pageToResult(hits[i]!.id, page, present, scope);
    if (result) results.push(result);
  });
  return results;
}
