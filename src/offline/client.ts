/**
 * The search page read offline (from disk, or the unpacked zip anywhere): the same engine as
 * online — src/search's session, ranking, excerpts, related results and markup, over Pagefind's
 * own index and code — with two differences only. Pagefind's code comes bundled into this classic
 * script (build-offline.ts resolves `policy-pagefind` to the built pagefind/pagefind.js), and
 * its files come from their twins (twins.ts), because a page read from disk can neither import
 * modules nor fetch. So the results and their order are the online ones.
 *
 * The form and status helpers are shared with src/search/client.ts (src/search/page-form.ts).
 * Loaded by OfflineSearch.astro.
 */
import * as pagefindBundle from 'policy-pagefind';
import { commonRankOf } from '../search/common-bigrams.ts';
import { pagefindRetriever, startPagefind, type PagefindApi } from '../search/pagefind.ts';
import { hasFilters, paramsToState, stateToParams, type SearchState } from '../search/params.ts';
import { parseQuery, type Term } from '../search/query.ts';
import { relatedResults } from '../search/related.ts';
import { escapeHtml, quotedTerms, resultToHtml } from '../search/render.ts';
import { SearchSession } from '../search/session.ts';
import { detectorOf, simplifierOf, type Simplifier, type SimplifyTable } from '../search/traditional.ts';
import { filterKeys, type Filters, type Retriever } from '../search/types.ts';
import { formToState, stateToForm, statusHtml, fillFilterOptions, pageSize, relatedBelow } from '../search/page-form.ts';
import { twinFetch } from './twins.ts';


/** Pagefind's page URLs name folders (`…/measures/x/`); read from disk a folder is not its page. */
const fileOf = (url: string) => url.replace(/\/(?=$|[?#])/, '/index.html');

function withFileUrls(retriever: Retriever): Retriever {
  return { ...retriever, load: (id) => retriever.load(id).then((page) => ({ ...page, url: fileOf(page.url) })) };
}




/** Rewrites the address without reloading where the browser allows it (not every one does on file://). */
function remember(url: string, push: boolean): void {
  try {
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  } catch {
    /* the results stay; only the address does not follow */
  }
}

export function startOfflineSearch(root: string): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const form = page?.querySelector<HTMLFormElement>('form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const [status, results, more, relatedBox, related] = ['search-status', 'search-results', 'search-more', 'search-related', 'related-results'].map((id) => document.getElementById(id));
  if (!page || !form || !input || !status || !results || !(more instanceof HTMLButtonElement) || !relatedBox || !related) return;
  page.setAttribute('data-offline-search', '');
  window.fetch = twinFetch(root, window.fetch.bind(window));

  let retriever: Promise<Retriever> | null = null;
  const getRetriever = () =>
    (retriever ??= (async () => {
      const api = pagefindBundle as unknown as PagefindApi;
      await startPagefind(api, { bundlePath: `${root}pagefind/`, baseUrl: new URL(root).pathname });
      return withFileUrls(pagefindRetriever(api));
    })());
  const commonRank = commonRankOf(page.dataset.common ?? '');
  const needsSimplifying = page.dataset.t2s ? detectorOf(page.dataset.t2s) : () => false;
  let simplifier: Promise<Simplifier> | null = null;
  const getSimplifier = () => (simplifier ??= fetch(page.dataset.t2sUrl ?? 't2s.json').then((r) => r.json() as Promise<SimplifyTable>).then(simplifierOf));

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
    const next = await session.next(pageSize);
    if (token !== current) return;
    results.insertAdjacentHTML('beforeend', next.map((r) => resultToHtml(r, terms)).join(''));
    more.hidden = session.done;
    more.textContent = next.length < pageSize && !session.done ? '继续查找' : '显示更多结果';
    if (alone) {
      refreshStatus();
      setState('done');
    }
  }

  async function run(state: SearchState): Promise<void> {
    const token = ++current;
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
      say('离线搜索没能打开。请确认解压了完整的离线包（包括 _offline 文件夹）。');
      console.warn('offline search:', error);
    }
  }

  const go = (push: boolean) => {
    const state = formToState(form);
    const params = stateToParams(state).toString();
    remember(`${location.pathname}${params ? `?${params}` : ''}`, push);
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
    input.blur();
    go(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) go(true);
  });
  more.addEventListener('click', () => void showMore(current));
  const panel = form.querySelector('details');
  panel?.addEventListener('toggle', () => void fillFilterOptions(page).catch(() => {}), { once: true });
  addEventListener('popstate', () => {
    const state = paramsToState(new URLSearchParams(location.search));
    stateToForm(form, state);
    void run(state);
  });

  const initial = paramsToState(new URLSearchParams(location.search));
  stateToForm(form, initial);
  if (panel && hasFilters(initial.filters)) panel.open = true;
  void run(initial);
}


const script = document.currentScript as HTMLScriptElement | null;
const root = new URL('./', script?.src ?? new URL('../', location.href).href).href;
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => startOfflineSearch(root));
else startOfflineSearch(root);
