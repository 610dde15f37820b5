/**
 * The search page's behaviour, shared by the page online (client.ts) and the page read from disk
 * (src/offline/client.ts): reads `?q=` and the filters, searches as the reader types or submits,
 * keeps the address in step, and renders exact results into #search-results and, when those are
 * few, related ones into #related-results. The two differ only in where Pagefind comes from, how
 * the address is kept and what a failure says: `SearchPageDeps`.
 *
 * One search runs at a time: each gets a number, and a search overtaken by a newer one (the reader
 * typed on) shows nothing when its answer arrives late.
 */
import { hasFilters, isBlankSearch, paramsToState, stateToAddress, type SearchState } from '../engine/params.ts';
import { queryToTerms, type Term } from '../engine/query.ts';
import { relatedResults } from '../engine/related.ts';
import { resultToHtml } from './render.ts';
import { SearchSession } from '../engine/session.ts';
import { detectorOf, simplifierOf, type Simplifier, type SimplifyTable } from '../engine/traditional.ts';
import { commonRankOf } from '../engine/common-bigrams.ts';
import type { CommonRank } from '../engine/pieces.ts';
import type { Retriever } from '../engine/types.ts';
import { formToState, stateToForm, statusHtml, fillFilterOptions, pageSize, wantsRelated, moreLabel, searchTitle } from './page-form.ts';

export interface SearchPageDeps {
  /** Pagefind, ready to answer; started on first need. */
  getRetriever: () => Promise<Retriever>;
  /** Puts the search into the address bar (push: a new history entry). */
  remember: (url: string, push: boolean) => void;
  /** What the status line says when the search cannot run. */
  unavailable: () => string;
  report: (error: unknown) => void;
}

export interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  relatedBox: HTMLElement;
  related: HTMLOListElement;
}

export function elementsOf(doc: Document): Elements | null {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const get = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T | null;
  const [status, results, more, relatedBox, related] = [get('search-status'), get<HTMLOListElement>('search-results'), get<HTMLButtonElement>('search-more'), get('search-related'), get<HTMLOListElement>('related-results')];
  if (!root || !form || !input || !status || !results || !more || !relatedBox || !related) return null;
  return { root, form, input, status, results, more, relatedBox, related };
}

export function runSearchPage(els: Elements, deps: SearchPageDeps): void {
  const page = new SearchPage(els, deps);
  listenToReader(els, page, deps);
  const arrived = page.searchFromAddress();
  const panel = els.form.querySelector('details');
  // Filters that came with a link stay in sight, so the reader sees why the results are narrowed.
  if (panel && hasFilters(arrived.filters)) panel.open = true;
}

type Progress = 'idle' | 'loading' | 'done' | 'error';
type TermsReader = (query: string) => Promise<{ terms: Term[]; simplified: boolean }>;

/** The search on show: its session gives the next pages, its terms are marked in them. */
interface Shown {
  session: SearchSession;
  terms: Term[];
  /** The status line, rewritten after each page: the count firms up as pages are checked. */
  status: () => string;
  /** Documents listed so far. */
  listed: number;
}

/** Query → terms; Traditional input is simplified with a table fetched the first time it is needed. */
function termsReaderOf(root: HTMLElement): TermsReader {
  const needsSimplifying = root.dataset.t2s ? detectorOf(root.dataset.t2s) : () => false;
  let simplifier: Promise<Simplifier> | null = null;
  const getSimplifier = () => (simplifier ??= fetch(root.dataset.t2sUrl ?? 't2s.json').then((r) => r.json() as Promise<SimplifyTable>).then(simplifierOf));
  return async (query) => queryToTerms(query, needsSimplifying(query) ? await getSimplifier() : undefined);
}

class SearchPage {
  private readonly els: Elements;
  private readonly deps: SearchPageDeps;
  private readonly commonRank: CommonRank;
  private readonly readTerms: TermsReader;
  /** Number of the latest search; an older one finishing late shows nothing. */
  private current = 0;
  private shown: Shown | null = null;

  constructor(els: Elements, deps: SearchPageDeps) {
    this.els = els;
    this.deps = deps;
    this.commonRank = commonRankOf(els.root.dataset.common ?? '');
    this.readTerms = termsReaderOf(els.root);
  }

  /** The form's search, put into the address (push: a new history entry) and the title. */
  searchFromForm(push: boolean): void {
    const state = formToState(this.els.form);
    this.deps.remember(stateToAddress(location.pathname, state), push);
    document.title = searchTitle(state);
    void this.run(state);
  }

  /** The address's search (on arrival, or back in history), put into the form. */
  searchFromAddress(): SearchState {
    const state = paramsToState(new URLSearchParams(location.search));
    stateToForm(this.els.form, state);
    void this.run(state);
    return state;
  }

  /** The next page of results, asked for by the button. */
  async showMore(): Promise<void> {
    if (!this.shown) return;
    this.setState('loading');
    if (!(await this.appendPage(this.current, this.shown))) return;
    this.say(this.shown.status());
    this.setState('done');
  }

  private async run(state: SearchState): Promise<void> {
    const token = ++this.current;
    const started = performance.now();
    this.clear();
    if (isBlankSearch(state)) return this.settle('idle', '');
    this.setState('loading');
    this.setRelatedState('loading');
    this.say('正在搜索…');
    try {
      const shown = await this.showFirstPage(token, state);
      if (!shown) return;
      this.els.results.setAttribute('data-ms', String(Math.round(performance.now() - started)));
      this.setState('done');
      await this.showRelated(token, state, shown);
      if (token === this.current) this.setRelatedState('done');
    } catch (error) {
      if (token !== this.current) return;
      this.settle('error', this.deps.unavailable());
      this.deps.report(error);
    }
  }

  /** Starts the session and shows its first page and status; null when a newer search took over. */
  private async showFirstPage(token: number, state: SearchState): Promise<Shown | null> {
    const { terms, simplified } = await this.readTerms(state.query);
    const session = await SearchSession.start(await this.deps.getRetriever(), terms, state.filters, { commonRank: this.commonRank, batch: pageSize });
    if (token !== this.current) return null;
    const shown: Shown = { session, terms, listed: 0, status: () => statusHtml(session, terms, state, simplified, shown.listed) };
    this.shown = shown;
    if (!(await this.appendPage(token, shown))) return null;
    this.say(shown.status());
    return shown;
  }

  /** Appends the session's next page; false when a newer search took over meanwhile. */
  private async appendPage(token: number, shown: Shown): Promise<boolean> {
    const { session, terms } = shown;
    const { results, more } = this.els;
    more.hidden = true;
    const page = await session.next(pageSize);
    if (token !== this.current) return false;
    shown.listed += page.length;
    results.insertAdjacentHTML('beforeend', page.map((r) => resultToHtml(r, terms)).join(''));
    more.hidden = session.done;
    more.textContent = moreLabel(page.length, session.done);
    return true;
  }

  /** Related results under the exact ones, when those are few. */
  private async showRelated(token: number, state: SearchState, { session, terms }: Shown): Promise<void> {
    if (!wantsRelated(terms, session.count)) return;
    const loose = await relatedResults(await this.deps.getRetriever(), terms, state.filters, session.ids);
    if (token !== this.current || loose.length === 0) return;
    this.els.related.innerHTML = loose.map((r) => resultToHtml(r, terms)).join('');
    this.els.relatedBox.hidden = false;
  }

  private clear(): void {
    const { results, more, relatedBox, related } = this.els;
    results.innerHTML = '';
    related.innerHTML = '';
    relatedBox.hidden = true;
    more.hidden = true;
    this.shown = null;
  }

  /** Ends a search that shows no results: nothing asked, or the search could not run. */
  private settle(state: 'idle' | 'error', html: string): void {
    this.setState(state);
    this.setRelatedState(state);
    this.say(html);
  }

  /** `#search-results[data-state]`: where the exact results are (the browser tests wait on it). */
  private setState(state: Progress): void {
    this.els.results.setAttribute('data-state', state);
  }

  /**
   * `#search-related[data-state]`: where the related lookup is, `done` once related results are
   * shown or known to be none (the browser tests wait on it rather than on a pause).
   */
  private setRelatedState(state: Progress): void {
    this.els.relatedBox.setAttribute('data-state', state);
  }

  private say(html: string): void {
    this.els.status.innerHTML = html;
  }
}

/** Searches as the reader types (after a pause), submits, changes a filter or goes back. */
function listenToReader(els: Elements, page: SearchPage, deps: SearchPageDeps): void {
  const { root, form, input, more } = els;
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => page.searchFromForm(false), 350);
  });
  // Pagefind starts loading while the reader is still typing.
  input.addEventListener('focus', () => void deps.getRetriever().catch(() => {}), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    input.blur(); // closes the phone keyboard so the results are visible
    page.searchFromForm(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) page.searchFromForm(true);
  });
  more.addEventListener('click', () => void page.showMore());
  form.querySelector('details')?.addEventListener('toggle', () => void fillFilterOptions(root).catch(() => {}), { once: true });
  addEventListener('popstate', () => {
    page.searchFromAddress();
  });
}
