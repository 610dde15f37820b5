/**
 * Packs an Excel file's parts again: with Node's native deflate, and every entry dated one fixed
 * time. exceljs packs through JSZip, whose JavaScript deflate set up a fresh window per entry and
 * took most of the time of a small workbook (measured: 12,681 one-sheet workbooks), and which
 * stamps each entry with the time it was written, so two builds of the same library would differ
 * in those bytes alone. exceljs is asked to store (no compression), this deflates.
 */
import { unzipSync } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

/** DOS date and time of `date` (UTC, two-second precision). */
export function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

interface Packed {
  name: Uint8Array;
  crc: number;
  size: number;
  method: 0 | 8;
  data: Uint8Array;
  offset: number;
}

function header(signature: number, length: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  return { bytes, view };
}

/** The local header (30 bytes) or central directory fields (46 bytes) of one entry; `central` adds offset and version-made-by. */
function entryHeader(e: Packed, when: { time: number; date: number }, central: boolean): Uint8Array {
  const at = central ? 2 : 0;
  const { bytes, view } = header(central ? 0x02014b50 : 0x04034b50, (central ? 46 : 30) + e.name.length);
  if (central) view.setUint16(4, 20, true);
  view.setUint16(4 + at, 20, true); // version needed: deflate
  view.setUint16(6 + at, 0x0800, true); // names are UTF-8
  view.setUint16(8 + at, e.method, true);
  view.setUint16(10 + at, when.time, true);
  view.setUint16(12 + at, when.date, true);
  view.setUint32(14 + at, e.crc, true);
  view.setUint32(18 + at, e.data.length, true);
  view.setUint32(22 + at, e.size, true);
  view.setUint16(26 + at, e.name.length, true);
  if (central) view.setUint32(42, e.offset, true);
  bytes.set(e.name, central ? 46 : 30);
  return bytes;
}

/**
 * The last part deflated under each entry name. Most parts of one workbook are the same in every
 * other (theme, styles, relationships): deflated once, not once a file. One per name, so memory
 * does not grow with the number of files.
 */
const lastDeflated = new Map<string, { raw: Uint8Array; deflated: Uint8Array }>();

function deflateOnce(name: string, raw: Uint8Array): Uint8Array {
  const last = lastDeflated.get(name);
  if (last && Buffer.compare(last.raw, raw) === 0) return last.deflated;
  const deflated = deflateRawSync(raw);
  lastDeflated.set(name, { raw, deflated });
  return deflated;
}

/** `zip` again, each file deflated by zlib (stored when that is no smaller), dated `when`; folder entries are left out. */
export function repackZip(zip: Uint8Array, when: Date): Uint8Array {
  return packZip(Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/')), when);
}

/** A zip of `entries` in their order, each deflated by zlib (stored when that is no smaller), dated `when`. */
export function packZip(entries: Iterable<readonly [string, Uint8Array]>, when: Date): Uint8Array {
  const stamp = dosDateTime(when);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const packed: Packed[] = [];
  let offset = 0;
  for (const [name, raw] of entries) {
    const deflated = deflateOnce(name, raw);
    const stored = deflated.length >= raw.length;
    const entry: Packed = { name: encoder.encode(name), crc: crc32(raw), size: raw.length, method: stored ? 0 : 8, data: stored ? raw : deflated, offset };
    const local = entryHeader(entry, stamp, false);
    parts.push(local, entry.data);
    offset += local.length + entry.data.length;
    packed.push(entry);
  }
  const directory = packed.map((e) => entryHeader(e, stamp, true));
  const directorySize = directory.reduce((sum, d) => sum + d.length, 0);
  const { bytes: end, view } = header(0x06054b50, 22);
  view.setUint16(8, packed.length, true);
  view.setUint16(10, packed.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  return Buffer.concat([...parts, ...directory, end]);
}
