/**
 * `node scripts/search-cost.ts [--dist DIR] [--first Q] [--second Q] [--phone] [--requests] [--json FILE]`:
 * what a search costs a reader, measured in Chromium against a built site served over HTTP with
 * gzip: bytes downloaded (compressed, headers included) and time from Enter to results, for the
 * first query (nothing cached: Pagefind's code and metadata load too) and a second one.
 * `--phone` adds 4× CPU slowdown and a 4G-like network (20 Mbit/s down, 60 ms). The benchmark
 * can import `measureSearchCost`. `--requests` breaks each step down by kind of file (Pagefind's
 * code, WebAssembly, entry, metadata, filters, index chunks, fragments); `--json` keeps every request.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveDist } from '../tests/support/serve-dist.ts';

export interface QueryCost {
  query: string;
  /** Bytes over the wire (bodies as sent, gzipped where the server gzips, plus headers). */
  bytes: number;
  requests: number;
  /** Each request: URL relative to the site, bytes as above. */
  each: RequestCost[];
  /** Enter → results shown. */
  ms: number;
  results: string;
}

export interface RequestCost {
  url: string;
  bytes: number;
}

export interface SearchCost {
  /** The search page itself (HTML, CSS, scripts), before any query. */
  page: { bytes: number; requests: number; each: RequestCost[] };
  first: QueryCost;
  second: QueryCost;
  phone: boolean;
}

export interface CostOptions {
  dist: string;
  first: string;
  second: string;
  phone?: boolean;
  chromium?: string;
}

async function counted<T>(page: Page, run: () => Promise<T>): Promise<{ value: T; bytes: number; requests: number; each: RequestCost[] }> {
  const pending: Promise<RequestCost>[] = [];
  const onFinished = (request: import('playwright-core').Request) =>
    pending.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0).then((bytes) => ({ url: new URL(request.url()).pathname, bytes })));
  page.on('requestfinished', onFinished);
  try {
    const value = await run();
    // Requests still in flight (related results, late stylesheets) belong to this step too.
    await page.waitForLoadState('networkidle').catch(() => {});
    const each = await Promise.all(pending);
    return { value, bytes: each.reduce((a, r) => a + r.bytes, 0), requests: each.length, each };
  } finally {
    page.off('requestfinished', onFinished);
  }
}

async function query(page: Page, q: string): Promise<QueryCost> {
  const { value, bytes, requests, each } = await counted(page, async () => {
    await page.fill('#search-q', q);
    // Marked stale here, so only the search this Enter starts can mark it done.
    await page.$eval('#search-results', (el) => el.setAttribute('data-state', 'stale'));
    const started = Date.now();
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-results[data-state="done"], #search-results[data-state="error"]', { state: 'attached', timeout: 120_000 });
    const ms = Date.now() - started;
    return { ms, results: ((await page.textContent('#search-status')) ?? '').trim() };
  });
  return { query: q, bytes, requests, each, ...value };
}

export async function measureSearchCost(options: CostOptions): Promise<SearchCost> {
  const server = await serveDist(options.dist);
  const browser = await chromium.launch({
    executablePath: options.chromium ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // A fresh context: empty cache, no service worker.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    if (options.phone) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 60, downloadThroughput: (20e6 / 8), uploadThroughput: (5e6 / 8) });
    }
    const loaded = await counted(page, async () => {
      await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
    });
    const first = await query(page, options.first);
    const second = await query(page, options.second);
    return { page: { bytes: loaded.bytes, requests: loaded.requests, each: loaded.each }, first, second, phone: options.phone ?? false };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * What a step's requests were, grouped by kind of file (Pagefind's code, WebAssembly, entry,
 * metadata, filters, index chunks, fragments; anything else by its name) and shard.
 */
export function requestKind(url: string): string {
  const found = /\/pagefind\/(?:(shard-\d+)\/)?(.*)$/.exec(url);
  if (!found) return url.replace(/\/[^/]*\.[0-9a-f]{6,}\./, '/*.');
  const file = found[2]!;
  const kind = /^(index|filter|fragment)\//.exec(file)?.[1] ?? (file.endsWith('.pf_meta') ? 'meta' : file.endsWith('.pagefind') ? 'wasm' : file);
  return `pagefind ${kind}`;
}

export function requestTable(each: readonly RequestCost[]): string[] {
  const groups = new Map<string, { bytes: number; requests: number }>();
  for (const r of each) {
    const g = groups.get(requestKind(r.url)) ?? { bytes: 0, requests: 0 };
    g.bytes += r.bytes;
    g.requests += 1;
    groups.set(requestKind(r.url), g);
  }
  return [...groups].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, g]) => `|   ${kind} | | ${(g.bytes / 1024).toFixed(1)} KB | ${g.requests} | |`);
}

function argsOf(argv: string[]): CostOptions & { json?: string; requests: boolean } {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    dist: resolve(get('dist') ?? process.env.POLICY_DIST ?? 'dist'),
    first: get('first') ?? '民主评议党员',
    second: get('second') ?? '三会一课',
    phone: argv.includes('--phone'),
    requests: argv.includes('--requests'),
    json: get('json'),
  };
}

if (import.meta.main) {
  const options = argsOf(process.argv.slice(2));
  if (!existsSync(join(options.dist, 'pagefind', 'pagefind.js'))) {
    console.error(`search-cost: no ${options.dist}/pagefind — build the site and run build:index first`);
    process.exit(1);
  }
  const cost = await measureSearchCost(options);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`search cost on ${options.dist}${cost.phone ? ' (phone: 4× CPU, 20 Mbit/s, 60 ms)' : ''}`);
  console.log(`| step | query | bytes | requests | time |\n| --- | --- | --- | --- | --- |`);
  console.log(`| search page | | ${kb(cost.page.bytes)} | ${cost.page.requests} | |`);
  if (options.requests) console.log(requestTable(cost.page.each).join('\n'));
  for (const [name, q] of [['first query', cost.first], ['second query', cost.second]] as const) {
    console.log(`| ${name} | ${q.query} | ${kb(q.bytes)} | ${q.requests} | ${q.ms} ms |`);
    if (options.requests) console.log(requestTable(q.each).join('\n'));
  }
  console.log(`first: ${cost.first.results}\nsecond: ${cost.second.results}`);
  if (options.json) writeFileSync(options.json, JSON.stringify(cost, null, 2));
}
