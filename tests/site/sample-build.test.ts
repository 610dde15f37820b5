/**
 * The whole build on hand-written documents (tests/support/sample-site.ts): text written with
 * ASCII punctuation and bare web addresses reaches the document page exactly as written, and
 * each address is a link that ends where the address ends; an empty library builds.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleSite, punctuationNotice, type SampleSite } from '../support/sample-site.ts';
import { documentTextOf, documentsLosingText } from '../support/page-text.ts';

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
