import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distStats } from '../../scripts/bench/dist-stats.ts';

const dist = mkdtempSync(join(tmpdir(), 'dist-stats-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const put = (path: string, bytes: number) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), 'x'.repeat(bytes));
};
put('index.html', 300);
put('documents/a/index.html', 5000);
put('measures/a-1/index.html', 900);
put('measures/a-2/index.html', 1100);
put('units/u/index.html', 700);
put('units/u/2/index.html', 800);
put('pagefind/pagefind-ui.html', 9000);
put('_offline/pagefind/x.js', 40);
put('offline-search.js', 10);

describe('what the build left in dist/', () => {
  const stats = distStats(dist)!;

  it('counts pages without Pagefind own files and sorts out page kinds', () => {
    expect(stats.pages).toBe(6);
    expect(stats.documentPageBytes).toEqual([5000]);
    expect([...stats.measurePageBytes].sort((a, b) => a - b)).toEqual([900, 1100]);
  });

  it('names the largest page that is neither a document nor a measure', () => {
    expect(stats.largestOtherPage).toEqual({ path: 'units/u/2/index.html', bytes: 800 });
  });

  it('measures the index and the offline search data', () => {
    expect(stats.pagefindBytes).toBe(9000);
    expect(stats.offlineBytes).toBe(50);
    expect(distStats(join(dist, 'missing'))).toBeNull();
  });
});
