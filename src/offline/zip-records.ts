/**
 * The bytes of a zip archive's records (PKWARE APPNOTE 6.3), for an archive written front to back:
 * each entry's local header, then at the end the central directory and its end records. Pure: the
 * caller compresses, counts offsets and writes. Zip64 end records are added only when the archive
 * needs them: the site copy has more than 65,535 files from 1,000 documents on, and a 16-bit count
 * that wrapped (fflate wrote 2,737 for 68,273 files) is what some unzippers trust.
 */

/** One entry as the central directory describes it. */
export interface ZipEntry {
  /** UTF-8 bytes of the path inside the archive. */
  name: Uint8Array;
  crc: number;
  /** Bytes before compression. */
  size: number;
  /** Bytes as stored in the archive. */
  compressedSize: number;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** Where the entry's local header starts in the archive. */
  offset: number;
}

const u16Max = 0xffff;
const u32Max = 0xffffffff;
/** 2020-01-01 00:00 as a DOS date: every entry carries it, so two builds of one site give the same bytes. */
const fixedDosDate = ((2020 - 1980) << 9) | (1 << 5) | 1;
const fixedDosTime = 0;
/** Bit 11: names are UTF-8 (the site's paths may hold Chinese). */
const utf8Names = 0x0800;

function record(signature: number, length: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  return { bytes, view };
}

/** Entry sizes stay 32-bit: each file is read whole into memory, and none of a site comes near 4 GB. */
function checkSizes(e: ZipEntry): void {
  if (e.size >= u32Max || e.compressedSize >= u32Max) throw new Error(`zip entry too large (${e.size} bytes): ${new TextDecoder().decode(e.name)}`);
}

/** The local header (30 bytes and the name) that precedes an entry's data. */
export function localHeader(e: Omit<ZipEntry, 'offset'>): Uint8Array {
  checkSizes({ ...e, offset: 0 });
  const { bytes, view } = record(0x04034b50, 30 + e.name.length);
  view.setUint16(4, 20, true); // version needed: deflate
  view.setUint16(6, utf8Names, true);
  view.setUint16(8, e.method, true);
  view.setUint16(10, fixedDosTime, true);
  view.setUint16(12, fixedDosDate, true);
  view.setUint32(14, e.crc, true);
  view.setUint32(18, e.compressedSize, true);
  view.setUint32(22, e.size, true);
  view.setUint16(26, e.name.length, true);
  bytes.set(e.name, 30);
  return bytes;
}

/** The entry's central directory record; past 4 GB its offset moves into a zip64 extra field. */
export function centralRecord(e: ZipEntry): Uint8Array {
  checkSizes(e);
  const zip64 = e.offset >= u32Max;
  const extra = zip64 ? 12 : 0;
  const { bytes, view } = record(0x02014b50, 46 + e.name.length + extra);
  view.setUint16(4, zip64 ? 45 : 20, true); // version made by (MS-DOS attributes)
  view.setUint16(6, zip64 ? 45 : 20, true); // version needed
  view.setUint16(8, utf8Names, true);
  view.setUint16(10, e.method, true);
  view.setUint16(12, fixedDosTime, true);
  view.setUint16(14, fixedDosDate, true);
  view.setUint32(16, e.crc, true);
  view.setUint32(20, e.compressedSize, true);
  view.setUint32(24, e.size, true);
  view.setUint16(28, e.name.length, true);
  view.setUint16(30, extra, true);
  view.setUint32(42, zip64 ? u32Max : e.offset, true);
  bytes.set(e.name, 46);
  if (zip64) {
    const at = 46 + e.name.length;
    view.setUint16(at, 0x0001, true);
    view.setUint16(at + 2, 8, true);
    view.setBigUint64(at + 4, BigInt(e.offset), true);
  }
  return bytes;
}

/**
 * What follows the central directory: the end of central directory record, preceded by the zip64
 * end record and its locator when the count, the directory's size or its offset do not fit.
 */
export function endRecords(count: number, directoryOffset: number, directorySize: number): Uint8Array {
  const zip64 = count >= u16Max || directoryOffset >= u32Max || directorySize >= u32Max;
  const end = record(0x06054b50, 22);
  end.view.setUint16(8, Math.min(count, u16Max), true);
  end.view.setUint16(10, Math.min(count, u16Max), true);
  end.view.setUint32(12, Math.min(directorySize, u32Max), true);
  end.view.setUint32(16, Math.min(directoryOffset, u32Max), true);
  if (!zip64) return end.bytes;
  const end64 = record(0x06064b50, 56);
  end64.view.setBigUint64(4, 44n, true); // size of the rest of this record
  end64.view.setUint16(12, 45, true);
  end64.view.setUint16(14, 45, true);
  end64.view.setBigUint64(24, BigInt(count), true);
  end64.view.setBigUint64(32, BigInt(count), true);
  end64.view.setBigUint64(40, BigInt(directorySize), true);
  end64.view.setBigUint64(48, BigInt(directoryOffset), true);
  const locator = record(0x07064b50, 20);
  locator.view.setBigUint64(8, BigInt(directoryOffset + directorySize), true);
  locator.view.setUint32(16, 1, true); // total number of disks
  const all = new Uint8Array(56 + 20 + 22);
  all.set(end64.bytes, 0);
  all.set(locator.bytes, 56);
  all.set(end.bytes, 76);
  return all;
}
