/**
 * `npm run build:offline` on a small hand-made site: what it adds to the site and what the zip holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineSearchData, offlineSearchGlobal, offlineSearchScript, offlineZip, offlineZipFolder } from '../../src/offline/files.ts';
import { unpackSearchData } from '../../src/offline/search-data.ts';

const page = (title: string, main: string, extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title><link rel="icon" href="favicon.svg"></head><body>` +
  `<main data-pagefind-body><h1>${title}</h1>${main}</main>${extra}</body></html>`;

const site: Record<string, string> = {
  'index.html': page('政策知识站', '<a href="documents/d/index.html">通知</a>', '<footer><p data-offline-download><a href="policy-site-offline.zip">下载离线版</a></p></footer>'),
  '404.html': page('找不到页面', '<p>没有这一页</p>'),
  'documents/d/index.html': page('关于加强党建工作的通知', '<p id="m-1">落实三会一课制度。</p>'),
  'measures/d-1/index.html': page('落实三会一课', '<a href="../../documents/d/index.html#m-1">出处</a><p>落实三会一课制度。</p>'),
  'search/index.html': page('搜索', '<form role="search"><input name="q"></form>', '<script data-offline-search="auto" data-file="offline-search.js"></script>'),
  'pagefind/pagefind.js': 'export {}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

describe('build:offline', () => {
  let dist: string;
  let zip: Record<string, Uint8Array>;
  const run = () => execFileSync(process.execPath, ['scripts/build-offline.ts'], { env: { ...process.env, POLICY_DIST: dist }, encoding: 'utf8' });

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'build-offline-'));
    for (const [file, text] of Object.entries(site)) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), text);
    }
    run();
    run(); // a second run must not pack the first run's zip
    zip = unzipSync(readFileSync(join(dist, offlineZip)));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('writes the search data as a classic script, one record per indexed page in path order (not 404)', () => {
    const window: Record<string, unknown> = {};
    runInNewContext(readFileSync(join(dist, offlineSearchData), 'utf8'), { window });
    const data = unpackSearchData(window[offlineSearchGlobal] as never);
    expect(data.records.map((r) => [r.url, r.kind, r.document, r.title])).toEqual([
      ['documents/d/', 'document', 'd', '关于加强党建工作的通知'],
      ['', 'home', '', '政策知识站'],
      ['measures/d-1/', 'measure', 'd', '落实三会一课'],
      ['search/', 'search', '', '搜索'],
    ]);
    expect(data.documents).toEqual({ d: '关于加强党建工作的通知' });
  });

  it('bundles the offline search into one classic script', () => {
    const script = readFileSync(join(dist, offlineSearchScript), 'utf8');
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
    expect(script).toContain(offlineSearchData);
  });

  it('zips the site in one folder with a README, without pagefind/ and without itself', () => {
    const names = Object.keys(zip).sort();
    expect(names).toEqual(
      ['404.html', 'README.txt', 'documents/d/index.html', 'favicon.svg', 'index.html', 'measures/d-1/index.html', offlineSearchData, offlineSearchScript, 'search/index.html']
        .map((n) => `${offlineZipFolder}/${n}`)
        .sort(),
    );
    expect(strFromU8(zip[`${offlineZipFolder}/README.txt`]!)).toContain('用浏览器');
  });

  it("makes the copy's search page use the offline search wherever it is opened", () => {
    expect(strFromU8(zip[`${offlineZipFolder}/search/index.html`]!)).toContain('data-offline-search="always"');
    expect(readFileSync(join(dist, 'search/index.html'), 'utf8')).toContain('data-offline-search="auto"');
  });

  it("hides 下载离线版 in the copy's pages (the copy does not hold the zip)", () => {
    expect(strFromU8(zip[`${offlineZipFolder}/index.html`]!)).toContain('<p data-offline-download hidden>');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('<p data-offline-download>');
  });

  it('fails with a hint when the site is not built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'build-offline-empty-'));
    try {
      expect(() => execFileSync(process.execPath, ['scripts/build-offline.ts'], { env: { ...process.env, POLICY_DIST: empty }, stdio: 'pipe' })).toThrow(/build the site first/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
