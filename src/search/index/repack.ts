/**
 * Repacking a shard that Pagefind has written: its words regrouped into chunks (rechunk.ts,
 * `chunkSizesFor`), and its chunks and page fragments renamed `<tag>/<n>`, numbered in
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
import { chunkBounds, chunkRuns, type ChunkSizes, continuationTerms, joinedToPrevious } from './rechunk.ts';

/**
 * How a shard of `pages` pages is chunked (rechunk.ts). A query loads, per word it asks and per
 * shard, the word's chunk; the metadata, which every first search loads for every shard, lists
 * every chunk (about 8 bytes each, gzipped). So a common word travels alone (a query for it loads
 * nothing else) and rare ones share larger chunks (fewer to list), both growing with the square
 * root of a shard's pages as its words do. Measured, first search (民主评议党员) on the bench
 * sites: at 1,000 documents 118.9 KB with one limit of 20,000 bytes (the earlier rule, once
 * one-character families could split), 116.4 KB with these; at 10,000 in shards of 2,500,
 * 254.3 KB with one limit of 31,600, 253.6 with 60,000, 247.8 with 100,000 and words of 15,000
 * alone, 247.4 with these (94,900 and 15,800).
 */
export const chunkSizesFor = (pages: number): ChunkSizes => {
  const scale = Math.sqrt(Math.max(1, pages / 1000));
  return { limit: Math.round(60_000 * scale), alone: Math.round(10_000 * scale) };
};

export interface RepackedShard {
  /** The new metadata, gzipped. */
  meta: Uint8Array;
  /** Index chunk files by name (without `.pf_index`), gzipped. */
  chunks: Map<string, Uint8Array>;
  /** Each page's fragment: Pagefind's name → its new name (without `.pf_fragment`). */
  fragments: Map<string, string>;
  /** What a one-character query preloads in this shard (rechunk.ts, `continuationTerms`). */
  continuations: [character: string, term: string][];
}

const signature = new TextEncoder().encode('pagefind_dcd');

/**
 * `metaFile` and `chunkFile(name)` are Pagefind's gzipped files of shard number `shard`; the result
 * replaces them. Pages whose fragments Pagefind grouped (a group name set) keep their names.
 */
export function repackShard(metaFile: Uint8Array, chunkFile: (name: string) => Uint8Array, shard = 1, sizes?: ChunkSizes): RepackedShard {
  const meta = parseMeta(readPagefindFile(metaFile, 'pf_meta'));
  sizes ??= chunkSizesFor(meta.pages.length);
  const words: Cbor[][] = [];
  for (const [, , name] of meta.chunks) words.push(...wordsOfChunk(readPagefindFile(chunkFile(name), `${name}.pf_index`)));
  const encoded = words.map((w) => encodeCbor(w));
  const runs = chunkRuns(encoded.map((b) => b.length), sizes, joinedToPrevious(words.map((w) => w[0] as string)));
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
  return { meta: writePagefindFile(metaValue({ ...meta, pages, chunks: listed })), chunks, fragments, continuations: continuationTerms(bounds) };
}
