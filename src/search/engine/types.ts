/** Types shared by the search engine, its Pagefind adapter and the page script. */
import type { Anchor } from './excerpt.ts';

/** Filter key → accepted values (a page must match one value of every key given). */
export type Filters = Partial<Record<FilterKey, string[]>>;

/**
 * The search's filters, in the order the search page shows them. Document pages carry year,
 * issuer, document and unit (`data-pagefind-filter`); `kind=measure` (仅看措施) and the unit filter's
 * choice of measures are applied by the engine on the loaded text (session.ts, splitFilters).
 */
export const filterKeys = ['kind', 'year', 'issuer', 'document', 'unit'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** One page Pagefind returned for one piece. */
export interface Hit {
  /** Pagefind's page id. */
  id: string;
  /** Word positions of the matching words in the page. */
  words: number[];
  /** Pagefind's relevance score for this piece. */
  score: number;
  /** The piece matched the page's title metadata. */
  inTitle: boolean;
}

/** What the engine needs of a page to check and show it: Pagefind's fragment. */
export interface PageData {
  url: string;
  /** Page text with words separated by U+200B, as Pagefind indexed it. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
}

/** Candidate retrieval and page loading; the engine knows nothing else about Pagefind. */
export interface Retriever {
  /** Pages with a word starting with `piece` (taken as is: no further segmentation), after filters. */
  find(piece: string, filters: Filters): Promise<Hit[]>;
  /** Every page that passes the filters, in Pagefind's order (a search without words). */
  all(filters: Filters): Promise<Hit[]>;
  /** Pages with a word starting with each of `pieces` anywhere, best first (Pagefind's own ranking). */
  loose(pieces: string[], filters: Filters): Promise<Hit[]>;
  load(id: string): Promise<PageData>;
}
