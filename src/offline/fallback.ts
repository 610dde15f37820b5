/**
 * Browser entry of the offline search, bundled by scripts/build-offline.ts into one classic
 * script (offline-search.js) — classic because file:// pages may not import modules or fetch.
 * The search page's loader (src/components/OfflineSearch.astro) adds it when the page is read
 * from disk or Pagefind is missing. It loads offline-search-data.js the same way, then takes
 * over the page's search form: results as the reader types, `?q=` on arrival, Enter without
 * reloading.
 */
import { offlineSearchData, offlineSearchGlobal } from './files.ts';
import { resultsToHtml } from './render.ts';
import { prepareSearchData, search, type PreparedData } from './search.ts';
import { unpackSearchData, type PackedSearchData } from './search-data.ts';

const PAGE = 50;

function loadScript(src: string): Promise<void> {
  return new Promise((done, fail) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => done();
    s.onerror = () => fail(new Error(`cannot load ${src}`));
    document.head.appendChild(s);
  });
}

function start(root: string) {
  const form = document.querySelector<HTMLFormElement>('main form[role="search"]') ?? document.querySelector<HTMLFormElement>('form[role="search"]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const box = document.createElement('div');
  box.className = 'offline-search';
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('data-offline-search', '');
  form.after(box);

  const query = new URLSearchParams(location.search).get('q') ?? '';
  if (query) input.value = query;
  let prepared: PreparedData | null = null;
  let limit = PAGE;

  const show = () => {
    if (!prepared) return;
    const q = input.value;
    box.innerHTML = resultsToHtml(q, search(prepared, q), prepared.data, root, limit);
  };
  const remember = () => {
    // file:// documents cannot rewrite their own URL in every browser; the results stay either way.
    try {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url.href);
    } catch {
      /* not allowed here */
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      limit = PAGE;
      show();
      remember();
    }, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    limit = PAGE;
    show();
    remember();
  });
  box.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-offline-more]')) return;
    limit += PAGE;
    show();
  });

  box.innerHTML = '<p class="offline-search__count">正在载入离线搜索…</p>';
  const ready = (window as unknown as Record<string, unknown>)[offlineSearchGlobal] ? Promise.resolve() : loadScript(root + offlineSearchData);
  ready
    .then(() => {
      const packed = (window as unknown as Record<string, PackedSearchData>)[offlineSearchGlobal]!;
      prepared = prepareSearchData(unpackSearchData(packed));
      box.innerHTML = '';
      show();
    })
    .catch(() => {
      box.innerHTML = '<p class="offline-search__count">离线搜索数据没有找到。请确认解压了完整的离线包。</p>';
    });
}

const self = document.currentScript as HTMLScriptElement | null;
const root = new URL('./', self?.src ?? location.href).href;
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(root));
else start(root);
