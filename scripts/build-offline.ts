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
 *
 * `npm run build:offline -- --before-index` packs the site's files that come before the
 * index's into the zip's first part, beside the site (`.<dist>-offline-pages/`), while the site
 * is being indexed: Pagefind keeps one core busy and leaves the other idle (23.8 s of wall, 25.7 s
 * of CPU at 1,000 documents). The run after indexing then goes on from that part, if it still holds
 * exactly the files that come first and each is unchanged, and otherwise packs everything again.
 * Either way the zip is the same, byte for byte.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { madeAfterPages, needsTwin, offlineSearchScript, offlineZip, offlineZipFolder, twinCallback, twinFolder, twinPathOf, zipOrder } from '../src/offline/files.ts';
import { pagesPackedSchema, staleReason, type PackedFileStat, type PagesPacked } from '../src/offline/pages-packed.ts';
import { packEntry } from '../src/offline/pack-entry.ts';
import { zipWriter, type ZipSoFar, type ZipWriter } from '../src/offline/zip-writer.ts';
import { packFiles } from './offline/pack-files.ts';
import { hiddenSiblingOf } from './build/hidden-sibling.ts';
import { pagefindFolder } from '../src/search/index/site-outputs.ts';

const clientEntry = fileURLToPath(new URL('../src/offline/client.ts', import.meta.url));

/**
 * Paths relative to `dir` with `/` separators, sorted so the output does not depend on the disk.
 * Walked folder by folder and joined as strings: Node's recursive listing with path.relative and
 * path.join on each of the 564,000 entries of 10,000 documents cost more CPU than the listing itself.
 */
function listFiles(dir: string, skipFolder: (path: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder ? join(dir, folder) : dir, { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skipFolder(path)) walk(path);
      } else if (entry.isFile()) files.push(path);
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
const zipped = (file: string) => file !== offlineZip && !file.startsWith(`${pagefindFolder}/`);

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

/** Where the zip's first part waits between the two runs: a hidden sibling of the site, never in it. */
export const pagesPackedDirOf = (dist: string) => hiddenSiblingOf(dist, 'offline-pages');
const partFile = 'zip.part';
const recordFile = 'packed.json';

/**
 * Streams `files` into the zip in order while workers read and compress the next files: memory
 * holds a few batches of files and the central directory, not the site.
 */
async function packInto(zip: ZipWriter, dist: string, files: string[]): Promise<void> {
  for await (const packed of packFiles(dist, files)) zip.add(packed);
}

function appendingTo(file: string, from: ZipSoFar | null): { zip: ZipWriter; close: () => void } {
  const fd = openSync(file, from ? 'a' : 'w');
  return { zip: zipWriter((chunk) => writeAll(fd, chunk), from ?? undefined), close: () => closeSync(fd) };
}

/** The files of the site that come first in the zip, as they are now. */
const firstFilesOf = (dist: string, files: string[]): PackedFileStat[] =>
  zipOrder(files.filter(zipped)).filter((f) => !madeAfterPages(f)).map((path) => {
    const stat = statSync(join(dist, path));
    return { path, bytes: stat.size, mtimeMs: stat.mtimeMs };
  });

/** `--before-index`: packs the files that come first into the zip's first part and records what it packed. */
async function packBeforeIndex(dist: string): Promise<void> {
  const t0 = performance.now();
  const dir = pagesPackedDirOf(dist);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Not into the folders the indexing step is writing at this moment, nor twins of a build before.
  const files = firstFilesOf(dist, listFiles(dist, (folder) => folder === pagefindFolder || folder === twinFolder));
  const { zip, close } = appendingTo(join(dir, partFile), null);
  try {
    await packInto(zip, dist, files.map((f) => f.path));
  } finally {
    close();
  }
  const record: PagesPacked = { files, ...zip.soFar() };
  writeFileSync(join(dir, recordFile), JSON.stringify(record));
  console.log(`build:offline: ${files.length} files packed before indexing into ${dir} (${mb(record.offset)}), ${sec(performance.now() - t0)}`);
}

/** The first part packed before indexing, if it holds exactly the files of `all` that come first, as they are now; else null, or why not. */
function packedBefore(dist: string, all: string[]): { soFar: ZipSoFar } | { stale: string } | null {
  const dir = pagesPackedDirOf(dist);
  if (!existsSync(join(dir, recordFile))) return null;
  let record: unknown;
  try {
    record = JSON.parse(readFileSync(join(dir, recordFile), 'utf8'));
  } catch {
    return { stale: 'its record is not readable' };
  }
  const parsed = pagesPackedSchema.safeParse(record);
  if (!parsed.success) return { stale: 'its record is not readable' };
  const part = join(dir, partFile);
  if (!existsSync(part) || statSync(part).size !== parsed.data.offset) return { stale: 'its zip part is missing or cut short' };
  const reason = staleReason(parsed.data, firstFilesOf(dist, all));
  return reason ? { stale: reason } : { soFar: { offset: parsed.data.offset, entries: parsed.data.entries } };
}

/** Writes the whole zip, going on from the part packed before indexing when it is still good. */
async function writeZip(dist: string, all: string[]): Promise<{ bytes: number; resumed: boolean }> {
  const before = packedBefore(dist, all);
  if (before && 'stale' in before) console.log(`build:offline: the files packed before indexing are not used (${before.stale}): packing everything`);
  const soFar = before && 'soFar' in before ? before.soFar : null;
  const target = join(dist, offlineZip);
  if (soFar) renameSync(join(pagesPackedDirOf(dist), partFile), target);
  const { zip, close } = appendingTo(target, soFar);
  try {
    const order = zipOrder(all.filter(zipped));
    await packInto(zip, dist, soFar ? order.filter(madeAfterPages) : order);
    // UTF-8 with BOM and CRLF, so Windows Notepad shows the Chinese text.
    zip.add(packEntry('README.txt', Buffer.from('\ufeff' + readme.replace(/\n/g, '\r\n'))));
    return { bytes: zip.end(), resumed: soFar !== null };
  } finally {
    close();
    rmSync(pagesPackedDirOf(dist), { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const dist = process.env.POLICY_DIST || 'dist';
  const { values } = parseArgs({ options: { 'before-index': { type: 'boolean', default: false } } });
  const beforeIndex = values['before-index'];
  const missing = !existsSync(join(dist, 'index.html'))
    ? `${dist}/index.html not found: build the site first (npm run build:site)`
    : !beforeIndex && !existsSync(join(dist, 'pagefind', 'pagefind.js'))
      ? `${dist}/pagefind/ not found: index the site first (npm run build:index)`
      : null;
  if (missing) {
    console.error(`build:offline: ${missing}`);
    process.exitCode = 1;
    return;
  }
  if (beforeIndex) return packBeforeIndex(dist);
  const t0 = performance.now();
  const files = listFiles(dist).filter((f) => f !== offlineZip && f !== offlineSearchScript && !f.startsWith(`${twinFolder}/`));
  const twins = writeTwins(dist, files);
  const t1 = performance.now();
  const script = await bundleClient(dist);
  writeFileSync(join(dist, offlineSearchScript), script);
  const t2 = performance.now();
  // The site's files and what this step wrote: listing the site again took 17 s at 10,000 documents.
  const all = [...files, ...twins.paths, offlineSearchScript];
  const written = await writeZip(dist, all);
  const t3 = performance.now();
  console.log(`build:offline: ${dist}`);
  console.log(`  ${twinFolder}/: ${twins.paths.length} twins of the search's files, ${mb(twins.bytes)}, ${sec(t1 - t0)}`);
  console.log(`  ${offlineSearchScript}: ${(Buffer.byteLength(script) / 1024).toFixed(0)} KB, ${sec(t2 - t1)}`);
  console.log(`  ${offlineZip}: ${all.filter(zipped).length + 1} files, ${mb(written.bytes)}, ${sec(t3 - t2)}${written.resumed ? ' (going on from the files packed before indexing)' : ''}`);
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') await main();
