/**
 * The search page read offline (from disk, or the unpacked zip anywhere): the same engine as
 * online — src/search's session, ranking, excerpts, related results and markup, over Pagefind's
 * own index and code — with two differences only. Pagefind's code comes bundled into this classic
 * script (build-offline.ts resolves `policy-pagefind` to the built pagefind/pagefind.js), and
 * its files come from their twins (twins.ts), because a page read from disk can neither import
 * modules nor fetch. So the results and their order are the online ones.
 *
 * The page behaviour is shared with src/search/browser/client.ts (src/search/browser/page-controller.ts).
 * Loaded by OfflineSearch.astro.
 */
import * as pagefindBundle from 'policy-pagefind';
import { pagefindRetriever, startPagefind, type PagefindApi } from '../search/browser/pagefind.ts';
import type { Retriever } from '../search/engine/types.ts';
import { elementsOf, runSearchPage } from '../search/browser/page-controller.ts';
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
  const els = elementsOf(document);
  if (!els) return;
  els.root.setAttribute('data-offline-search', '');
  window.fetch = twinFetch(root, window.fetch.bind(window));

  let retriever: Promise<Retriever> | null = null;
  const getRetriever = () =>
    (retriever ??= (async () => {
      const api = pagefindBundle as unknown as PagefindApi;
      const bundlePath = `${root}pagefind/`;
      await startPagefind(api, { bundlePath, baseUrl: new URL(root).pathname, shards: Number(els.root.dataset.shards ?? 1) });
      return withFileUrls(pagefindRetriever(api, bundlePath));
    })());
  runSearchPage(els, {
    getRetriever,
    remember,
    unavailable: () => '离线搜索没能打开。请确认解压了完整的离线包（包括 _offline 文件夹）。',
    report: (error) => console.warn('offline search:', error),
  });
}

const script = document.currentScript as HTMLScriptElement | null;
const root = new URL('./', script?.src ?? new URL('../', location.href).href).href;
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => startOfflineSearch(root));
else startOfflineSearch(root);
