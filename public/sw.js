/*
 * Service worker: pages a reader has visited stay readable when the network drops.
 * Registered only over http(s) (src/components/ServiceWorker.astro), from the site's own folder,
 * so its scope is that folder — `/` or a sub-path such as `/policy/` — and nothing outside it.
 *
 * - Pages and other unhashed files (HTML, favicon, Pagefind's entry files, the offline search data):
 *   network first, so a reader online always gets the current text; the copy is kept for later.
 * - Hashed files (`_astro/*.<hash>.css`, Pagefind's fragments and index chunks): cache first —
 *   their content never changes under the same name.
 * - The offline zip is never cached (it is large and only worth having fresh).
 * A page is stored under its file name without the query (`search/index.html?q=x` and
 * `documents/d/` share `…/index.html`), so a shared `?q=` link still opens offline.
 */
const CACHE = 'policy-site-v1';
const scope = self.registration.scope;

const hashed = (url) => /\/_astro\//.test(url.pathname) || /\/pagefind\/(fragment|index)\//.test(url.pathname);

/** Cache key: same origin, no query or hash, folders as their index.html. */
function keyOf(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  if (u.pathname.endsWith('/')) u.pathname += 'index.html';
  return u.href;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(keyOf(request.url), response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(keyOf(request.url));
    if (kept) return kept;
    if (request.mode === 'navigate') return offlinePage();
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(keyOf(request.url));
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(keyOf(request.url), response.clone());
  return response;
}

function offlinePage() {
  const html =
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>网络已断开 · 政策知识站</title><body style="font:16px/1.7 sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">' +
    '<h1 style="font-size:1.3rem">网络已断开</h1><p>这一页还没有在本机保存过，联网后再打开即可。已经看过的页面断网时仍可阅读。</p>' +
    '<p><a href="' + scope + 'index.html">回到首页</a></p></body></html>';
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('policy-site-') && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

// The page that registered the worker was loaded before it existed: it sends its own address, its
// stylesheets and script files so that first page is kept too.
self.addEventListener('message', (event) => {
  const urls = event.data && event.data.type === 'keep' && Array.isArray(event.data.urls) ? event.data.urls : [];
  const mine = urls.filter((u) => typeof u === 'string' && u.startsWith(scope));
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        mine.map((u) =>
          fetch(u)
            .then((r) => (r.ok ? cache.put(keyOf(u), r) : undefined))
            .catch(() => undefined),
        ),
      ),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const url = new URL(request.url);
  if (url.pathname.endsWith('.zip') || request.headers.has('range')) return;
  event.respondWith(hashed(url) ? cacheFirst(request) : networkFirst(request));
});
