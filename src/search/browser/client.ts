/**
 * The search page online: Pagefind loaded as a module from the site's pagefind/ folder, driving
 * the shared page behaviour (page-controller.ts). Pagefind starts loading when the search box
 * gets focus or a query arrives in the address.
 * `#search-results[data-state]` says where a search is: loading, done or error, and
 * `#search-related[data-state]` the same of its related results, which come later (tests wait on both).
 */
import { pagefindRetriever, startPagefind, type PagefindApi } from './pagefind.ts';
import type { Retriever } from '../engine/types.ts';
import { elementsOf, runSearchPage } from './page-controller.ts';

export function startSearchPage(doc: Document = document): void {
  const els = elementsOf(doc);
  // Read from disk, module imports and fetch are blocked: the offline search takes the page over.
  if (!els || doc.location.protocol === 'file:') return;
  const bundlePath = new URL('../pagefind/', doc.location.href).href;
  const baseUrl = new URL('../', doc.location.href).pathname;

  let retriever: Promise<Retriever> | null = null;
  const getRetriever = () =>
    (retriever ??= (import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindApi>).then(async (api) => {
      await startPagefind(api, { bundlePath, baseUrl, shards: Number(els.root.dataset.shards ?? 1) });
      return pagefindRetriever(api, bundlePath);
    }));
  runSearchPage(els, {
    getRetriever,
    remember: (url, push) => {
      if (url !== doc.location.pathname + doc.location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    },
    // Where Pagefind is missing, the offline search (OfflineSearch.astro) answers below the form.
    unavailable: () => (doc.querySelector('[data-offline-search]') ? '' : '搜索暂时不可用，请稍后再试，或从文件、单位、时限页面浏览。'),
    report: (error) => console.error('search:', error),
  });
}

