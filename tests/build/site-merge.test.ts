/** Merging a built documents part into the site (scripts/build/site-merge.ts). */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeDocumentsPart } from '../../scripts/build/site-merge.ts';
import { wholeNumberFrom } from '../../scripts/build/whole-number.ts';
import { sitePartOf } from '../../src/site/site-part.ts';

const put = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

describe('mergeDocumentsPart', () => {
  let root: string;
  let part: string;
  let dist: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'site-merge-'));
    part = join(root, 'part');
    dist = join(root, 'dist');
    put(join(part, 'documents/a/index.html'), 'doc a');
    put(join(part, 'measures/a-1/index.html'), 'measure a-1');
    put(join(part, 'index.html'), 'a home page of the part’s share only');
    put(join(part, 'units/index.html'), 'no units');
    put(join(part, '_astro/doc.AAA.css'), 'part css');
    put(join(part, '_astro/common.BBB.css'), 'same css');
    put(join(dist, 'index.html'), 'home');
    put(join(dist, 'documents/index.html'), 'list');
    put(join(dist, '_astro/common.BBB.css'), 'same css');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('moves in its documents’ and measures’ pages and the assets the site lacks, nothing else', () => {
    mergeDocumentsPart(part, dist, { documentIds: ['a'], measureIds: ['a-1'] });
    expect(readdirSync(dist, { recursive: true }).map(String).sort()).toEqual([
      '_astro', '_astro/common.BBB.css', '_astro/doc.AAA.css', 'documents', 'documents/a', 'documents/a/index.html', 'documents/index.html', 'index.html', 'measures', 'measures/a-1', 'measures/a-1/index.html',
    ]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('home');
    expect(readFileSync(join(dist, 'documents/a/index.html'), 'utf8')).toBe('doc a');
  });

  it('refuses a page the part did not render, and a page the site already has', () => {
    expect(() => mergeDocumentsPart(part, dist, { documentIds: ['a', 'b'], measureIds: [] })).toThrow(/documents\/b/);
    put(join(dist, 'measures/a-1/index.html'), 'rendered elsewhere');
    expect(() => mergeDocumentsPart(part, dist, { documentIds: [], measureIds: ['a-1'] })).toThrow(/rendered twice/);
  });
});

describe('settings', () => {
  it('reads counts as whole numbers from one, empty as the default', () => {
    expect([undefined, '', '7'].map((v) => wholeNumberFrom('X', v, 500))).toEqual([500, 500, 7]);
    for (const bad of ['0', '-2', '2.5', 'many']) expect(() => wholeNumberFrom('X', bad, 1)).toThrow(/X: expected a whole number/);
  });

  it('knows the three parts, unset being a whole build', () => {
    expect([undefined, '', 'whole', 'documents', 'library'].map(sitePartOf)).toEqual(['whole', 'whole', 'whole', 'documents', 'library']);
    expect(() => sitePartOf('pages')).toThrow(/POLICY_SITE_PART/);
  });
});
