/**
 * The search engine in Node against a built site's real Pagefind bundle: dist/ is served on a
 * local port and `pagefind/pagefind.js` imported, exactly the code the browser runs (Node has
 * fetch, WebAssembly and Intl.Segmenter). Counts the bytes Pagefind fetches, for cost checks.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { pagefindRetriever, startPagefind, type PagefindApi } from '../../src/search/browser/pagefind.ts';
import type { Retriever } from '../../src/search/engine/types.ts';
import { serveDist } from './serve-dist.ts';

export interface NodeSearch {
  retriever: Retriever;
  /** Bytes and requests fetched so far (compressed, as served). */
  traffic: { bytes: number; requests: number };
  close(): Promise<void>;
}

/** How many shards the search page says the index has (`data-shards`), as the browser reads it. */
export function shardsOf(dist: string): number {
  const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
  return Number(/data-shards="(\d+)"/.exec(html)?.[1] ?? 1);
}

export async function openPagefind(dist: string): Promise<NodeSearch> {
  const server = await serveDist(dist);
  const traffic = { bytes: 0, requests: 0 };
  const fetchBefore = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    // One retry: a local server under hundreds of parallel requests may drop a connection.
    const response = await fetchBefore(input, init).catch(() => fetchBefore(input, init));
    const body = await response.arrayBuffer();
    traffic.requests++;
    traffic.bytes += Number(response.headers.get('content-length') ?? body.byteLength);
    return new Response(body, { status: response.status, headers: response.headers });
  };
  // A fresh module instance per call (the query string), so each caller gets its own Pagefind.
  const url = pathToFileURL(join(resolve(dist), 'pagefind', 'pagefind.js')).href + `?instance=${Math.random()}`;
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
  const bundlePath = `${server.origin}/pagefind/`;
  await startPagefind(api, { bundlePath, baseUrl: '/', shards: shardsOf(dist) });
  return {
    retriever: pagefindRetriever(api, bundlePath),
    traffic,
    async close() {
      globalThis.fetch = fetchBefore;
      await server.close();
    },
  };
}
