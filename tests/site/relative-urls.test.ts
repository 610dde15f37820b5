import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeUrl } from '../../src/site/relative-urls.ts';

/** Every site path of up to three segments from a small alphabet, as folder and as file. */
function paths(): string[] {
  const out = ['/'];
  let level = [''];
  for (let depth = 1; depth <= 3; depth++) {
    level = level.flatMap((p) => ['a', 'b', 'index.html'].map((s) => `${p}/${s}`));
    for (const p of level) out.push(p, `${p}/`);
  }
  return out;
}

describe('relativeUrl', () => {
  it('gives what posix.relative gives for every pair of site paths', () => {
    const all = paths();
    const wrong: string[] = [];
    for (const from of all) {
      for (const to of all) {
        const file = to.endsWith('/') ? `${to}index.html` : to;
        const fromDir = from.endsWith('/') ? from : `${posix.dirname(from)}/`.replace('//', '/');
        const expected = posix.relative(fromDir, file) || 'index.html';
        if (relativeUrl(from, to) !== expected) wrong.push(`${from} → ${to}: ${relativeUrl(from, to)}, not ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the query and the hash, and resolves dot segments', () => {
    expect(relativeUrl('/measures/x/', '/search/?q=党建#top')).toBe('../../search/index.html?q=党建#top');
    expect(relativeUrl('/a/b/', '/a/./c/../d/')).toBe('../d/index.html');
  });
});
