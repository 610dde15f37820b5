/**
 * Stage 2 of a search: candidates → results, a page at a time. Each candidate's page text is
 * loaded (Pagefind fragment, a few KB) only when its turn comes, checked for every term, and
 * turned into what the list shows. Pages that fail the check are kept apart: they can be shown as
 * related results, never among the exact ones.
 */
import { findCandidates, type Candidate } from './candidates.ts';
import { excerptOf, landingOf, wordIndexAt, type Segment } from './excerpt.ts';
import { containsAll, matchText } from './match.ts';
import { pageTextOf } from './normalise.ts';
import type { Term } from './query.ts';
import { resultHref } from './params.ts';
import type { CommonRank } from './pieces.ts';
import type { Filters, PageData, Retriever } from './types.ts';

export interface Result {
  id: string;
  /** The page. */
  url: string;
  /** The page with `?hl=` (the terms) and `#` the element nearest before the first match. */
  href: string;
  title: string;
  /** `document`, `measure`, `unit`, `term` (the page's `kind` filter), or '' when it has none. */
  kind: string;
  /** Title of the document a measure belongs to. */
  document: string | null;
  /** Heading of the section the first match is in (document pages). */
  section: string | null;
  excerpt: Segment[];
  /** Every term is in the title. */
  inTitle: boolean;
}

/** Page data + terms → a result, or null when a term is missing from the text. */
export function pageToResult(id: string, page: PageData, terms: readonly Term[]): Result | null {
  const text = pageTextOf(page.content);
  const title = page.meta.title?.trim() || page.url;
  const base = {
    id,
    url: page.url,
    title,
    kind: page.filters.kind?.[0] ?? '',
    document: page.meta.document?.trim() || null,
    inTitle: terms.length > 0 && containsAll(title, terms),
  };
  if (terms.length === 0) {
    const body = text.startsWith(title) ? text.slice(title.length).replace(/^\. /, '') : text;
    return { ...base, href: page.url, section: null, excerpt: excerptOf(body, [], 60) };
  }
  const match = matchText(text, terms);
  if (!match.all) return null;
  // The page text opens with its title; when the title has a match, show one from the text if any.
  const afterTitle = text.startsWith(title) ? match.occurrences.filter((o) => o.start >= title.length) : [];
  const shown = afterTitle.length > 0 ? afterTitle : match.occurrences;
  const landing = landingOf(page.anchors, wordIndexAt(page.content.split('\u200b'), shown[0]!.start));
  return {
    ...base,
    href: resultHref(page.url, terms, landing.id),
    section: base.kind === 'document' ? landing.heading : null,
    excerpt: excerptOf(text, shown),
  };
}

export interface SessionOptions {
  /** Results per page. */
  batch?: number;
  /** Most pages one call of `next` loads before it returns what it has. */
  maxLoads?: number;
  /** Ranks of the bigrams too common to be worth asking for (common-bigrams.ts). */
  commonRank?: CommonRank;
}

export class SearchSession {
  readonly terms: readonly Term[];
  readonly filters: Filters;
  /** Candidates still to check, best first. */
  private queue: Candidate[];
  private total: number;
  /** Candidates whose text did not contain the terms. */
  readonly misses: string[] = [];
  readonly complete: boolean;
  private readonly pinned: boolean;
  /** Every candidate, shown or not (related results leave them out). */
  readonly ids: ReadonlySet<string>;
  private readonly retriever: Retriever;
  private readonly batch: number;
  private readonly maxLoads: number;

  private constructor(retriever: Retriever, terms: readonly Term[], filters: Filters, candidates: Candidate[], complete: boolean, pinned: boolean, options: SessionOptions) {
    this.retriever = retriever;
    this.terms = terms;
    this.filters = filters;
    this.queue = candidates;
    this.total = candidates.length;
    this.ids = new Set(candidates.map((c) => c.id));
    this.complete = complete;
    this.pinned = pinned;
    this.batch = options.batch ?? 10;
    this.maxLoads = options.maxLoads ?? 200;
  }

  /** Finds the candidates (no page text is loaded yet). Without terms, every page the filters pass. */
  static async start(retriever: Retriever, terms: readonly Term[], filters: Filters, options: SessionOptions = {}): Promise<SearchSession> {
    if (terms.length === 0) {
      const hits = Object.keys(filters).length > 0 ? await retriever.all(filters) : [];
      const candidates = hits.map((h) => ({ id: h.id, count: 0, first: Infinity, score: h.score, inTitle: false }));
      return new SearchSession(retriever, terms, filters, candidates, true, true, options);
    }
    const set = await findCandidates(terms, retriever, filters, options.commonRank);
    return new SearchSession(retriever, terms, filters, set.candidates, set.complete, set.countIsExact, options);
  }

  /** Candidates not yet shown to fail: the result count, exact once every candidate is checked. */
  get count(): number {
    return this.total;
  }

  /** The count may still shrink as pages are checked (some pieces were not pinned by position). */
  get countIsEstimate(): boolean {
    return !this.pinned && !this.done;
  }

  get done(): boolean {
    return this.queue.length === 0;
  }

  /** The next (up to) `n` results, best first. */
  async next(n = this.batch): Promise<Result[]> {
    const found: Result[] = [];
    let loads = 0;
    while (found.length < n && this.queue.length > 0 && loads < this.maxLoads) {
      const slice = this.queue.splice(0, n - found.length);
      loads += slice.length;
      const pages = await Promise.all(slice.map((c) => this.retriever.load(c.id)));
      slice.forEach((c, i) => {
        const result = pageToResult(c.id, pages[i]!, this.terms);
        if (result) found.push(result);
        else {
          this.misses.push(c.id);
          this.total--;
        }
      });
    }
    // Title hits first within what was loaded; otherwise keep the candidate order.
    return found.map((r, i) => ({ r, i })).sort((a, b) => Number(b.r.inTitle) - Number(a.r.inTitle) || a.i - b.i).map(({ r }) => r);
  }

  /** Everything left (tests; the page asks for more a page at a time). */
  async rest(): Promise<Result[]> {
    const all: Result[] = [];
    while (!this.done) all.push(...(await this.next(Math.max(this.batch, 50))));
    return all;
  }
}

