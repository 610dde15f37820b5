/**
 * `npm run build:offline` on a small hand-made site: twins, the bundled client and what the zip holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineSearchScript, offlineZip, offlineZipFolder, twinCallback } from '../../src/offline/files.ts';

const page = (title: string, main: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title><link rel="icon" href="favicon.svg"></head><body>` +
  `<main data-pagefind-body><h1>${title}</h1>${main}</main><footer><p data-offline-download><a href="policy-site-offline.zip">下载离线版</a></p></footer></body></html>`;

const site: Record<string, string | Uint8Array> = {
  'index.html': page('政策知识站', '<a href="documents/d/index.html">通知</a>'),
  'documents/d/index.html': page('关于加强党建工作的通知', '<p id="m-1">落实三会一课制度。</p>'),
  'search/index.html': page('搜索', '<form role="search"><input name="q"></form>'),
  'search/t2s.json': '{"from":"組","to":"组","phrases":""}',
  // A stand-in for Pagefind's bundle: enough for the client to bundle.
  'pagefind/pagefind.js': 'const pagefind_version="1.6.0";export const options=async()=>{};export const init=async()=>{};export const search=async()=>null;',
  'pagefind/fragment/zh-cn_1.pf_fragment': new Uint8Array([0x1f, 0x8b, 0, 255, 1, 2]),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

const build = (dist: string) => execFileSync(process.execPath, ['scripts/build-offline.ts'], { env: { ...process.env, POLICY_DIST: dist }, stdio: 'pipe', encoding: 'utf8' });

describe('build:offline', () => {
  let dist: string;
  let zip: Record<string, Uint8Array>;
  let firstZip: Buffer;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'build-offline-'));
    for (const [file, content] of Object.entries(site)) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), content);
    }
    build(dist);
    firstZip = readFileSync(join(dist, offlineZip));
    // Files touched since (and the clock moved on) change nothing in what the zip holds.
    utimesSync(join(dist, 'index.html'), new Date(2031, 5, 1), new Date(2031, 5, 1));
    build(dist); // a second run must not pack the first run's zip or twins of twins
    zip = unzipSync(readFileSync(join(dist, offlineZip)));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('writes a twin for every file the search fetches, which hands over the exact bytes', () => {
    const handed: Record<string, string> = {};
    for (const path of ['pagefind/fragment/zh-cn_1.pf_fragment', 'search/t2s.json']) {
      runInNewContext(readFileSync(join(dist, '_offline', `${path}.js`), 'utf8'), { [twinCallback]: (p: string, b64: string) => (handed[p] = b64) });
    }
    expect(Buffer.from(handed['pagefind/fragment/zh-cn_1.pf_fragment']!, 'base64')).toEqual(Buffer.from(site['pagefind/fragment/zh-cn_1.pf_fragment'] as Uint8Array));
    expect(Buffer.from(handed['search/t2s.json']!, 'base64').toString()).toBe(site['search/t2s.json']);
  });

  it('bundles the offline client with Pagefind into one classic script', () => {
    const script = readFileSync(join(dist, offlineSearchScript), 'utf8');
    expect(script).not.toMatch(/^\s*(import|export)[\s{]/m);
    expect(script).toContain('Pagefind 1.6.0');
  });

  it('zips the site in one folder with a README, twins instead of pagefind/, without itself', () => {
    expect(Object.keys(zip).sort()).toEqual(
      [
        'README.txt',
        '_offline/pagefind/fragment/zh-cn_1.pf_fragment.js',
        '_offline/search/t2s.json.js',
        'documents/d/index.html',
        'favicon.svg',
        'index.html',
        offlineSearchScript,
        'search/index.html',
        'search/t2s.json',
      ].map((n) => `${offlineZipFolder}/${n}`),
    );
    expect(strFromU8(zip[`${offlineZipFolder}/README.txt`]!)).toContain('用浏览器');
  });

  it('gives the same zip, byte for byte, when run twice on the same site', () => {
    expect(readFileSync(join(dist, offlineZip)).equals(firstZip)).toBe(true);
  });

  it("marks the copy's pages as the offline copy, and only the copy's", () => {
    expect(strFromU8(zip[`${offlineZipFolder}/index.html`]!)).toMatch(/^<!doctype html><html data-offline-copy lang="zh-CN">/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('data-offline-copy');
  });

  it('fails with a hint when the site is not built or not indexed', () => {
    const empty = mkdtempSync(join(tmpdir(), 'build-offline-empty-'));
    try {
      expect(() => build(empty)).toThrow(/build the site first/);
      writeFileSync(join(empty, 'index.html'), page('x', ''));
      expect(() => build(empty)).toThrow(/index the site first \(npm run build:index\)/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
