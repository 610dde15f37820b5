/**
 * Repacking a shard that Pagefind has written: its words regrouped into chunks of at most
 * `chunkBytesFor` (rechunk.ts), and its chunks and page fragments renamed `<tag>/<n>`, numbered in
 * order under one tag for the shard, so that the metadata, which lists every page and every chunk
 * and which a first search downloads for every shard, compresses well. Filters, fragments' content
 * and the search itself are as Pagefind made them.
 *
 * Measured on a 1,000-document bench shard (民主评议党员 asks 议党): the chunk a query loads fell
 * from 31.4 KB to 7.8 KB, the metadata went from 11.7 KB to 21.5 KB with Pagefind's random names
 * (chunk sizes of 10,000 and 40,000 bytes did worse: 34.7 and 33.4 KB together) and to 15.7 KB
 * with numbered ones.
 *
 * The tag is the shard's number and a hash of its content: a page or chunk that changes gets a new
 * address, so no browser cache serves an old one, and two shards never share a page id (Pagefind's
 * seven-hex names could, about once in six libraries of 10,000 documents in ten shards).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { arrayHead, type Cbor, encodeCbor, type MetaChunk, type MetaPage, metaValue, parseMeta, readPagefindFile, wordsOfChunk, writePagefindFile } from './pagefind-files.ts';
import { chunkBounds, chunkRuns, joinedToPrevious } from './rechunk.ts';

/**
 * Bytes of CBOR a chunk holds at most (unless one word alone is larger) in a shard of `pages`
 * pages. A query loads one chunk per word it asks, up to this size of other words; the metadata
 * lists every chunk (about 10 bytes each, gzipped), and a shard's index grows with its pages; the
 * two costs together are least when the size grows as the square root of the pages: 20,000 at
 * 1,000 (measured best of 10,000, 20,000 and 40,000), about 31,600 at 2,500.
 */
export const chunkBytesFor = (pages: number) => Math.round(20_000 * Math.sqrt(Math.max(1, pages / 1000)));

export interface RepackedShard {
  /** The new metadata, gzipped. */
  meta: Uint8Array;
  /** Index chunk files by name (without `.pf_index`), gzipped. */
  chunks: Map<string, Uint8Array>;
  /** Each page's fragment: Pagefind's name → its new name (without `.pf_fragment`). */
  fragments: Map<string, string>;
}

const signature = new TextEncoder().encode('pagefind_dcd');

/**
 * `metaFile` and `chunkFile(name)` are Pagefind's gzipped files of shard number `shard`; the result
 * replaces them. Pages whose fragments Pagefind grouped (a group name set) keep their names.
 */
export function repackShard(metaFile: Uint8Array, chunkFile: (name: string) => Uint8Array, shard = 1, limit?: number): RepackedShard {
  const meta = parseMeta(readPagefindFile(metaFile, 'pf_meta'));
  limit ??= chunkBytesFor(meta.pages.length);
  const words: Cbor[][] = [];
  for (const [, , name] of meta.chunks) words.push(...wordsOfChunk(readPagefindFile(chunkFile(name), `${name}.pf_index`)));
  const encoded = words.map((w) => encodeCbor(w));
  const runs = chunkRuns(encoded.map((b) => b.length), limit, joinedToPrevious(words.map((w) => w[0] as string)));
  const bounds = chunkBounds(runs.map((run) => run.map((i) => words[i]![0] as string)));
  const files = runs.map((run) => {
    // A chunk is [[word, …]]: the outer array of one, then the words as already encoded.
    const parts = [signature, arrayHead(1), arrayHead(run.length), ...run.map((i) => encoded[i]!)];
    const raw = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let at = 0;
    for (const p of parts) (raw.set(p, at), at += p.length);
    return gzipSync(raw, { level: 9 });
  });
  // Pagefind's page names are hashes of the fragments' content, so they stand for the pages here.
  const content = createHash('sha256');
  for (const [hash] of meta.pages) content.update(`${hash}\n`);
  for (const file of files) content.update(file);
  const tag = `${shard}-${content.digest('hex').slice(0, 6)}`;
  const name = (n: number) => `${tag}/${n.toString(36)}`;
  const chunks = new Map(files.map((file, n) => [name(n), file]));
  const listed: MetaChunk[] = bounds.map(([from, to], n) => [from, to, name(n)]);
  const fragments = new Map<string, string>();
  const pages = meta.pages.map(([hash, words, group], n): MetaPage => {
    if (group !== '') return [hash, words, group];
    fragments.set(hash, name(n));
    return [name(n), words, group];
  });
  return { meta: writePagefindFile(metaValue({ ...meta, pages, chunks: listed })), chunks, fragments };
}
