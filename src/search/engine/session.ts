/**
 * Stage 2 of a search: candidates → results, a document at a time. Each candidate's page text is
 * loaded (Pagefind fragment, a few KB) only when its turn comes, checked for every term, and
 * turned into a card: the document, and under it the measures whose text has the match
 * (extents.ts), with their 责任单位 and 时限 (measure-meta.ts). Pages that fail the check are
 * kept apart: they can be shown as related results, never among the exact ones.
 */
import { findCandidates, type Candidate } from './candidates.ts';
import { excerptOf, landingOf, wordIndexAt, type Segment } from './excerpt.ts';
import { extentAt, measureExtents, type Extent } from './extents.ts';
import { containsAll, matchText, type Occurrence } from './match.ts';
import { measuresMetaKey, measureUrlOf, unpackMeasures, type MeasureMeta } from './measure-meta.ts';
import { pageTextOf } from './normalise.ts';
import type { Term } from './query.ts';
import { resultHref } from './params.ts';
import type { CommonRank } from './pieces.ts';
import type { Filters, PageData, Retriever } from './types.ts';

/** A measure listed under its document. */
export interface MeasureResult {
  id: string;
  /** The measure's own page. */
  url: string;
  /** Its page with `?hl=` (the terms). */
  href: string;
  title: string;
  /** 责任单位 as written, lead first; '' when none is named. */
  units: string;
  /** 时限 as written; '' when none is stated. */
  deadline: string;
  /** From the measure's text (never from its facts). */
  excerpt: Segment[];
}

/** One document with what matched in it. */
export interface Result {
  id: string;
  /** The document page. */
  url: string;
  /** The page with `?hl=` (the terms) and `#` the element nearest before the first match. */
  href: string;
  title: string;
  issuer: string | null;
  docNumber: string | null;
  /** `YYYY-MM-DD`, or null. */
  date: string | null;
  /** Heading of the section the document excerpt is in. */
  section: string | null;
  /** The text around matches outside every listed measure; empty when the measures say it all. */
  excerpt: Segment[];
  /** Measures containing every term (with a unit filter, only that unit's), in document order. */
  measures: MeasureResult[];
  /** Every term is in the title. */
  inTitle: boolean;
}

/** What the reader narrowed the search to beyond what Pagefind filters. */
export interface Scope {
  /** Unit filter values: only measures of these units are listed, and a document needs one. */
  units: readonly string[];
  /** 仅看措施 (`kind=measure`): a document is listed only for its measures. */
  measuresOnly: boolean;
}

export const noScope: Scope = { units: [], measuresOnly: false };

/** The filters Pagefind applies, and what the engine applies itself on the loaded text. */
export function splitFilters(filters: Filters): { index: Filters; scope: Scope } {
  const { kind, ...index } = filters;
  return { index, scope: { units: filters.unit ?? [], measuresOnly: kind?.length === 1 && kind[0] === 'measure' } };
}

const narrowed = (scope: Scope) => scope.units.length > 0 || scope.measuresOnly;

function measureResult(meta: MeasureMeta, docUrl: string, terms: readonly Term[], excerpt: Segment[]): MeasureResult {
  const url = measureUrlOf(docUrl, meta.id);
  return { id: meta.id, url, href: resultHref(url, terms, null), title: meta.title, units: meta.units, deadline: meta.deadline, excerpt };
}

/** Occurrences inside `extent`, shifted to its own text. */
const within = (occurrences: readonly Occurrence[], e: Extent) =>
  occurrences.filter((o) => o.start >= e.start && o.end <= e.end).map((o) => ({ ...o, start: o.start - e.start, end: o.end - e.start }));

/** Page data + terms → a result, or null when a term is missing from the text (or, narrowed, from every measure in scope). */
export function pageToResult(id: string, page: PageData, terms: readonly Term[], scope: Scope = noScope): Result | null {
  const text = pageTextOf(page.content);
  const title = page.meta.title?.trim() || page.url;
  const metas = unpackMeasures(page.meta[measuresMetaKey]);
  const inUnit = (m: MeasureMeta) => scope.units.length === 0 || m.unitKeys.some((k) => scope.units.includes(k));
  const extents = measureExtents(page.content, page.anchors, new Set(metas.map((m) => m.anchor)));
  const byAnchor = new Map(metas.map((m) => [m.anchor, m]));
  const base = {
    id,
    url: page.url,
    title,
    issuer: page.meta.issuer?.trim() || null,
    docNumber: page.meta.number?.trim() || null,
    date: page.meta.date?.trim() || null,
    inTitle: terms.length > 0 && containsAll(title, terms),
  };
  if (terms.length === 0) {
    const listed = narrowed(scope) ? extents.filter((e) => inUnit(byAnchor.get(e.anchor)!)) : [];
    if (narrowed(scope) && listed.length === 0) return null;
    const measures = listed.map((e) => measureResult(byAnchor.get(e.anchor)!, page.url, terms, excerptOf(text.slice(e.start, e.end), [], 60)));
    const body = text.startsWith(title) ? text.slice(title.length).replace(/^\. /, '') : text;
    return { ...base, href: page.url, section: null, excerpt: narrowed(scope) ? [] : excerptOf(body, [], 60), measures };
  }
  const match = matchText(text, terms);
  if (!match.all) return null;
  // The page text opens with its title; matches there are the title's, not the text's.
  const inText = text.startsWith(title) ? match.occurrences.filter((o) => o.start >= title.length) : match.occurrences;
  const measures: MeasureResult[] = [];
  for (const e of extents) {
    const meta = byAnchor.get(e.anchor)!;
    const own = within(inText, e);
    if (!inUnit(meta) || !terms.every((_, t) => own.some((o) => o.term === t))) continue;
    measures.push(measureResult(meta, page.url, terms, excerptOf(text.slice(e.start, e.end), own)));
  }
  if (narrowed(scope) && measures.length === 0) return null;
  const listed = new Set(measures.map((m) => m.id));
  const outside = inText.filter((o) => {
    const e = extentAt(extents, o.start);
    return !e || !listed.has(byAnchor.get(e.anchor)!.id);
  });
  // The document's own excerpt: matches no listed measure shows (or the title's, when the text has none).
  const shown = narrowed(scope) ? [] : outside.length > 0 && measures.length > 0 ? outside : measures.length > 0 ? [] : inText.length > 0 ? inText : match.occurrences;
  const first = inText[0] ?? match.occurrences[0]!;
  const landing = landingOf(page.anchors, wordIndexAt(page.content.split('\u200b'), (shown[0] ?? first).start));
  return {
    ...base,
    href: resultHref(page.url, terms, landingOf(page.anchors, wordIndexAt(page.content.split('\u200b'), first.start)).id),
    section: shown.length > 0 ? landing.heading : null,
    excerpt: shown.length > 0 ? excerptOf(text, shown) : [],
    measures,
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
  readonly scope: Scope;
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
  /** Measures listed in the results shown so far. */
  private measuresShown = 0;

  private constructor(retriever: Retriever, terms: readonly Term[], filters: Filters, candidates: Candidate[], complete: boolean, pinned: boolean, options: SessionOptions) {
    this.retriever = retriever;
    this.terms = terms;
    this.filters = filters;
    this.scope = splitFilters(filters).scope;
    this.queue = candidates;
    this.total = candidates.length;
    this.ids = new Set(candidates.map((c) => c.id));
    this.complete = complete;
    // A narrowed search drops documents whose matches are in no measure in scope: only checking tells.
    this.pinned = pinned && !narrowed(this.scope);
    this.batch = options.batch ?? 10;
    this.maxLoads = options.maxLoads ?? 200;
  }

  /** Finds the candidates (no page text is loaded yet). Without terms, every document the filters pass. */
  static async start(retriever: Retriever, terms: readonly Term[], filters: Filters, options: SessionOptions = {}): Promise<SearchSession> {
    const { index } = splitFilters(filters);
    if (terms.length === 0) {
      const hits = Object.values(filters).some((v) => v?.length) ? await retriever.all(index) : [];
      const candidates = hits.map((h) => ({ id: h.id, count: 0, first: Infinity, score: h.score, inTitle: false }));
      return new SearchSession(retriever, terms, filters, candidates, true, true, options);
    }
    const set = await findCandidates(terms, retriever, index, options.commonRank);
    return new SearchSession(retriever, terms, filters, set.candidates, set.complete, set.countIsExact, options);
  }

  /** Documents not yet shown to fail: the result count, exact once every candidate is checked. */
  get count(): number {
    return this.total;
  }

  /** Measures listed so far: all of them once the session is done. */
  get measureCount(): number {
    return this.measuresShown;
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
    const found: { r: Result; c: Candidate }[] = [];
    let loads = 0;
    while (found.length < n && this.queue.length > 0 && loads < this.maxLoads) {
      const slice = this.queue.splice(0, n - found.length);
      loads += slice.length;
      const pages = await Promise.all(slice.map((c) => this.retriever.load(c.id)));
      slice.forEach((c, i) => {
        const result = pageToResult(c.id, pages[i]!, this.terms, this.scope);
        if (result) found.push({ r: result, c });
        else {
          this.misses.push(c.id);
          this.total--;
        }
      });
    }
    this.measuresShown += found.reduce((n, { r }) => n + r.measures.length, 0);
    // Within what was loaded: title hits, then more matching measures, then Pagefind's score,
    // then the candidate order (candidates.ts), which the stable sort keeps.
    return found
      .sort((a, b) => Number(b.r.inTitle) - Number(a.r.inTitle) || b.r.measures.length - a.r.measures.length || b.c.score - a.c.score)
      .map(({ r }) => r);
  }

  /** Everything left (tests; the page asks for more a page at a time). */
  async rest(): Promise<Result[]> {
    const all: Result[] = [];
    while (!this.done) all.push(...(await this.next(Math.max(this.batch, 50))));
    return all;
  }
}

