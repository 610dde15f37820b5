import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedReader, readerFingerprint } from '../../scripts/split/read-cache.ts';
import type { ReadResult } from '../../src/split/read/reader.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A reader that says what it read and counts its calls. */
function countingReader(result: (bytes: Uint8Array) => ReadResult) {
  const calls: string[] = [];
  const read = async (bytes: Uint8Array, name: string) => {
    calls.push(name);
    return result(bytes);
  };
  return { read, calls };
}
const pdf = (bytes: Uint8Array): ReadResult => ({ ok: true, format: 'pdf', text: `读出 ${bytes.length} 字节` });
const bytes = (s: string) => new TextEncoder().encode(s);

describe('the read cache', () => {
  it('reads a Word or PDF file once: the same bytes again, under any name, come from the cache', async () => {
    const dir = tempDir();
    const { read, calls } = countingReader(pdf);
    const cached = cachedReader(read, dir, 'f1');
    expect(await cached(bytes('%PDF-1.7 a'), 'a.pdf')).toEqual({ ok: true, format: 'pdf', text: '读出 10 字节' });
    expect(await cached(bytes('%PDF-1.7 a'), '改名.pdf')).toEqual({ ok: true, format: 'pdf', text: '读出 10 字节' });
    expect(calls).toEqual(['a.pdf']);
    expect(cached.hits()).toBe(1);
    // A later run (a new reader over the same folder) finds it too.
    const again = countingReader(pdf);
    await cachedReader(again.read, dir, 'f1')(bytes('%PDF-1.7 a'), 'a.pdf');
    expect(again.calls).toEqual([]);
  });

  it('reads again when the bytes or the readers changed', async () => {
    const dir = tempDir();
    const { read, calls } = countingReader(pdf);
    await cachedReader(read, dir, 'f1')(bytes('%PDF-1.7 a'), 'a.pdf');
    await cachedReader(read, dir, 'f1')(bytes('%PDF-1.7 b'), 'a.pdf');
    await cachedReader(read, dir, 'f2')(bytes('%PDF-1.7 a'), 'a.pdf');
    expect(calls).toEqual(['a.pdf', 'a.pdf', 'a.pdf']);
  });

  it('keeps neither text files nor failures, and reads over an entry that does not parse', async () => {
    const dir = tempDir();
    const txt = countingReader((b) => ({ ok: true, format: 'txt', text: new TextDecoder().decode(b) }));
    const failing = countingReader(() => ({ ok: false, id: 'scanned-pdf', reason: '没有文字层' }));
    await cachedReader(txt.read, dir, 'f1')(bytes('正文'), 'a.txt');
    await cachedReader(failing.read, dir, 'f1')(bytes('%PDF scan'), 'scan.pdf');
    expect(readdirSync(dir)).toEqual([]);
    const { read, calls } = countingReader(pdf);
    const cached = cachedReader(read, dir, 'f1');
    await cached(bytes('%PDF-1.7 a'), 'a.pdf');
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), '{"format":"pdf","te');
    expect(await cached(bytes('%PDF-1.7 a'), 'a.pdf')).toEqual({ ok: true, format: 'pdf', text: '读出 10 字节' });
    expect(calls).toEqual(['a.pdf', 'a.pdf']);
  });

  it('fingerprints the readers by their code', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.ts'), 'export const a = 1;');
    const before = readerFingerprint(dir + '/');
    expect(readerFingerprint(dir + '/')).toBe(before);
    writeFileSync(join(dir, 'a.ts'), 'export const a = 2;');
    expect(readerFingerprint(dir + '/')).not.toBe(before);
  });
});
