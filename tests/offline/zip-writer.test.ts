/**
 * The offline zip's writer: what it writes unpacks to the bytes given, with the methods given,
 * and past 65,535 entries the count survives in zip64 end records.
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { centralRecord, endRecords } from '../../src/offline/zip-records.ts';
import { zipWriter, type PackedFile } from '../../src/offline/zip-writer.ts';

const stored = (name: string, text: string): PackedFile => {
  const data = Buffer.from(text);
  return { name, crc: crc32(data), size: data.length, method: 0, data };
};
const deflated = (name: string, text: string): PackedFile => {
  const raw = Buffer.from(text);
  return { name, crc: crc32(raw), size: raw.length, method: 8, data: deflateRawSync(raw) };
};

function write(files: PackedFile[]): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = zipWriter((chunk) => chunks.push(chunk));
  for (const file of files) zip.add(file);
  const size = zip.end();
  const bytes = Buffer.concat(chunks);
  expect(size).toBe(bytes.length);
  return bytes;
}

/** Method of each entry, read from the central directory (fflate's unzip does not say). */
function methods(zip: Buffer): Record<string, number> {
  const found: Record<string, number> = {};
  for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 46)) {
    const nameLength = zip.readUInt16LE(at + 28);
    found[zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')] = zip.readUInt16LE(at + 10);
  }
  return found;
}

describe('zip writer', () => {
  it('unpacks to the bytes given, stored and deflated, with UTF-8 names', () => {
    const zip = write([deflated('站/index.html', '<p>三会一课</p>'.repeat(50)), stored('站/a.xlsx', 'PK\u0003\u0004 already a zip')]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['站/index.html', '站/a.xlsx']);
    expect(Buffer.from(files['站/index.html']!).toString()).toBe('<p>三会一课</p>'.repeat(50));
    expect(Buffer.from(files['站/a.xlsx']!).toString()).toBe('PK\u0003\u0004 already a zip');
    expect(methods(zip)).toEqual({ '站/index.html': 8, '站/a.xlsx': 0 });
  });

  it('dates every entry 2020-01-01 00:00, so the same files give the same bytes', () => {
    const zip = write([stored('a.txt', 'x')]);
    expect(zip.readUInt16LE(10)).toBe(0); // time
    expect(zip.readUInt16LE(12)).toBe(((2020 - 1980) << 9) | (1 << 5) | 1);
    expect(write([stored('a.txt', 'x')]).equals(zip)).toBe(true);
  });

  it('ends with a plain end record when everything fits in it', () => {
    const zip = write([stored('a.txt', 'x'), stored('b.txt', 'yy')]);
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
    expect(zip.readUInt16LE(zip.length - 22 + 10)).toBe(2);
    expect(zip.indexOf(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(-1);
  });

  it('keeps the count of 70,000 entries in zip64 end records, where a 16-bit count would say 4,464', () => {
    const files = Array.from({ length: 70_000 }, (_, i) => stored(`f/${i}.txt`, String(i)));
    const zip = write(files);
    const end = zip.length - 22;
    expect(zip.readUInt16LE(end + 10)).toBe(0xffff);
    expect(zip.readUInt32LE(end - 20)).toBe(0x07064b50);
    const end64 = Number(zip.readBigUInt64LE(end - 20 + 8));
    expect(zip.readUInt32LE(end64)).toBe(0x06064b50);
    expect(zip.readBigUInt64LE(end64 + 32)).toBe(70_000n);
    const unpacked = unzipSync(zip);
    expect(Object.keys(unpacked).length).toBe(70_000);
    expect(Buffer.from(unpacked['f/69999.txt']!).toString()).toBe('69999');
  });

  it('moves offsets and sizes past 4 GB into the zip64 end record', () => {
    const records = Buffer.from(endRecords(3, 5_000_000_000, 200));
    expect(records.length).toBe(56 + 20 + 22);
    expect(records.readBigUInt64LE(40)).toBe(200n); // directory size
    expect(records.readBigUInt64LE(48)).toBe(5_000_000_000n); // directory offset
    expect(records.readBigUInt64LE(56 + 8)).toBe(5_000_000_200n); // where the zip64 end record starts
    expect(records.readUInt32LE(76 + 16)).toBe(0xffffffff);
    expect(records.readUInt16LE(76 + 10)).toBe(3);
  });

  it('gives an entry past 4 GB its offset in a zip64 extra field', () => {
    const name = Buffer.from('a.txt');
    const record = Buffer.from(centralRecord({ name, crc: 1, size: 2, compressedSize: 2, method: 0, offset: 5_000_000_000 }));
    expect(record.readUInt16LE(6)).toBe(45); // version needed: zip64
    expect(record.readUInt32LE(42)).toBe(0xffffffff);
    expect(record.readUInt16LE(30)).toBe(12);
    expect(record.readUInt16LE(46 + name.length)).toBe(1); // zip64 extra field
    expect(record.readBigUInt64LE(46 + name.length + 4)).toBe(5_000_000_000n);
    expect(Buffer.from(centralRecord({ name, crc: 1, size: 2, compressedSize: 2, method: 0, offset: 100 })).readUInt16LE(30)).toBe(0);
  });
});
