/**
 * Search in a real browser (Chromium, 360 px), against the built site served over HTTP:
 * exact results only in #search-results, one card per document with its matching measures
 * (责任单位, 时限, excerpts from the text), the count and the order, quoted phrases, several words,
 * Traditional input, filters, `?q=` links, the header box, and the highlight on the page a result opens.
 * Expected results are never written down: they come from the index's own page texts
 * (tests/support/pagefind-pages.ts), so the tests hold for the five source documents and for the
 * benchmark's synthetic corpus alike (there only the first pages of long result lists are opened).
 *
 * Each test has a fresh browser context of its own (no page, storage or filter carries over), and
 * none may log a script error. The server and the browser are shared: no test changes them.
 *
 * Builds nothing: needs `npm run build` (site + build:index) and Debian's Chromium, and skips with
 * a message otherwise. POLICY_DIST and CHROMIUM override dist/ and /usr/bin/chromium.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pagesContaining, readIndexedPages, type IndexedPage } from '../support/pagefind-pages.ts';
import { unpackMeasures, type MeasureMeta } from '../../src/search/engine/measure-meta.ts';
import { serveDist, type DistServer } from '../support/serve-dist.ts';
import { dist, launchChromium, whyNoBrowser } from '../support/browser.ts';
import { pageSize } from '../../src/search/browser/page-form.ts';

const why = whyNoBrowser;
if (why) console.warn(`[search.test] skipped: ${why}`);

let server: DistServer;
let browser: Browser;
let pages: IndexedPage[];
/** The current test's own context and page, and the script errors logged there. */
let context: BrowserContext;
let page: Page;
let errors: string[];

/** Path of a result link without `?hl=` and `#…`. */
const pathOf = (href: string) => new URL(href, 'http://x').pathname;

interface Card {
  href: string;
  title: string;
  about: string;
  excerptMarks: string[];
  measures: { href: string; facts: string; marks: string[]; excerpt: string }[];
}

interface Found {
  status: string;
  /** Document links (card titles), in order. */
  exact: string[];
  cards: Card[];
  related: string[];
  /** Every page of results was shown (on a big corpus only the first few are opened). */
  all: boolean;
}

/** The search on the page has settled: exact results shown, related ones shown or known to be none. */
const searchSettled = () => page.waitForSelector('#search-related[data-state="done"]', { state: 'attached', timeout: 30_000 });

/** Runs a search from a shared link, opens up to `pagesShown` pages of results, and reads them. */
async function searchFor(params: string, pagesShown = 6): Promise<Found> {
  await page.goto(`${server.origin}/search/?${params}`);
  await searchSettled();
  for (let n = 1; n < pagesShown && (await page.isVisible('#search-more')); n++) {
    await page.click('#search-more');
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
  }
  return {
    status: (await page.textContent('#search-status')) ?? '',
    exact: await page.$$eval('#search-results > li > a.search-result__title', (as) => as.map((a) => a.getAttribute('href')!)),
    cards: await readCards(),
    related: await page.$$eval('#related-results a', (as) => as.map((a) => a.getAttribute('href')!)),
    all: !(await page.isVisible('#search-more')),
  };
}

/** The cards on the page: each document and the measures listed under it. */
const readCards = () =>
  page.$$eval('#search-results > li', (lis) =>
    lis.map((li) => ({
      href: li.querySelector('a.search-result__title')!.getAttribute('href')!,
      title: li.querySelector('a.search-result__title')!.textContent ?? '',
      about: li.querySelector(':scope > .search-result__about')?.textContent ?? '',
      excerptMarks: [...li.querySelectorAll(':scope > .search-result__excerpt mark')].map((m) => m.textContent ?? ''),
      measures: [...li.querySelectorAll('.search-measure')].map((m) => ({
        href: m.querySelector('a.search-measure__title')!.getAttribute('href')!,
        facts: m.querySelector('.search-measure__facts')?.textContent ?? '',
        marks: [...m.querySelectorAll('.search-result__excerpt mark')].map((x) => x.textContent ?? ''),
        excerpt: m.querySelector('.search-result__excerpt')?.textContent ?? '',
      })),
    })),
  );

/** The measures a document page carries for search, by measure page path. */
const measuresOf = (docs: readonly IndexedPage[]) =>
  new Map(docs.flatMap((d) => unpackMeasures(d.meta.measures).map((m): [string, MeasureMeta] => [`/measures/${m.id}/`, m])));

/**
 * Exact results are pages containing every term, each once; when every page of results was
 * shown, they are all of those pages (best-first order aside).
 */
function expectExact(found: Found, terms: string[], filter: (p: IndexedPage) => boolean = () => true) {
  const paths = found.exact.map(pathOf);
  const expected = pagesContaining(pages.filter(filter), terms);
  expect(new Set(paths).size).toBe(paths.length);
  if (found.all) expect([...paths].sort()).toEqual(expected.sort());
  else for (const p of paths) expect(expected).toContain(p);
}

/** The first of `queries` that some page contains (the tests run on any corpus). */
const present = (...queries: string[]) => queries.find((q) => pagesContaining(pages, [q]).length > 0)!;

describe.skipIf(why !== null)('search in the browser', () => {
  beforeAll(async () => {
    pages = readIndexedPages(dist);
    server = await serveDist(dist);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    errors = [];
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  });
  afterEach(async () => {
    await context?.close();
    expect(errors, 'script errors on the way').toEqual([]);
  });

  it('indexes only the main content of pages that say lang="zh-CN"', async () => {
    expect(pages.length).toBeGreaterThan(0);
    await page.goto(`${server.origin}${pages[0]!.url}`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    // Footer and navigation words are on every page but in no indexed text.
    for (const chrome of ['以正式印发文本为准', '跳到正文', '单独查看与分享', '发文机关']) expect(pagesContaining(pages, [chrome])).toEqual([]);
    // Only document pages: a measure's text is indexed once, in its document.
    expect(pages.every((p) => p.url.startsWith('/documents/'))).toBe(true);
    const found = await searchFor(`q=${encodeURIComponent('以正式印发文本为准')}`);
    expect(found.exact).toEqual([]);
  });

  it('exact results only: every page containing the text, nothing else; the rest only under 相关结果', async () => {
    const queries = ['组织生活会', '三会一课', '民主评议'].filter((q) => pagesContaining(pages, [q]).length > 0);
    expect(queries.length).toBeGreaterThan(0);
    for (const q of queries) {
      const found = await searchFor(`q=${encodeURIComponent(q)}`);
      expect(found.exact.length).toBeGreaterThan(0);
      expectExact(found, [q]);
      if (found.all) {
        const measures = found.cards.reduce((n, c) => n + c.measures.length, 0);
        expect(found.status).toContain(measures > 0 ? `找到 ${found.exact.length} 份文件中的 ${measures} 项措施包含` : `找到 ${found.exact.length} 份文件包含`);
      }
      for (const href of found.exact) expect(href).toContain('hl=');
      for (const href of found.related) {
        expect(found.exact.map(pathOf)).not.toContain(pathOf(href));
        expect(pagesContaining(pages, [q])).not.toContain(pathOf(href));
      }
    }
    if (!(await page.isHidden('#search-related'))) expect(await page.textContent('#search-related h2')).toBe('相关结果');
  });

  it('a string in no page finds nothing exact', async () => {
    const found = await searchFor(`q=${encodeURIComponent('届换')}`);
    expect(found.exact).toEqual([]);
    expect(found.status).toContain('没有找到');
  });

  it('quoted phrases work, with ASCII and Chinese quotes', async () => {
    for (const q of ['"三会一课"', '“三会一课”']) {
      const found = await searchFor(`q=${encodeURIComponent(q)}`);
      expectExact(found, ['三会一课']);
      expect(found.exact.length).toBeGreaterThan(0);
    }
  });

  it('words separated by spaces must all appear', async () => {
    const found = await searchFor(`q=${encodeURIComponent('三会一课 主题党日')}`);
    expectExact(found, ['三会一课', '主题党日']);
    expect(found.exact.length).toBeGreaterThan(0);
    expect(pagesContaining(pages, ['三会一课', '主题党日']).length).toBeLessThan(pagesContaining(pages, ['三会一课']).length);
  });

  it('Traditional characters find Simplified text', async () => {
    const traditional = await searchFor(`q=${encodeURIComponent('組織生活')}`);
    const simplified = await searchFor(`q=${encodeURIComponent('组织生活')}`);
    expect(traditional.exact.length).toBeGreaterThan(0);
    expect(traditional.exact.map(pathOf).sort()).toEqual(simplified.exact.map(pathOf).sort());
    expectExact(traditional, ['组织生活']);
    expect(traditional.status).toContain('繁体字已按简体字查找');
  });

  it('filters combine with the query: year, document, issuer, unit; 仅看措施 keeps documents for their measures', async () => {
    const q = '党建';
    const doc = pages.find((p) => p.folded.includes(q))!;
    for (const key of ['year', 'document', 'issuer', 'unit'] as const) {
      const value = doc.filters[key]?.[0];
      if (!value) continue;
      const found = await searchFor(`q=${q}&${key}=${encodeURIComponent(value)}`);
      expect(found.status).toContain('已筛选');
      expect(found.exact.length).toBeGreaterThan(0);
      if (key !== 'unit') expectExact(found, [q], (p) => p.filters[key]?.includes(value) ?? false);
      else {
        // Only that unit's measures are listed, and each listed document has one.
        const byPath = measuresOf(pages);
        for (const card of found.cards) {
          expect(card.measures.length).toBeGreaterThan(0);
          for (const m of card.measures) expect(byPath.get(pathOf(m.href))?.unitKeys).toContain(value);
        }
      }
    }
    const measuresOnly = await searchFor(`q=${q}&kind=measure`);
    expect(measuresOnly.exact.length).toBeGreaterThan(0);
    for (const card of measuresOnly.cards) {
      expect(card.measures.length).toBeGreaterThan(0);
      expect(card.excerptMarks).toEqual([]);
    }
    // Filters alone (no words) list documents.
    const year = doc.filters.year?.[0];
    if (year) {
      const listed = await searchFor(`year=${year}`, 20);
      const inYear = pages.filter((p) => p.filters.year?.includes(year)).map((p) => p.url);
      if (listed.all) expect(listed.exact.map(pathOf).sort()).toEqual(inYear.sort());
      else for (const p of listed.exact.map(pathOf)) expect(inYear).toContain(p);
    }
  });

  it('the filter panel sets filters and the address follows', async () => {
    await searchFor(`q=${encodeURIComponent('三会一课')}`);
    await page.click('.search-filters summary');
    await page.check('input[name="kind"][value="measure"]');
    await page.waitForFunction(() => location.search.includes('kind=measure'));
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    for (const card of await readCards()) expect(card.measures.length).toBeGreaterThan(0);
    // The long lists fill when the panel opens.
    await page.waitForFunction(() => document.querySelectorAll('select[name="issuer"] option').length > 1);
  });

  it('a search is a link: typing updates ?q=, the link reproduces the results, the header box searches', async () => {
    await page.goto(`${server.origin}/search/`);
    await page.fill('#search-q', '三会一课');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '三会一课');
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    const typed = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')));
    const shared = page.url();
    const again = await browser.newPage(); // a context of its own: as opened by someone else
    await again.goto(shared);
    await again.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    expect(await again.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href')))).toEqual(typed);
    expect(await again.inputValue('#search-q')).toBe('三会一课');
    await again.close();
    // The box in the header of every other page sends to the search page (a desktop's header:
    // a phone's has the magnifier link to the search page instead).
    const [measure] = measuresOf(pages).keys();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.origin}${measure}`);
    await page.fill('#site-q', '主题党日');
    await Promise.all([page.waitForURL(/\/search\/(index\.html)?\?q=/), page.press('#site-q', 'Enter')]);
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    expect(await page.inputValue('#search-q')).toBe('主题党日');
    await page.setViewportSize({ width: 360, height: 740 });
  });

  it('a card per document: issuer · 文号 · date, its measures with 责任单位 and 时限, excerpts from the text only, best first', async () => {
    const q = '三会一课';
    const found = await searchFor(`q=${encodeURIComponent(q)}`);
    const byPath = measuresOf(pages);
    const docs = new Map(pages.map((p) => [p.url, p]));
    expect(found.cards.length).toBeGreaterThan(0);
    for (const card of found.cards) {
      const doc = docs.get(pathOf(card.href))!;
      expect(card.title).toBe(doc.title);
      for (const part of [doc.meta.issuer, doc.meta.number]) if (part) expect(card.about).toContain(part);
      for (const m of card.excerptMarks) expect(m).toBe(q);
      for (const m of card.measures) {
        const meta = byPath.get(pathOf(m.href))!;
        expect(meta, m.href).toBeDefined();
        expect(m.href).toContain('hl=');
        expect(m.facts).toBe(`责任单位 ${meta.units || '未明确'}时限 ${meta.deadline || '未明确'}`);
        expect(m.marks.length).toBeGreaterThan(0);
        for (const mark of m.marks) expect(mark).toBe(q);
        // Never the measure's facts panel or its link, which are not indexed.
        expect(m.excerpt).not.toMatch(/原文“|单独查看与分享|责任单位/);
      }
    }
    // Within the first page: title hits, then documents with more matching measures.
    const rank = found.cards.slice(0, pageSize).map((c) => [Number(docs.get(pathOf(c.href))!.title.includes(q)), c.measures.length] as const);
    const sorted = [...rank].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(rank).toEqual(sorted);
  });

  it('opening a result lands on the match, marked, with a clean address', async () => {
    const q = present('民主评议', '三会一课');
    const found = await searchFor(`q=${encodeURIComponent(q)}`);
    const target = found.exact.find((h) => h.startsWith('/documents/') && h.includes('#')) ?? found.exact[0]!;
    await page.click(`#search-results a[href="${target}"]`);
    await page.waitForSelector('mark.search-hit--current', { timeout: 10_000 });
    const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.join('')).toBe(q.repeat(marks.join('').length / q.length));
    // The current mark is on screen and the address no longer carries hl (it is what gets shared).
    const inView = await page.$eval('mark.search-hit--current', (m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    expect(page.url()).not.toContain('hl=');
    expect(page.url()).toContain(pathOf(target));
  });
});
