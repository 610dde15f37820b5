/**
 * The built site read five ways, each by a real browser at phone width:
 *   - from disk (file://), dist/ as built;
 *   - from disk, the downloadable zip unpacked into a folder whose name has a space and Chinese;
 *   - over HTTP at the root, and under the sub-path /policy/ — the same files, no rebuild;
 *   - over HTTP, the unpacked zip (no pagefind/: it searches through its twins).
 * Each way: a walk through every kind of page by clicking links (home, document, units index,
 * unit, measure, deadlines, goals, terms index, term, search), with the stylesheet applied and
 * every link target present; a measure's #m- anchor; search by typing and by a shared ?q= link;
 * the same results in the same order as online (`http at /`). Over HTTP, visited pages still open
 * after the server goes away (service worker). No test may log a console error.
 *
 * A way's files (and its server) are opened once and only read; every test has a browser context
 * of its own (no service worker, cache or page from another test), and the test that stops a
 * server starts its own, so the tests run alone or in any order.
 *
 * Needs a full build (`npm run build`: site, index, offline) and Debian's Chromium; skips with a
 * message otherwise. POLICY_DIST and CHROMIUM override dist/ and /usr/bin/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { offlineSearchScript, offlineZip, twinPathOf } from '../../src/offline/files.ts';
import { serveStatic } from '../support/static-server.ts';
import { searchCase, type SearchCase } from './offline-cases.ts';

const dist = resolve(process.env.POLICY_DIST || 'dist');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const why = !existsSync(join(dist, 'index.html'))
  ? `no ${dist}/index.html — run \`npm run build\` first`
  : !existsSync(join(dist, offlineSearchScript)) || !existsSync(join(dist, offlineZip)) || !existsSync(join(dist, twinPathOf('pagefind/pagefind-entry.json')))
    ? `no offline search or zip in ${dist} — run \`npm run build:index && npm run build:offline\``
    : !existsSync(chromiumPath)
      ? `no Chromium at ${chromiumPath} — \`apt-get install -y chromium\` (or set CHROMIUM)`
      : null;
if (why) console.warn(`[offline.test] skipped: ${why}`);

interface Site {
  /** Where the site starts, ending in `/`. */
  base: string;
  /** The folder the base URL reads from. */
  root: string;
  close(): Promise<void>;
}

/** The zip unpacked into a fresh folder named with a space and Chinese, as people name copies. */
function unpacked(): { root: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'policy-offline-'));
  const folder = join(tmp, '离线 副本');
  const files = unzipSync(readFileSync(join(dist, offlineZip)));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  return { root: join(folder, Object.keys(files)[0]!.split('/')[0]!), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

const fromDisk = (root: string): Site => ({ base: pathToFileURL(root).href + '/', root, close: async () => {} });
async function overHttp(prefix: string, root: string): Promise<Site> {
  const server = await serveStatic(root, prefix);
  let closed = false;
  return {
    base: server.url,
    root,
    // The test that drops the network closes its server early; closing it again after is a no-op.
    close: async () => {
      if (closed) return;
      closed = true;
      await server.close();
    },
  };
}

/** One way of reading: from disk (no prefix) or over HTTP at `prefix`; `copy`: the unpacked zip, which holds neither pagefind/ nor the zip. */
interface Way {
  name: string;
  prefix: '/' | '/policy/' | null;
  copy: boolean;
}
const ways: Way[] = [
  { name: 'file:// dist as built', prefix: null, copy: false },
  { name: 'file:// unpacked zip in "离线 副本"', prefix: null, copy: true },
  { name: 'http at /', prefix: '/', copy: false },
  { name: 'http at /policy/', prefix: '/policy/', copy: false },
  { name: 'http at /policy/, unpacked zip', prefix: '/policy/', copy: true },
];
/** Where the results every other way must match are read. */
const online = 'http at /';

/** The site over `root` read the given way: from disk, or from a fresh server. */
const siteOver = (way: Way, root: string): Promise<Site> => (way.prefix === null ? Promise.resolve(fromDisk(root)) : overHttp(way.prefix, root));

/** The file a link in the site points at, or null when it leaves the site. */
function fileOfLink(site: Site, href: string): string | null {
  if (!href.startsWith(site.base)) return null;
  const path = decodeURIComponent(href.slice(site.base.length).replace(/[?#].*$/, ''));
  return join(site.root, path.endsWith('/') || path === '' ? path + 'index.html' : path);
}

/** Searches (the search page's address) whose results are compared between every way of reading. */
// 员 alone: a one-character query, which preloads from pagefind/continuations.json (a twin offline).
const comparedSearches = ['q=党组织', 'q=三会一课', 'q=支部+党员', 'q=組織生活', 'q=党组织&kind=measure', 'q=员'];

describe.skipIf(why)('offline reading', () => {
  let browser: Browser;
  let search: SearchCase;

  beforeAll(async () => {
    search = searchCase(dist); // reads every measure page: a few seconds at 1,000 documents
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** A browser context of its own (no service worker, cache or storage from another test), at phone width. */
  const freshContext = () => browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });

  /** Result paths in #search-results once the search on `page` has settled: each document, then the measures listed under it. */
  async function resultsOn(page: Page, base: string): Promise<string[]> {
    await page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('search-results')?.dataset.state ?? ''), undefined, { timeout: 20_000 });
    expect(await page.locator('#search-results').getAttribute('data-state')).toBe('done');
    const hrefs = await page.locator('#search-results a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    return hrefs.map((h) => h.slice(base.length).replace(/[?#].*$/, '').replace(/index\.html$/, ''));
  }

  /** Search → result paths in order, each search opened from its shared link on `page`. */
  async function comparedResults(page: Page, base: string): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const q of comparedSearches) {
      await page.goto(base + 'search/index.html?' + new URLSearchParams(q).toString());
      found[q] = await resultsOn(page, base);
    }
    return found;
  }

  /** The compared searches read online, from a server and a browser context of their own. */
  async function onlineResults(): Promise<Record<string, string[]>> {
    const site = await overHttp('/', dist);
    const context = await freshContext();
    try {
      return await comparedResults(await context.newPage(), site.base);
    } finally {
      await context.close();
      await site.close();
    }
  }

  describe.each(ways)('$name', (way) => {
    const http = way.prefix !== null;
    /** The files and the site are opened once and only read; each test has its own context and page. */
    let files: { root: string; cleanup: () => void };
    let site: Site;
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    /** Console errors a test causes on purpose; checked once its context is closed and every message is in. */
    let expectedError: (error: string) => boolean;

    // Unpacking the zip of a 1,000-document site takes a while.
    beforeAll(async () => {
      files = way.copy ? unpacked() : { root: dist, cleanup: () => {} };
      site = await siteOver(way, files.root);
    }, 180_000);
    afterAll(async () => {
      await site?.close();
      files?.cleanup();
    });
    beforeEach(async () => {
      errors = [];
      expectedError = () => false;
      context = await freshContext();
      page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    });
    afterEach(async () => {
      await context?.close();
      expect(errors.filter((e) => !expectedError(e)), 'console errors').toEqual([]);
    });

    /** The page just opened: kind by folder, styled, every visible link's target present. */
    async function checkPage(folder: RegExp) {
      await page.waitForLoadState('load');
      const url = page.url();
      expect(url.startsWith(site.base), url).toBe(true);
      expect(url.slice(site.base.length).replace(/[?#].*$/, '')).toMatch(folder);
      const state = await page.evaluate(() => ({
        title: document.title,
        h1: document.querySelector('main h1')?.textContent ?? '',
        sheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => !!l.sheet),
        style: [getComputedStyle(document.body).marginTop, getComputedStyle(document.body).fontSize, getComputedStyle(document.querySelector('.print-only')!).display],
        // Links a reader can follow; hidden ones (下载离线版 in an offline copy) aside.
        links: [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].filter((a) => !a.closest('[hidden]')).map((a) => a.href),
        images: [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src),
      }));
      expect(state.title).not.toBe('');
      expect(state.h1).not.toBe('');
      expect(state.sheets.length).toBeGreaterThan(0);
      expect(state.sheets.every(Boolean)).toBe(true);
      expect(state.style).toEqual(['0px', '17px', 'none']);
      expect(state.images).toEqual([]);
      const missing = [...new Set(state.links)].filter((h) => {
        const file = fileOfLink(site, h);
        return file !== null && !existsSync(file);
      });
      expect(missing).toEqual([]);
    }

    /** Clicks the first link in `scope` whose resolved address matches `target`. */
    async function follow(scope: string, target: RegExp) {
      const links = page.locator(`${scope} a[href]`);
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const i = hrefs.findIndex((h) => target.test(h));
      expect(i, `no link matching ${target} in ${scope} on ${page.url()}`).toBeGreaterThanOrEqual(0);
      await Promise.all([page.waitForURL((u) => target.test(u.href)), links.nth(i).click()]);
    }
    const nav = (label: string) => Promise.all([page.waitForEvent('load'), page.locator('header nav a', { hasText: label }).click()]);

    it('walks through every kind of page, styled, with every link target present', async () => {
      await page.goto(site.base + 'index.html');
      await checkPage(/^(index\.html)?$/);
      await follow('main', /\/documents\/[^/]+\/index\.html$/);
      await checkPage(/^documents\/[^/]+\/index\.html$/);
      await nav('单位');
      await checkPage(/^units\/index\.html$/);
      await follow('main', /\/units\/[^/]+\/index\.html$/);
      await checkPage(/^units\/[^/]+\/index\.html$/);
      await follow('main', /\/measures\/[^/]+\/index\.html$/);
      await checkPage(/^measures\/[^/]+\/index\.html$/);
      await nav('时限');
      await checkPage(/^deadlines\/index\.html$/);
      await nav('目标');
      await checkPage(/^goals\/index\.html$/);
      await nav('术语');
      await checkPage(/^terms\/index\.html$/);
      await follow('main', /\/terms\/[^/]+\/index\.html$/);
      await checkPage(/^terms\/[^/]+\/index\.html$/);
      await nav('搜索');
      await checkPage(/^search\/index\.html$/);
    });

    it('opens a measure in its document at its #m- anchor, scrolled into view', async () => {
      await page.goto(site.base + search.measureUrl + 'index.html');
      await follow('main', /\/documents\/[^/]+\/index\.html#m-/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(id).toMatch(/^m-/);
      await page.waitForFunction((target) => {
        const top = document.getElementById(target)?.getBoundingClientRect().top;
        return top !== undefined && top >= -2 && top < innerHeight / 2;
      }, id);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    });

    const results = () => resultsOn(page, site.base);

    it('searches as the reader types, and a result opens on its page', async () => {
      await page.goto(site.base + 'search/index.html');
      const input = page.locator('main input[name="q"]');
      await input.click();
      await input.pressSequentially(search.query);
      await expect.poll(() => page.locator('#search-results').getAttribute('data-state'), { timeout: 20_000 }).toBe('done');
      await expect.poll(() => page.locator('#search-results .search-measure__title', { hasText: search.measureTitle }).count()).toBeGreaterThan(0);
      expect(await results()).toContain(search.measureUrl);
      // Online results name the folder, offline ones the file (a folder does not open from disk).
      await follow('#search-results', new RegExp(`/${search.measureUrl}(index\\.html)?([?#]|$)`));
      expect(await page.locator('main h1').textContent()).toBe(search.measureTitle);
      // …with the searched text marked (search/highlight.js is a classic script: it runs from disk too).
      await expect.poll(() => page.locator('main mark.search-hit').count()).toBeGreaterThan(0);
    });

    it('opens a shared ?q= link with its results', async () => {
      await page.goto(site.base + 'search/index.html?q=' + encodeURIComponent(search.query));
      expect(await results()).toContain(search.measureUrl);
      expect(await page.locator('main input[name="q"]').inputValue()).toBe(search.query);
      for (const [q, found] of Object.entries(await comparedResults(page, site.base))) expect(found.length, q).toBeGreaterThan(0);
    });

    it('searches from the box in the header of any page', async () => {
      // The header has its box on a desktop; a phone's has the magnifier link to the search page.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(site.base + search.measureUrl + 'index.html');
      await page.locator('header input[name="q"]').fill(search.query);
      await Promise.all([page.waitForURL(/\/search\/index\.html\?q=/), page.locator('header input[name="q"]').press('Enter')]);
      expect(await results()).toContain(search.measureUrl);
      await page.setViewportSize({ width: 360, height: 740 });
    });

    it('goes to the search page from the magnifier in a phone header', async () => {
      await page.goto(site.base + search.measureUrl + 'index.html');
      expect(await page.locator('header input[name="q"]').isVisible()).toBe(false);
      await Promise.all([page.waitForURL(/\/search\/index\.html$/), page.getByRole('link', { name: '搜索' }).click()]);
    });

    it.runIf(!http || way.copy)('hides 下载离线版 in an offline copy', async () => {
      await page.goto(site.base + 'index.html');
      expect(await page.locator('[data-offline-download]').isHidden()).toBe(true);
    });

    it.runIf(http && !way.copy)('links 下载离线版 to the zip from every page', async () => {
      await page.goto(site.base + search.measureUrl + 'index.html');
      const link = page.locator('footer a', { hasText: '下载离线版' });
      expect(await link.isVisible()).toBe(true);
      expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(site.base + offlineZip);
    });

    it.runIf(way.name !== online)('finds the same results in the same order as online', async () => {
      expect(await comparedResults(page, site.base)).toEqual(await onlineResults());
    });

    it.runIf(http)('keeps visited pages readable when the network drops', async () => {
      // A server of its own, since the test stops it.
      const own = await siteOver(way, files.root);
      try {
        await page.goto(own.base + 'index.html');
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
        await page.goto(own.base + search.measureUrl + 'index.html');
        await own.close();
        // The home page, the measure, and the measure by its folder address (as a shared link has it).
        for (const [url, h1] of [[own.base + 'index.html', null], [own.base + search.measureUrl + 'index.html', search.measureTitle], [own.base + search.measureUrl, search.measureTitle]] as const) {
          await page.goto(url);
          const text = await page.locator('main h1').textContent();
          if (h1) expect(text, url).toBe(h1);
          else expect(text, url).toBeTruthy();
          expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), url).toBe('17px');
        }
        const neverVisited = own.base + 'documents/never-visited/index.html';
        // That page failing to load (the worker's 503 stand-in, the refused connection) is the point.
        expectedError = (e) => e.startsWith(`${neverVisited}: Failed to load resource`);
        await page.goto(neverVisited);
        expect(await page.locator('h1').textContent()).toBe('网络已断开');
      } finally {
        await own.close();
      }
    });
  });
});
