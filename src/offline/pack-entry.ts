/**
 * One file of the site as the offline zip holds it: its page marked as the copy, its CRC, and its
 * bytes deflated or stored. Pure (bytes in, entry out), so the zip's workers call it on what they read.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { pageForCopy } from './copy-page.ts';
import { offlineZipFolder } from './files.ts';
import type { PackedFile } from './zip-writer.ts';

/**
 * Deflate level. Level 1 against zlib's default 6 on the site of 1,000 documents: 7.6 s of CPU
 * instead of 10.9 s for 271 MB instead of 259 MB (+5 %).
 */
export const zipLevel = 1;

/**
 * Formats compressed already, stored as they are: deflating the 13,550 workbooks of 1,000
 * documents again took 5.9 s of CPU to save 9 % of their 103 MB, and Pagefind's files are gzip.
 */
const compressedAlready = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|xlsx|docx|pptx|pf_fragment|pf_index|pf_filter|pf_meta)$/i;

/** True when the file at `path` is stored in the zip without compressing it again. */
export const storedAsIs = (path: string) => compressedAlready.test(path);

/** The entry for the site's file `path` (relative, `/`-separated) with contents `bytes`. */
export function packEntry(path: string, bytes: Buffer): PackedFile {
  const raw = path.endsWith('.html') ? pageForCopy(bytes) : bytes;
  const entry = { name: `${offlineZipFolder}/${path}`, crc: crc32(raw), size: raw.length };
  if (storedAsIs(path)) return { ...entry, method: 0, data: raw };
  const deflated = deflateRawSync(raw, { level: zipLevel });
  // As zip tools do: an entry deflate does not shrink is stored.
  return deflated.length < raw.length ? { ...entry, method: 8, data: deflated } : { ...entry, method: 0, data: raw };
}
