/**
 * Offline search over the records of search-data.ts: `search(data, query, filters) → results`.
 * Pure (no DOM), so it runs in Node tests and, bundled, in the page.
 *
 * INTERIM: src/search/ (issue 4) did not exist when this was written. Until it does, these are
 * the rules: every whitespace-separated term must occur in the page exactly (after folding
 * full-width letters and digits to ASCII and upper to lower case, which keeps lengths, so
 * excerpts are cut from the original text); title hits rank first, then more occurrences, then
 * site order. Replace `foldText`, `queryTerms` and `rankOf` with src/search's functions when they land.
 */
import type { PageKind, SearchData, SearchRecord } from './search-data.ts';

export interface SearchFilters {
  kind?: PageKind | PageKind[];
  /** Document id. */
  document?: string;
}

export interface SearchResult {
  record: SearchRecord;
  /** Higher first. */
  score: number;
  /** Text around the first hit, split so the hit can be marked. */
  excerpt: { before: string; hit: string; after: string };
}

/** Full-width letters and digits → ASCII, ideographic space → space, lower case; one char in, one char out. */
export function foldText(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000A-Z]/g, (c) => {
    if (c === '\u3000') return ' ';
    const code = c.charCodeAt(0);
    return (code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : c).toLowerCase();
  });
}

/** Query → distinct folded terms, longest first (a term inside another adds nothing). */
export function queryTerms(query: string): string[] {
  const terms = [...new Set(foldText(query).split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);
  return terms.filter((t, i) => !terms.slice(0, i).some((longer) => longer.includes(t)));
}

const count = (haystack: string, needle: string) => {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
};

/** Score of a page for the terms, or -1 when a term is missing. */
export function rankOf(title: string, text: string, terms: string[]): number {
  let score = 0;
  for (const term of terms) {
    const inText = count(text, term);
    const inTitle = count(title, term);
    if (!inText && !inTitle) return -1;
    score += inTitle * 100 + inText;
  }
  return score;
}

function excerptOf(text: string, folded: string, term: string, width = 40) {
  const at = Math.max(0, folded.indexOf(term));
  const start = Math.max(0, at - width / 2);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    hit: text.slice(at, at + term.length),
    after: text.slice(at + term.length, at + term.length + width) + (at + term.length + width < text.length ? '…' : ''),
  };
}

/** Folded copies of the searchable fields, made once per data set. */
export interface PreparedData {
  data: SearchData;
  folded: { title: string; text: string }[];
}

export const prepareSearchData = (data: SearchData): PreparedData => ({
  data,
  folded: data.records.map((r) => ({ title: foldText(r.title), text: foldText(r.text) })),
});

/** Pages that contain every term of `query` and pass `filters`, best first; [] for an empty query. */
export function search(prepared: PreparedData, query: string, filters: SearchFilters = {}): SearchResult[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const kinds = filters.kind === undefined ? null : new Set([filters.kind].flat());
  const results: (SearchResult & { order: number })[] = [];
  prepared.data.records.forEach((record, order) => {
    if (kinds && !kinds.has(record.kind)) return;
    if (filters.document && record.document !== filters.document) return;
    const f = prepared.folded[order]!;
    const score = rankOf(f.title, f.text, terms);
    if (score < 0) return;
    results.push({ record, score, order, excerpt: excerptOf(record.text, f.text, terms[0]!) });
  });
  return results.sort((a, b) => b.score - a.score || a.order - b.order).map(({ order: _order, ...r }) => r);
}
