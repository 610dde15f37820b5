import { describe, expect, it } from 'vitest';
import { siteHeapMb } from '../../scripts/build/site-heap.ts';

describe('siteHeapMb', () => {
  it("never goes under Node's own 4 GB", () => {
    expect([0, 1_000, 4_096].map(siteHeapMb)).toEqual([4096, 4096, 4096]);
  });

  it('grows a megabyte a document past that, where 10,000 documents ran out at 4 GB', () => {
    expect(siteHeapMb(10_000)).toBe(10_000);
  });
});
