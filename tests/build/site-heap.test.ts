import { describe, expect, it } from 'vitest';
import { siteBuildEnv, siteHeapMb } from '../../scripts/build/site-heap.ts';

describe('siteHeapMb', () => {
  it("gives one build of a whole library Node's own 4 GB, a megabyte a document past that, where 10,000 documents ran out at 4 GB", () => {
    expect([0, 1_000, 4_096, 10_000].map((n) => siteHeapMb('whole', n))).toEqual([4096, 4096, 4096, 10_000]);
  });

  it('gives a documents part a megabyte a document, at least 512 MB', () => {
    expect([4, 500, 2_000].map((n) => siteHeapMb('documents', n))).toEqual([512, 512, 2_000]);
  });

  it('gives the library part 512 MB and 0.2 MB a document: about twice what it keeps alive', () => {
    expect([0, 1_000, 3_000, 10_000].map((n) => siteHeapMb('library', n))).toEqual([512, 712, 1_112, 2_512]);
  });
});

describe('siteBuildEnv', () => {
  it('has the bundler give freed memory back at once, unless the caller said otherwise', () => {
    expect(siteBuildEnv({})).toEqual({ MIMALLOC_PURGE_DELAY: '0' });
    expect(siteBuildEnv({ MIMALLOC_PURGE_DELAY: '10' })).toEqual({ MIMALLOC_PURGE_DELAY: '10' });
  });
});
