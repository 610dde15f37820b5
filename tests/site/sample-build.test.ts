/**
 * The whole build on hand-written documents (tests/support/sample-site.ts): text written with
 * ASCII punctuation and bare web addresses reaches the document page exactly as written, and
 * each address is a link that ends where the address ends; an empty library builds; the hostile
 * library (tests/fixtures/hostile/) beside the five seed documents builds, loses no text and adds no
 * script to any page. One file, so the builds run one after the other (Astro writes .astro/ in the
 * project while it builds).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleSite, buildSiteFrom, punctuationNotice, type SampleSite } from '../support/sample-site.ts';
import { documentTextOf, documentsLosingText } from '../support/page-text.ts';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../support/browser.ts';
import { tmpdir } from 'node:os';
import { writeHostileLibrary, type HostileCases } from '../fixtures/hostile/generate.ts';
import { fixtureCases } from '../support/fixture-cases.ts';

const buildTimeout = 180_000;

describe('a document written with ASCII punctuation and web addresses', () => {
  let site: SampleSite;
  let html: string;
  beforeAll(() => {
    site = buildSampleSite({ '标点测试.txt': punctuationNotice });
    html = readFileSync(join(site.dist, 'documents', 'cejiaodang-2021-3', 'index.html'), 'utf8');
  }, buildTimeout);
  afterAll(() => site && rmSync(site.root, { recursive: true, force: true }));

  it('shows every piece of its text, in order (nothing lost)', () => {
    expect(documentsLosingText(site.collections, site.dist)).toEqual([]);
  });

  it('keeps straight quotes, double hyphens and dots: no typographic rewriting', () => {
    const text = documentTextOf(html);
    expect(text).toContain('"三会一课"制度--规范组织生活---现通知如下......详见');
    expect(text).toContain(`'A' 与 "B" 不变`);
    expect(text).not.toMatch(/[“”‘’–—…]/);
  });

  it('links each web address, ending where the address ends', () => {
    const external = [...html.matchAll(/<a href="(https?:[^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1]!.replace(/&amp;/g, '&'), m[2]!.replace(/&amp;/g, '&')]);
    expect(external).toEqual([
      ['http://example.gov.cn/a', 'http://example.gov.cn/a'],
      ['https://dj.example.gov.cn/report?id=1&y=2021', 'https://dj.example.gov.cn/report?id=1&y=2021'],
      ['http://www.example.gov.cn/dj', 'www.example.gov.cn/dj'],
    ]);
  });
});

describe('an empty library (no documents)', () => {
  let site: SampleSite;
  beforeAll(() => {
    site = buildSampleSite({});
  }, buildTimeout);
  afterAll(() => site && rmSync(site.root, { recursive: true, force: true }));

  it('builds the whole site, an empty search index and the offline copy', () => {
    for (const file of ['index.html', 'search/index.html', 'pagefind/pagefind.js', 'offline-search.js', 'policy-site-offline.zip']) {
      expect(existsSync(join(site.dist, file)), file).toBe(true);
    }
  });

  it('says there are no documents yet on the home page, the documents list and the search page', () => {
    for (const page of ['index.html', 'documents/index.html', 'search/index.html']) {
      expect(readFileSync(join(site.dist, page), 'utf8')).toContain('还没有文件');
    }
  });
});

const cases: HostileCases = JSON.parse(readFileSync(new URL('../fixtures/hostile/expected.json', import.meta.url), 'utf8'));

/** The scripts of a page as the browser parses them (src, or inline length): what the page can run. */
async function scriptsOf(page: Page, file: string): Promise<string[]> {
  await page.goto(pathToFileURL(file).href, { waitUntil: 'domcontentloaded' });
  return page.evaluate(() => [...document.scripts].map((s) => (s.src ? `src ${s.src.split('/').slice(-2).join('/')}` : `inline ${s.text.length}`)));
}

describe('the hostile library beside the five documents', () => {
  let site: SampleSite;
  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), 'hostile-site-'));
    const sources = join(root, 'sources');
    mkdirSync(sources);
    writeHostileLibrary(sources, cases);
    for (const c of fixtureCases('seeds')) copyFileSync(new URL('input.txt', c.dir), join(sources, c.source));
    site = buildSiteFrom(sources, root);
  }, 300_000);
  afterAll(() => site && rmSync(site.root, { recursive: true, force: true }));

  it('builds every kept document into a page', () => {
    const kept = Object.values(cases).filter((c) => c.outcome === 'kept').length;
    expect(readdirSync(join(site.dist, 'documents')).length).toBeGreaterThanOrEqual(kept + 5);
  });

  it('shows every piece of every document’s text on its page, in order (nothing lost)', () => {
    expect(documentsLosingText(site.collections, site.dist)).toEqual([]);
  });

  it.runIf(existsSync(chromiumPath))('adds no script to any page: every document page, as the browser reads it, runs the same scripts and opens no dialog', async () => {
    const pages = readdirSync(join(site.dist, 'documents'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'page').map((d) => d.name);
    expect(pages.length).toBeGreaterThan(30);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const scripts = new Set<string>();
      // A page with dated deadlines also loads the site's deadline status script; nothing else differs.
      const status = 'src deadlines/status.js';
      let withStatus = 0;
      for (const d of pages) {
        const found = await scriptsOf(page, join(site.dist, 'documents', d, 'index.html'));
        if (found.includes(status)) withStatus += 1;
        scripts.add(JSON.stringify(found.filter((s) => s !== status)));
      }
      expect([...scripts]).toHaveLength(1);
      expect(withStatus).toBeGreaterThan(0);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
