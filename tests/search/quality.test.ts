/**
 * Search quality on a built site: samples substrings of 2–8 characters from the documents' own
 * text (as indexed) and searches for each with the real engine over the real Pagefind index
 * (in Node, tests/support/node-pagefind.ts — the code the browser runs). Checks that
 *   - recall: every document containing the string is found (every page of results) — required
 *     for strings with two or more Chinese characters in a row, reported for all (a lone
 *     character or a number cut at the string's end may be missed: pieces.ts);
 *   - precision: every result really contains it, and every measure listed under a result shows
 *     it in its excerpt (the excerpt is cut from the measure's own text).
 * Prints recall and precision. Samples with whitespace or quote marks are skipped (quotes are
 * query syntax). Deterministic: a fixed seed.
 *
 * Env: SEARCH_QUALITY_DIST (else POLICY_DIST, else dist), SEARCH_QUALITY_SAMPLES (default 120),
 * SEARCH_QUALITY_REPORT (write the numbers there as JSON). Skips without a built index.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commonRankOf } from '../../src/search/engine/common-bigrams.ts';
import { foldText } from '../../src/search/engine/normalise.ts';
import { parseQuery } from '../../src/search/engine/query.ts';
import { SearchSession } from '../../src/search/engine/session.ts';
import { openPagefind, type NodeSearch } from '../support/node-pagefind.ts';
import { readIndexedPages, type IndexedPage } from '../support/pagefind-pages.ts';

const dist = resolve(process.env.SEARCH_QUALITY_DIST || process.env.POLICY_DIST || 'dist');
const sampleCount = Number(process.env.SEARCH_QUALITY_SAMPLES || 120);
const why = existsSync(join(dist, 'pagefind', 'pagefind.js')) ? null : `no ${dist}/pagefind — run \`npm run build\` first`;
if (why) console.warn(`[quality.test] skipped: ${why}`);

/** mulberry32: the same samples every run. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const skipped = /[\s\u2029"“”「」『』＂]/;
/** The guarantee covers strings with two or more Chinese characters in a row. */
const chinese = (s: string) => /\p{Script=Han}{2,}/u.test(s);

/** Substrings of 2–8 characters at random places of random documents. */
export function sampleStrings(docs: readonly IndexedPage[], n: number, seed = 20190424): string[] {
  const rand = random(seed);
  const out = new Set<string>();
  for (let tries = 0; out.size < n && tries < n * 50; tries++) {
    const doc = docs[Math.floor(rand() * docs.length)]!;
    const chars = [...doc.text];
    const length = 2 + Math.floor(rand() * 7);
    const at = Math.floor(rand() * Math.max(1, chars.length - length));
    const s = chars.slice(at, at + length).join('');
    if ([...s].length === length && !skipped.test(s)) out.add(s);
  }
  return [...out];
}

interface Tally {
  samples: number;
  expected: number;
  found: number;
  results: number;
  correct: number;
}
const tally = (): Tally => ({ samples: 0, expected: 0, found: 0, results: 0, correct: 0 });

describe.skipIf(why !== null)('search quality on the built index', () => {
  let search: NodeSearch;
  let pages: IndexedPage[];
  // Reading 10,000 built pages and opening four index shards takes longer than a hook's default 10 s.
  beforeAll(async () => {
    pages = readIndexedPages(dist);
    search = await openPagefind(dist);
  }, 600_000);
  afterAll(async () => {
    await search?.close();
  });

  test('every document containing a sampled string is found, and every result contains it', async () => {
    // Only document pages are indexed (measure pages are not: their text is their document's).
    const docs = pages;
    expect(docs.every((p) => p.url.startsWith('/documents/'))).toBe(true);
    expect(docs.length).toBeGreaterThan(0);
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
    const commonRank = commonRankOf(html.match(/data-common="([^"]*)"/)?.[1] ?? '');
    const probes = ['组织生活会', '民主评议党员', '三会一课', '届换'];
    const samples = [...probes, ...sampleStrings(docs, sampleCount)];
    const han = tally();
    const other = tally();
    const misses: string[] = [];
    const wrong: string[] = [];
    const started = performance.now();
    for (const s of samples) {
      const t = chinese(s) ? han : other;
      t.samples++;
      const folded = foldText(s);
      const expected = docs.filter((d) => d.folded.includes(folded)).map((d) => d.url);
      const terms = parseQuery(s);
      expect(terms.map((x) => x.text)).toEqual([folded]);
      const session = await SearchSession.start(search.retriever, terms, {}, { commonRank });
      const results = await session.rest();
      const found = new Set(results.map((r) => r.url));
      t.expected += expected.length;
      for (const url of expected) {
        if (found.has(url)) t.found++;
        else misses.push(`${s} → ${url}`);
      }
      for (const url of found) {
        t.results++;
        if (byUrl.get(url)?.folded.includes(folded)) t.correct++;
        else wrong.push(`${s} → ${url}`);
      }
      for (const m of results.flatMap((r) => r.measures)) {
        t.results++;
        if (m.excerpt.some((seg) => seg.hit && foldText(seg.text) === folded)) t.correct++;
        else wrong.push(`${s} → ${m.url}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
    const report = {
      dist,
      pages: pages.length,
      documents: docs.length,
      seconds: Math.round(seconds),
      chinese: { ...han, recall: ratio(han.found, han.expected), precision: ratio(han.correct, han.results) },
      other: { ...other, recall: ratio(other.found, other.expected), precision: ratio(other.correct, other.results) },
      misses: misses.slice(0, 20),
      wrong: wrong.slice(0, 20),
    };
    console.log(
      `[quality.test] ${docs.length} documents, ${samples.length} strings in ${seconds.toFixed(0)} s — ` +
        `with ≥2 Chinese characters in a row: ${han.samples} strings, recall ${(report.chinese.recall * 100).toFixed(2)}% (${han.found}/${han.expected}), ` +
        `precision ${(report.chinese.precision * 100).toFixed(2)}% (${han.correct}/${han.results}); ` +
        `other strings: ${other.samples}, recall ${(report.other.recall * 100).toFixed(2)}% (${other.found}/${other.expected}), ` +
        `precision ${(report.other.precision * 100).toFixed(2)}% (${other.correct}/${other.results})`,
    );
    if (process.env.SEARCH_QUALITY_REPORT) writeFileSync(process.env.SEARCH_QUALITY_REPORT, JSON.stringify(report, null, 2));
    expect(wrong).toEqual([]);
    expect(misses.filter((m) => chinese(m.split(' → ')[0]!))).toEqual([]);
  }, 900_000);
});
