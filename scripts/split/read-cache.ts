/**
 * What Word, WPS and PDF files read as, kept between runs: reading a PDF through pdf.js costs
 * about ten times what splitting its text does (the font programs are parsed whatever we ask
 * for), and a library is split again whenever one document is added or a rule changes, while
 * its originals almost never change. A file is found by the SHA-256 of its bytes, and the key
 * also holds a fingerprint of the readers' own code and of pdf.js's version, so a changed reader
 * reads everything again. Text files are not kept: decoding them is cheaper than the lookup.
 *
 * Stored as `<dir>/<key>.json` = `{ format, text }`, written through a temporary name and a
 * rename, so a run stopped halfway leaves no half-written entry; an entry that does not parse is
 * read again and rewritten. Only successful reads are kept: a damaged file says why every time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadResult } from '../../src/split/read/reader.ts';
import { documentFormats, type DocumentFormat } from '../../src/model/schemas/document.ts';

/** Where the cache lives unless told otherwise: with the project's other build caches. */
export const defaultReadCacheDir = fileURLToPath(new URL('../../node_modules/.cache/policy-split/read/', import.meta.url));

const readersDir = fileURLToPath(new URL('../../src/split/read/', import.meta.url));

/** A hash of every reader source file and of the pdf.js in use: what a read depends on besides the bytes. */
export function readerFingerprint(dir = readersDir): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  try {
    const pdfjs = createRequire(import.meta.url)('pdfjs-dist/package.json') as { version: string };
    hash.update(`pdfjs-dist@${pdfjs.version}`);
  } catch {
    hash.update('pdfjs-dist@none');
  }
  return hash.digest('hex').slice(0, 16);
}

type Read = (bytes: Uint8Array, name: string) => Promise<ReadResult>;

/** `read`, answered from `dir` when the same bytes were read by the same readers before. */
export function cachedReader(read: Read, dir: string, fingerprint = readerFingerprint()): Read & { hits: () => number } {
  let hits = 0;
  const isText = (result: ReadResult) => result.ok && result.format === 'txt';
  const cached = async (bytes: Uint8Array, name: string): Promise<ReadResult> => {
    const key = `${createHash('sha256').update(bytes).digest('hex')}-${fingerprint}`;
    const file = join(dir, `${key}.json`);
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; text?: unknown };
      if (typeof entry.text === 'string' && documentFormats.includes(entry.format as never)) {
        hits++;
        return { ok: true, text: entry.text, format: entry.format as DocumentFormat };
      }
    } catch {
      // Not kept yet, or unreadable: read the file.
    }
    const result = await read(bytes, name);
    if (result.ok && !isText(result)) {
      try {
        mkdirSync(dir, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify({ format: result.format, text: result.text }));
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only costs the next run its time.
      }
    }
    return result;
  };
  return Object.assign(cached, { hits: () => hits });
}
