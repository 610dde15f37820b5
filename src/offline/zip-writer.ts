/**
 * A zip archive written front to back into `write`, one already-compressed entry at a time: only
 * the central directory (about 100 bytes an entry) stays in memory, never the files.
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

export interface ZipWriter {
  add(file: PackedFile): void;
  /** Writes the central directory and end records; returns the archive's size in bytes. */
  end(): number;
}

export function zipWriter(write: (chunk: Uint8Array) => void): ZipWriter {
  const encoder = new TextEncoder();
  const directory: Uint8Array[] = [];
  let offset = 0;
  const put = (chunk: Uint8Array) => {
    write(chunk);
    offset += chunk.length;
  };
  return {
    add(file) {
      const entry: ZipEntry = { name: encoder.encode(file.name), crc: file.crc, size: file.size, compressedSize: file.data.length, method: file.method, offset };
      put(localHeader(entry));
      put(file.data);
      directory.push(centralRecord(entry));
    },
    end() {
      const directoryOffset = offset;
      for (const record of directory) put(record);
      put(endRecords(directory.length, directoryOffset, offset - directoryOffset));
      directory.length = 0;
      return offset;
    },
  };
}
