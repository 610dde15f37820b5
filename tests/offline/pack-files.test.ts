/**
 * The zip's worker pool: entries come back in the order asked, whichever worker packed them, and a
 * file that cannot be read fails the whole run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineZipFolder } from '../../src/offline/files.ts';
import { packFiles } from '../../scripts/offline/pack-files.ts';

describe('packFiles', () => {
  let dist: string;
  // 200 files: seven batches over two workers; every tenth is large, so workers finish out of turn.
  const files = Array.from({ length: 200 }, (_, i) => `p/${String(i).padStart(3, '0')}.txt`);
  const text = (i: number) => `第${i}条。`.repeat(i % 10 === 0 ? 200_000 : 1 + i);

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'pack-files-'));
    mkdirSync(join(dist, 'p'));
    files.forEach((file, i) => writeFileSync(join(dist, file), text(i)));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('hands back every file in the order given, with its bytes', async () => {
    const names: string[] = [];
    for await (const packed of packFiles(dist, files, 2)) {
      const i = names.length;
      names.push(packed.name);
      const raw = packed.method === 8 ? inflateRawSync(packed.data) : Buffer.from(packed.data);
      expect(raw.toString()).toBe(text(i));
      expect(packed.size).toBe(Buffer.byteLength(text(i)));
    }
    expect(names).toEqual(files.map((f) => `${offlineZipFolder}/${f}`));
  });

  it('fails when a file cannot be read', async () => {
    const run = async () => {
      for await (const _ of packFiles(dist, [...files.slice(0, 40), 'p/missing.txt', ...files.slice(40)], 2));
    };
    await expect(run()).rejects.toThrow(/ENOENT.*missing\.txt/);
  });
});
