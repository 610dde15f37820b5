/**
 * The search page read offline (from disk, or the unpacked zip anywhere): the same engine as
 * online — src/search's session, ranking, excerpts, related results and markup, over Pagefind's
 * own index and code — with two differences only. Pagefind's code comes bundled into this classic
 * script (build-offline.ts resolves `policy-pagefind` to the built pagefind/pagefind.js), and
 * its files come from their twins (twins.ts), because a page read from disk can neither import
 * modules nor fetch. So the results and their order are the online ones.
 *
 * The page glue mirrors src/search/client.ts (which stands aside when read offline); keep the two
 * in step. Loaded by OfflineSearch.astro.
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
import { twinFetch } from './twins.ts';

const pageSize = 10;
const relatedBelow = 5;

/** Pagefind's page URLs name folders (`…/measures/x/`); read from disk a folder is not its page. */
const fileOf = (url: string) => url.replace(/\/(?=$|[?#])/, '/index.html');

function withFileUrls(retriever: Retriever): Retriever {
  return { ...retriever, load: (id) => retriever.load(id).then((page) => ({ ...page, url: fileOf(page.url) })) };
}

/** The form → search state (the same fields a plain GET submit sends). */
function formToState(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
  return paramsToState(params);
}

function stateToForm(form: HTMLFormElement, state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  for (const key of filterKeys) {
    const wanted = state.filters[key] ?? [];
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${key}"]`)) {
      if (el instanceof HTMLInputElement) el.checked = wanted.includes(el.value);
      else {
        const value = wanted[0] ?? '';
        // A value from a shared link may not be among the options yet (they load on demand).
        if (value && ![...el.options].some((o) => o.value === value)) el.add(new Option(value, value));
        el.value = value;
      }
    }
  }
}

function statusHtml(session: SearchSession, terms: readonly Term[], state: SearchState, simplified: boolean): string {
  const filtered = hasFilters(state.filters) ? '（已筛选）' : '';
  const note = simplified ? `<br><small>繁体字已按简体字查找。</small>` : '';
  const partial = session.complete ? '' : '<br><small>单个汉字或单独的数字可能查不全，多输入几个字更准确。</small>';
  if (terms.length === 0) return `共 ${session.count} 条${filtered}` + note;
  // Simplified: name the terms as searched (组织生活), not as typed (組織生活).
  const named = quotedTerms(simplified ? terms.map((t) => ({ typed: t.text })) : terms);
  const what = terms.length > 1 ? `同时包含${escapeHtml(named)}` : `包含${escapeHtml(named)}`;
  if (session.count === 0) return `没有找到${what}的内容${filtered}。可以少输几个字、去掉筛选，或检查是否有错别字。` + note + partial;
  return `找到${session.countIsEstimate ? '约' : ''} ${session.count} 条${what}的结果${filtered}` + note + partial;
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

/** Options of the long filter lists, fetched when the filter panel first opens. */
async function fillFilterOptions(root: HTMLElement): Promise<void> {
  const url = root.dataset.filtersUrl;
  if (!url) return;
  const lists = (await (await fetch(url)).json()) as Partial<Record<keyof Filters, [string, string][]>>;
  for (const [key, options] of Object.entries(lists)) {
    const select = root.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (!select || !options) continue;
    const chosen = select.value;
    for (const [value, label] of options) if (![...select.options].some((o) => o.value === value)) select.add(new Option(label, value));
    select.value = chosen;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const root = new URL('./', script?.src ?? new URL('../', location.href).href).href;
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => startOfflineSearch(root));
else startOfflineSearch(root);
