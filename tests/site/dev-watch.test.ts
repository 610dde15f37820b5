import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import config from '../../astro.config.mjs';

// `npm run dev` after `npm run bench` failed: the dev server watched .bench/ (whole built sites,
// 90,000 files at 3,000 documents), ran out of the system's file watchers and never answered.
describe('the dev server does not watch build output', () => {
  const ignored = (config.vite?.server?.watch?.ignored ?? []) as string[];
  const isIgnored = picomatch(ignored);

  it('ignores the benchmark work folder and dist/', () => {
    expect(isIgnored('/work/main/.bench/3000/dist/measures/x/index.html')).toBe(true);
    expect(isIgnored('/work/main/dist/pagefind/fragment/a.pf_fragment')).toBe(true);
  });

  it('still watches the sources and the collections', () => {
    expect(isIgnored('/work/main/src/pages/index.astro')).toBe(false);
    expect(isIgnored('/work/main/content/collections/documents/a.mdx')).toBe(false);
  });
});
