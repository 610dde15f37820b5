/**
 * A zip archive written front to back into `write`, one already-compressed entry at a time: only
 * the central directory's entries (about 100 bytes each) stay in memory, never the files. An
 * archive can be begun in one process and finished in another (`from`): what was written so far
 * is its byte count and its entries.
 */
import { centralRecord, endRecords, localHeader, type ZipEntry } from './zip-records.ts';

/** An entry ready to be written: `data` is `raw` deflated (method 8) or the raw bytes (method 0). */
export interface PackedFile {
  name: string;
  crc: number;
  size: number;
  method: 0 | 8;
  data: Uint8Array;
}

/** An entry already in the archive: what its central record needs, its name as text. */
export type WrittenEntry = Omit<ZipEntry, 'name'> & { name: string };

/** An archive begun and not finished: its bytes so far and the entries among them. */
export interface ZipSoFar {
  offset: number;
  entries: WrittenEntry[];
}

export interface ZipWriter {
  add(file: PackedFile): void;
  /** What has been written so far, to go on with later (`zipWriter(write, soFar)`). */
  soFar(): ZipSoFar;
  /** Writes the central directory and end records; returns the archive's size in bytes. */
  end(): number;
}

export function zipWriter(write: (chunk: Uint8Array) => void, from: ZipSoFar = { offset: 0, entries: [] }): ZipWriter {
  const encoder = new TextEncoder();
  const entries: ZipEntry[] = from.entries.map((e) => ({ ...e, name: encoder.encode(e.name) }));
  let offset = from.offset;
  const put = (chunk: Uint8Array) => {
    write(chunk);
    offset += chunk.length;
  };
  return {
    add(file) {
      const entry: ZipEntry = { name: encoder.encode(file.name), crc: file.crc, size: file.size, compressedSize: file.data.length, method: file.method, offset };
      put(localHeader(entry));
      put(file.data);
      entries.push(entry);
    },
    soFar() {
      const decoder = new TextDecoder();
      return { offset, entries: entries.map((e) => ({ ...e, name: decoder.decode(e.name) })) };
    },
    end() {
      const directoryOffset = offset;
      for (const entry of entries) put(centralRecord(entry));
      put(endRecords(entries.length, directoryOffset, offset - directoryOffset));
      entries.length = 0;
      return offset;
    },
  };
}
