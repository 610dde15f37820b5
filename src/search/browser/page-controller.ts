/**
 * The search page's behaviour, shared by the page online (client.ts) and the page read from disk
 * (src/offline/client.ts): reads `?q=` and the filters, searches as the reader types or submits,
 * keeps the address in step, and renders exact results into #search-results and, when those are
 * few, related ones into #related-results. The two differ only in where Pagefind comes from, how
 * the address is kept and what a failure says: `SearchPageDeps`.
 */
import { hasFilters, paramsToState, stateToParams, type SearchState } from '../engine/params.ts';
import { parseQuery, type Term } from '../engine/query.ts';
import { relatedResults } from '../engine/related.ts';
import { resultToHtml } from './render.ts';
import { SearchSession } from '../engine/session.ts';
import { detectorOf, simplifierOf, type Simplifier, type SimplifyTable } from '../engine/traditional.ts';
import { commonRankOf } from '../engine/common-bigrams.ts';
import type { Retriever } from '../engine/types.ts';
import { formToState, stateToForm, statusHtml, fillFilterOptions, pageSize, relatedBelow } from './page-form.ts';

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
  const { root, form, input, status, results, more, relatedBox, related } = els;
  const { getRetriever } = deps;
  const commonRank = commonRankOf(root.dataset.common ?? '');
  const needsSimplifying = root.dataset.t2s ? detectorOf(root.dataset.t2s) : () => false;
  let simplifier: Promise<Simplifier> | null = null;
  const getSimplifier = () => (simplifier ??= fetch(root.dataset.t2sUrl ?? 't2s.json').then((r) => r.json() as Promise<SimplifyTable>).then(simplifierOf));

  let current = 0;
  let session: SearchSession | null = null;
  let terms: Term[] = [];
  /** Rewrites the status line of the current search (its count firms up as pages are checked). */
  let refreshStatus = () => {};

  const setState = (state: 'idle' | 'loading' | 'done' | 'error') => results.setAttribute('data-state', state);
  const say = (html: string) => (status.innerHTML = html);

  /** The next page of results; `alone` when asked for by the button (run() sets the state itself). */
  async function showMore(token: number, alone = true) {
    if (!session) return;
    more.hidden = true;
    if (alone) setState('loading');
    const page = await session.next(pageSize);
    if (token !== current) return;
    results.insertAdjacentHTML('beforeend', page.map((r) => resultToHtml(r, terms)).join(''));
    more.hidden = session.done;
    more.textContent = page.length < pageSize && !session.done ? '继续查找' : '显示更多结果';
    if (alone) {
      refreshStatus();
      setState('done');
    }
  }

  async function run(state: SearchState): Promise<void> {
    const token = ++current;
    const started = performance.now();
    results.innerHTML = '';
    related.innerHTML = '';
    relatedBox.hidden = true;
    more.hidden = true;
    session = null;
    refreshStatus = () => {};
    if (!state.query.trim() && !hasFilters(state.filters)) {
      say('');
      setState('idle');
      return;
    }
    setState('loading');
    say('正在搜索…');
    try {
      const simplify = needsSimplifying(state.query) ? await getSimplifier() : undefined;
      terms = parseQuery(state.query, simplify);
      const simplified = simplify ? terms.map((t) => t.text).join(' ') !== parseQuery(state.query).map((t) => t.text).join(' ') : false;
      const found = await SearchSession.start(await getRetriever(), terms, state.filters, { commonRank, batch: pageSize });
      if (token !== current) return;
      session = found;
      await showMore(token, false);
      if (token !== current) return;
      refreshStatus = () => say(statusHtml(found, terms, state, simplified));
      refreshStatus();
      results.setAttribute('data-ms', String(Math.round(performance.now() - started)));
      setState('done');
      if (terms.length > 0 && found.count < relatedBelow) {
        const loose = await relatedResults(await getRetriever(), terms, state.filters, found.ids);
        if (token !== current || loose.length === 0) return;
        related.innerHTML = loose.map((r) => resultToHtml(r, terms)).join('');
        relatedBox.hidden = false;
      }
    } catch (error) {
      if (token !== current) return;
      setState('error');
      say(deps.unavailable());
      deps.report(error);
    }
  }

  const go = (push: boolean) => {
    const state = formToState(form);
    const params = stateToParams(state).toString();
    deps.remember(`${location.pathname}${params ? `?${params}` : ''}`, push);
    document.title = state.query.trim() ? `${state.query.trim()} · 搜索 · 政策知识站` : '搜索 · 政策知识站';
    void run(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go(false), 350);
  });
  input.addEventListener('focus', () => void getRetriever().catch(() => {}), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    input.blur(); // closes the phone keyboard so the results are visible
    go(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) go(true);
  });
  more.addEventListener('click', () => void showMore(current));
  const panel = form.querySelector('details');
  panel?.addEventListener('toggle', () => void fillFilterOptions(root).catch(() => {}), { once: true });
  addEventListener('popstate', () => {
    const state = paramsToState(new URLSearchParams(location.search));
    stateToForm(form, state);
    void run(state);
  });

  const initial = paramsToState(new URLSearchParams(location.search));
  stateToForm(form, initial);
  if (panel && hasFilters(initial.filters)) panel.open = true;
  void run(initial);}
