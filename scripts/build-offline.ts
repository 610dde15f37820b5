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
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { needsTwin, offlineSearchScript, offlineZip, offlineZipFolder, twinCallback, twinFolder, twinPathOf } from '../src/offline/files.ts';
import { packEntry } from '../src/offline/pack-entry.ts';
import { zipWriter } from '../src/offline/zip-writer.ts';
import { packFiles } from './offline/pack-files.ts';

const clientEntry = fileURLToPath(new URL('../src/offline/client.ts', import.meta.url));

/**
 * Paths relative to `dir` with `/` separators, sorted so the output does not depend on the disk.
 * Walked folder by folder and joined as strings: Node's recursive listing with path.relative and
 * path.join on each of the 564,000 entries of 10,000 documents cost more CPU than the listing itself.
 */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder ? join(dir, folder) : dir, { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(path);
    }
  };
  walk('');
  return files.sort();
}

/** The twin of one file: a classic script handing over its bytes. */
export const twinScript = (path: string, bytes: Uint8Array) => `${twinCallback}(${JSON.stringify(path)},"${Buffer.from(bytes).toString('base64')}");\n`;

/** Writes the twins of `files` that need one; returns their paths and bytes. */
function writeTwins(dist: string, files: string[]): { paths: string[]; bytes: number } {
  rmSync(join(dist, twinFolder), { recursive: true, force: true });
  let bytes = 0;
  const paths: string[] = [];
  const made = new Set<string>();
  for (const path of files.filter(needsTwin)) {
    const twin = twinPathOf(path);
    const script = twinScript(path, readFileSync(join(dist, path)));
    const folder = dirname(join(dist, twin));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(join(dist, twin), script);
    bytes += Buffer.byteLength(script);
    paths.push(twin);
  }
  return { paths, bytes };
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

const readme = `政策知识站 · 离线版

打开方法：
1. 先把整个压缩包解压（不要在压缩软件里直接双击打开）。
2. 进入解压出的 ${offlineZipFolder} 文件夹，用浏览器（Chrome、Edge、360 浏览器等）打开 index.html。
3. 不需要联网，也不需要安装任何软件；阅读、链接、目录跳转和搜索都可以使用。

文件夹可以整个复制到其他电脑或 U 盘，放在任何位置都能打开；请保持其中的文件和文件夹完整（搜索要用到 _offline 文件夹）。
内容以正式印发文本为准。
`;

function writeAll(fd: number, chunk: Uint8Array): void {
  for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done);
}

/**
 * Streams the zip to disk in the files' order while workers read and compress the next files:
 * memory holds a few batches of files and the central directory, not the site.
 */
async function writeZip(dist: string, files: string[]): Promise<number> {
  const fd = openSync(join(dist, offlineZip), 'w');
  try {
    const zip = zipWriter((chunk) => writeAll(fd, chunk));
    for await (const packed of packFiles(dist, files.filter(zipped))) zip.add(packed);
    // UTF-8 with BOM and CRLF, so Windows Notepad shows the Chinese text.
    zip.add(packEntry('README.txt', Buffer.from('\ufeff' + readme.replace(/\n/g, '\r\n'))));
    return zip.end();
  } finally {
    closeSync(fd);
  }
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
  // The site's files and what this step wrote: listing the site again took 17 s at 10,000 documents.
  const all = [...files, ...twins.paths, offlineSearchScript].sort();
  const zipBytes = await writeZip(dist, all);
  const t3 = performance.now();
  console.log(`build:offline: ${dist}`);
  console.log(`  ${twinFolder}/: ${twins.paths.length} twins of the search's files, ${mb(twins.bytes)}, ${sec(t1 - t0)}`);
  console.log(`  ${offlineSearchScript}: ${(Buffer.byteLength(script) / 1024).toFixed(0)} KB, ${sec(t2 - t1)}`);
  console.log(`  ${offlineZip}: ${all.filter(zipped).length + 1} files, ${mb(zipBytes)}, ${sec(t3 - t2)}`);
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') await main();
