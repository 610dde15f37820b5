/**
 * `npm run build:offline` on a small hand-made site: twins, the bundled client and what the zip holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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
  // Compressed already (a PNG, a workbook): stored as they are.
  'og.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(0)]),
  'downloads/d.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]),
};

/** Method of each entry (0 stored, 8 deflated), read from the zip's central directory. */
function methods(zip: Buffer): Record<string, number> {
  const found: Record<string, number> = {};
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 46)) {
    found[zip.subarray(at + 46, at + 46 + zip.readUInt16LE(at + 28)).toString('utf8')] = zip.readUInt16LE(at + 10);
  }
  return found;
}

const build = (dist: string, args: string[] = []) =>
  execFileSync(process.execPath, ['scripts/build-offline.ts', ...args], { env: { ...process.env, POLICY_DIST: dist }, stdio: 'pipe', encoding: 'utf8' });

function writeSite(dist: string, files: Record<string, string | Uint8Array>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), content);
  }
}

describe('build:offline', () => {
  let dist: string;
  let zip: Record<string, Uint8Array>;
  let firstZip: Buffer;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'build-offline-'));
    writeSite(dist, site);
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
        'downloads/d.xlsx',
        'favicon.svg',
        'index.html',
        offlineSearchScript,
        'og.png',
        'search/index.html',
        'search/t2s.json',
      ].map((n) => `${offlineZipFolder}/${n}`),
    );
    expect(strFromU8(zip[`${offlineZipFolder}/README.txt`]!)).toContain('用浏览器');
  });

  it('unpacks to the site as it is on disk, its pages only marked', () => {
    for (const [file, content] of Object.entries(site)) {
      if (file.startsWith('pagefind/')) continue;
      const unpacked = Buffer.from(zip[`${offlineZipFolder}/${file}`]!);
      const expected = Buffer.from(content);
      expect(file.endsWith('.html') ? unpacked.toString().replace('<html data-offline-copy', '<html') : unpacked).toEqual(file.endsWith('.html') ? expected.toString() : expected);
    }
  });

  it('stores the PNG and the workbook as they are, and deflates the rest', () => {
    const found = methods(readFileSync(join(dist, offlineZip)));
    expect(found[`${offlineZipFolder}/og.png`]).toBe(0);
    expect(found[`${offlineZipFolder}/downloads/d.xlsx`]).toBe(0);
    expect(found[`${offlineZipFolder}/index.html`]).toBe(8);
    expect(found[`${offlineZipFolder}/${offlineSearchScript}`]).toBe(8);
    expect(found[`${offlineZipFolder}/README.txt`]).toBe(8);
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

describe('build:offline in two runs: the pages while the site is indexed, then the rest', () => {
  const pages = Object.fromEntries(Object.entries(site).filter(([file]) => !file.startsWith('pagefind/')));
  const indexed = { ...Object.fromEntries(Object.entries(site).filter(([file]) => file.startsWith('pagefind/'))), 'search/highlight.js': 'void 0;' };
  const made: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-offline-two-'));
    made.push(dir);
    // The part waits beside the site, in a folder named after it.
    const dist = join(dir, 'dist');
    mkdirSync(dist);
    return dist;
  };
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** The zip of the same site made in one run. */
  const inOneRun = (files: Record<string, string | Uint8Array>) => {
    const dist = fresh();
    writeSite(dist, files);
    build(dist);
    return readFileSync(join(dist, offlineZip));
  };

  it('gives the zip of one run, byte for byte, going on from the part packed before the index existed', () => {
    const dist = fresh();
    writeSite(dist, pages);
    expect(build(dist, ['--before-index'])).toMatch(/7 files packed before indexing/);
    expect(existsSync(join(dist, offlineZip))).toBe(false);
    writeSite(dist, indexed);
    expect(build(dist)).toContain('going on from the files packed before indexing');
    expect(readFileSync(join(dist, offlineZip)).equals(inOneRun({ ...pages, ...indexed }))).toBe(true);
    expect(readdirSync(dirname(dist))).toEqual(['dist']);
  });

  it('packs the index last: the twins, the offline script and the highlighter after the pages and downloads', () => {
    const dist = fresh();
    writeSite(dist, { ...pages, ...indexed });
    build(dist);
    expect(Object.keys(unzipSync(readFileSync(join(dist, offlineZip)))).map((n) => n.slice(offlineZipFolder.length + 1))).toEqual([
      'documents/d/index.html',
      'downloads/d.xlsx',
      'favicon.svg',
      'index.html',
      'og.png',
      'search/index.html',
      'search/t2s.json',
      '_offline/pagefind/fragment/zh-cn_1.pf_fragment.js',
      '_offline/search/t2s.json.js',
      offlineSearchScript,
      'search/highlight.js',
      'README.txt',
    ]);
  });

  it('packs everything again when a page changed, or a file came, after the part was packed', () => {
    for (const [change, reason] of [
      [{ 'documents/d/index.html': page('关于加强党建工作的通知（修订）', '<p>改过</p>') }, 'documents/d/index.html changed since'],
      [{ 'documents/e/index.html': page('新文件', '<p>新</p>') }, '1 file(s) added since, such as documents/e/index.html'],
    ] as const) {
      const dist = fresh();
      writeSite(dist, pages);
      build(dist, ['--before-index']);
      writeSite(dist, { ...indexed, ...change });
      const said = build(dist);
      expect(said).toContain(`not used (${reason}): packing everything`);
      expect(said).not.toContain('going on from');
      expect(readFileSync(join(dist, offlineZip)).equals(inOneRun({ ...pages, ...indexed, ...change }))).toBe(true);
    }
  });

  it('packs everything again when a page was removed after the part was packed', () => {
    const dist = fresh();
    writeSite(dist, pages);
    build(dist, ['--before-index']);
    rmSync(join(dist, 'og.png'));
    writeSite(dist, indexed);
    expect(build(dist)).toContain('not used (1 file(s) removed since): packing everything');
    const { 'og.png': _, ...rest } = pages;
    expect(readFileSync(join(dist, offlineZip)).equals(inOneRun({ ...rest, ...indexed }))).toBe(true);
  });
});
