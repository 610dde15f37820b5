/**
 * Pagefind's own file format: a gzipped `pagefind_dcd` signature followed by CBOR. Index chunks
 * (`index/*.pf_index`) and the metadata (`pagefind.*.pf_meta`) are read and written here, so that
 * the indexer can repack what Pagefind wrote (repack.ts).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** What Pagefind's files hold: integers, text and byte strings, arrays, booleans and null (no maps in 1.6, kept should one come). */
export type Cbor = number | bigint | string | Uint8Array | boolean | null | Cbor[] | Map<Cbor, Cbor>;

const signature = new TextEncoder().encode('pagefind_dcd');

// Maps as Maps, so that keys keep Pagefind's order and need not be strings; Pagefind (minicbor)
// never writes indefinite lengths or undefined, so either means the file is not what we expect.
const decodeCbor = (bytes: Uint8Array): Cbor => decode(bytes, { useMaps: true, allowIndefinite: false, allowUndefined: false });

/**
 * cborg writes the shortest heads and definite lengths, as Pagefind does; with its map sorting off
 * (Pagefind writes fields in declaration order), a file decoded and encoded again is byte for byte
 * the same (checked on 368 meta, index and filter files of four Pagefind 1.6 builds).
 */
export const encodeCbor = (value: Cbor): Uint8Array => encode(value, { mapSorter: undefined });

/** The head of an array of `length` items, for writing an array whose items are already encoded. */
export function arrayHead(length: number): Uint8Array {
  const whole = encodeCbor(new Array<Cbor>(length).fill(0));
  return whole.subarray(0, whole.length - length);
}

export function readPagefindFile(gzipped: Uint8Array, name = 'file'): Cbor {
  const raw = gunzipSync(gzipped);
  if (!signature.every((b, i) => raw[i] === b)) throw new Error(`${name}: not a Pagefind file (no pagefind_dcd signature)`);
  return decodeCbor(raw.subarray(signature.length));
}

export function writePagefindFile(value: Cbor): Uint8Array {
  const body = encodeCbor(value);
  const raw = new Uint8Array(signature.length + body.length);
  raw.set(signature);
  raw.set(body, signature.length);
  return gzipSync(raw, { level: 9 });
}

/** One page in the metadata: its fragment's name, its word count, its fragment group ('' for none). */
export type MetaPage = [hash: string, wordCount: number, group: string];
/** One index chunk in the metadata: the first and last words it may hold (shortest distinguishing prefixes) and its name. */
export type MetaChunk = [from: string, to: string, hash: string];

/** The metadata's fields in Pagefind 1.6's order: version, pages, index chunks, filters, sorts, meta fields. */
export interface PagefindMeta {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  rest: Cbor[];
}

export function parseMeta(value: Cbor): PagefindMeta {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || !Array.isArray(value[1]) || !Array.isArray(value[2])) {
    throw new Error('pf_meta: not Pagefind 1.x metadata');
  }
  const [version, pages, chunks, ...rest] = value;
  return { version, pages: pages as MetaPage[], chunks: chunks as MetaChunk[], rest };
}

export const metaValue = (meta: PagefindMeta): Cbor => [meta.version, meta.pages, meta.chunks, ...meta.rest];

/** An index chunk's words, each `[word, pages, …]`, in Pagefind's order (sorted by UTF-8 bytes). */
export function wordsOfChunk(value: Cbor): Cbor[][] {
  if (!Array.isArray(value) || !Array.isArray(value[0])) throw new Error('pf_index: not a Pagefind index chunk');
  return value[0] as Cbor[][];
}

export const chunkValue = (words: Cbor[][]): Cbor => [words];
