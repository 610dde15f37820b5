/**
 * The search page in the browser: reads `?q=` and the filters, searches as the reader types or
 * submits, keeps the address in step (so the search can be shared), and renders exact results
 * into #search-results and, when those are few, related ones into #related-results.
 * Pagefind starts loading when the search box gets focus or a query arrives in the address.
 * `#search-results[data-state]` says where a search is: loading, done or error (tests wait on it).
 */
import { pagefindRetriever, startPagefind, type PagefindApi } from './pagefind.ts';
import { hasFilters, paramsToState, stateToParams, type SearchState } from './params.ts';
import { parseQuery, type Term } from './query.ts';
import { relatedResults } from './related.ts';
import { escapeHtml, quotedTerms, resultToHtml } from './render.ts';
import { SearchSession } from './session.ts';
import { detectorOf, simplifierOf, type Simplifier, type SimplifyTable } from './traditional.ts';
import { commonRankOf } from './common-bigrams.ts';
import { filterKeys, type Filters, type Retriever } from './types.ts';

const pageSize = 10;
/** Related results are looked for when there are fewer exact results than this. */
const relatedBelow = 5;

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  relatedBox: HTMLElement;
  related: HTMLOListElement;
}

function elementsOf(doc: Document): Elements | null {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const get = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T | null;
  const [status, results, more, relatedBox, related] = [get('search-status'), get<HTMLOListElement>('search-results'), get<HTMLButtonElement>('search-more'), get('search-related'), get<HTMLOListElement>('related-results')];
  if (!root || !form || !input || !status || !results || !more || !relatedBox || !related) return null;
  return { root, form, input, status, results, more, relatedBox, related };
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

export function startSearchPage(doc: Document = document): void {
  const els = elementsOf(doc);
  // Read from disk, module imports and fetch are blocked: the offline search takes the page over.
  if (!els || doc.location.protocol === 'file:') return;
  const { root, form, input, status, results, more, relatedBox, related } = els;
  const bundlePath = new URL('../pagefind/', doc.location.href).href;
  const baseUrl = new URL('../', doc.location.href).pathname;

  let retriever: Promise<Retriever> | null = null;
  const getRetriever = () =>
    (retriever ??= (import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
      await startPagefind(api, { bundlePath, baseUrl });
      return pagefindRetriever(api);
    }));
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
      // Where Pagefind is missing, the offline search (OfflineSearch.astro) answers below the form.
      say(doc.querySelector('[data-offline-search]') ? '' : '搜索暂时不可用，请稍后再试，或从文件、单位、时限页面浏览。');
      console.error('search:', error);
    }
  }

  const go = (push: boolean) => {
    const state = formToState(form);
    const params = stateToParams(state).toString();
    const url = `${doc.location.pathname}${params ? `?${params}` : ''}`;
    if (url !== doc.location.pathname + doc.location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    doc.title = state.query.trim() ? `${state.query.trim()} · 搜索 · 政策知识站` : '搜索 · 政策知识站';
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
    const state = paramsToState(new URLSearchParams(doc.location.search));
    stateToForm(form, state);
    void run(state);
  });

  const initial = paramsToState(new URLSearchParams(doc.location.search));
  stateToForm(form, initial);
  if (panel && hasFilters(initial.filters)) panel.open = true;
  void run(initial);
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
