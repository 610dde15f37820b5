/**
 * `npm run build:offline` (last step of `npm run build`, after build:index): makes the built site
 * in $POLICY_DIST (default dist) searchable when read from disk, and packs it for download.
 *
 *   _offline/**            a twin (classic script) of every file the search fetches: pagefind/**
 *                          and search/*.json (src/offline/twins.ts explains why)
 *   offline-search.js      src/offline/client.ts with the search engine and Pagefind's own code,
 *                          bundled into one classic script
 *   policy-site-offline.zip the site in one folder with a README.txt, each page marked
 *                          `data-offline-copy` (it always searches offline, and hides 下载离线版);
 *                          without pagefind/ (the twins replace it) and without the zip itself
 *
 * Read from disk the search is Pagefind itself, on the same index: same results, same order.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { Zip, strToU8, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import { needsTwin, offlineSearchScript, offlineZip, offlineZipFolder, twinCallback, twinFolder, twinPathOf } from '../src/offline/files.ts';

const clientEntry = fileURLToPath(new URL('../src/offline/client.ts', import.meta.url));

/** Paths relative to `dir` with `/` separators, sorted so the output does not depend on the disk. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The twin of one file: a classic script handing over its bytes. */
export const twinScript = (path: string, bytes: Uint8Array) => `${twinCallback}(${JSON.stringify(path)},"${Buffer.from(bytes).toString('base64')}");\n`;

function writeTwins(dist: string, files: string[]): { count: number; bytes: number } {
  rmSync(join(dist, twinFolder), { recursive: true, force: true });
  let bytes = 0;
  const twinned = files.filter(needsTwin);
  for (const path of twinned) {
    const twin = join(dist, twinPathOf(path));
    const script = twinScript(path, readFileSync(join(dist, path)));
    mkdirSync(dirname(twin), { recursive: true });
    writeFileSync(twin, script);
    bytes += Buffer.byteLength(script);
  }
  return { count: twinned.length, bytes };
}

async function bundleClient(dist: string): Promise<string> {
  const pagefindJs = resolve(dist, 'pagefind/pagefind.js');
  const result = await esbuild.build({
    entryPoints: [clientEntry],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    write: false,
    legalComments: 'none',
    // Pagefind reads import.meta.url only to guess its folder; the client passes the folder.
    logOverride: { 'empty-import-meta': 'silent' },
    plugins: [{ name: 'policy-pagefind', setup: (b) => b.onResolve({ filter: /^policy-pagefind$/ }, () => ({ path: pagefindJs })) }],
  });
  return `/* 政策知识站: offline search (src/offline/client.ts) with Pagefind ${pagefindVersion(pagefindJs)} */\n${result.outputFiles[0]!.text}`;
}

const pagefindVersion = (file: string) => readFileSync(file, 'utf8').match(/pagefind_version="([^"]+)"/)?.[1] ?? '';

/** Files of the site that go into the zip: all but the zip itself and pagefind/ (the twins replace it). */
const zipped = (file: string) => file !== offlineZip && !file.startsWith('pagefind/');

/** A page as the copy carries it: marked, so it searches offline wherever it is opened and hides 下载离线版. */
export const pageForCopy = (html: string) => html.replace(/<html(?=[\s>])/, '<html data-offline-copy');

const readme = `政策知识站 · 离线版

打开方法：
1. 先把整个压缩包解压（不要在压缩软件里直接双击打开）。
2. 进入解压出的 ${offlineZipFolder} 文件夹，用浏览器（Chrome、Edge、360 浏览器等）打开 index.html。
3. 不需要联网，也不需要安装任何软件；阅读、链接、目录跳转和搜索都可以使用。

文件夹可以整个复制到其他电脑或 U 盘，放在任何位置都能打开；请保持其中的文件和文件夹完整（搜索要用到 _offline 文件夹）。
内容以正式印发文本为准。
`;

/**
 * Every entry's date in the zip: fixed, so two builds of the same site give the same bytes (the
 * files' own mtimes and the clock differ from build to build). Built from local fields because
 * zip dates are local (DOS) times: the same fields in every time zone.
 */
const zipEntryTime = new Date(2020, 0, 1, 0, 0, 0);

/** Streams the zip to disk file by file, so memory stays at one file, not the whole site. */
function writeZip(dist: string, files: string[]): number {
  const out = join(dist, offlineZip);
  const fd = openSync(out, 'w');
  let size = 0;
  let failed: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else {
      writeSync(fd, chunk);
      size += chunk.length;
    }
  });
  // fflate writes the archive; Node's zlib (native) compresses each file: fflate's own deflate, in
  // JavaScript, took 14 of the step's 15 s at 1,000 documents.
  const add = (name: string, data: Uint8Array) => {
    const entry: ZipInputFile = { filename: `${offlineZipFolder}/${name}`, size: data.length, crc: crc32(data), compression: 8, mtime: zipEntryTime };
    zip.add(entry);
    entry.ondata!(null, deflateRawSync(data, { level: 6 }), true);
  };
  try {
    for (const file of files.filter(zipped)) {
      const path = join(dist, file);
      const bytes = readFileSync(path);
      add(file, file.endsWith('.html') ? strToU8(pageForCopy(bytes.toString('utf8'))) : bytes);
    }
    // UTF-8 with BOM and CRLF, so Windows Notepad shows the Chinese text.
    add('README.txt', strToU8('\ufeff' + readme.replace(/\n/g, '\r\n')));
    zip.end();
  } finally {
    closeSync(fd);
  }
  if (failed) throw failed;
  return size;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const dist = process.env.POLICY_DIST || 'dist';
  const missing = !existsSync(join(dist, 'index.html'))
    ? `${dist}/index.html not found: build the site first (npm run build:site)`
    : !existsSync(join(dist, 'pagefind', 'pagefind.js'))
      ? `${dist}/pagefind/ not found: index the site first (npm run build:index)`
      : null;
  if (missing) {
    console.error(`build:offline: ${missing}`);
    process.exitCode = 1;
    return;
  }
  const t0 = performance.now();
  const files = listFiles(dist).filter((f) => f !== offlineZip && f !== offlineSearchScript && !f.startsWith(`${twinFolder}/`));
  const twins = writeTwins(dist, files);
  const t1 = performance.now();
  const script = await bundleClient(dist);
  writeFileSync(join(dist, offlineSearchScript), script);
  const t2 = performance.now();
  const all = listFiles(dist).filter((f) => f !== offlineZip);
  const zipBytes = writeZip(dist, all);
  const t3 = performance.now();
  console.log(`build:offline: ${dist}`);
  console.log(`  ${twinFolder}/: ${twins.count} twins of the search's files, ${mb(twins.bytes)}, ${sec(t1 - t0)}`);
  console.log(`  ${offlineSearchScript}: ${(Buffer.byteLength(script) / 1024).toFixed(0)} KB, ${sec(t2 - t1)}`);
  console.log(`  ${offlineZip}: ${all.filter(zipped).length + 1} files, ${mb(zipBytes)}, ${sec(t3 - t2)}`);
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') await main();
