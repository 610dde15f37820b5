import { describe, expect, it } from 'vitest';
import { generateCorpus, generateDocument, maxBytes, minBytes, utf8Bytes } from '../../scripts/bench/corpus.ts';
import { chineseNumeral, circledNumeral } from '../../scripts/bench/corpus-numbering.ts';
import { mulberry32, seedFor } from '../../scripts/bench/random.ts';

const corpus = generateCorpus(100);
const docNumberPattern = /[\u4e00-\u9fff]+〔\d{4}〕\d+号/;

function countMatching(pattern: RegExp): number {
  return corpus.filter((file) => pattern.test(file.text)).length;
}

describe('random', () => {
  it('is mulberry32: pinned values, so corpora stay byte-identical across releases', () => {
    const random = mulberry32(42);
    expect([random(), random(), random()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it('gives each document its own seed', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => seedFor(1, i)));
    expect(seeds.size).toBe(1000);
  });
});

describe('numbering', () => {
  it('writes Chinese and circled numerals', () => {
    expect([1, 10, 12, 20, 35, 99].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '三十五', '九十九']);
    expect([1, 3, 20].map(circledNumeral)).toEqual(['①', '③', '⑳']);
    expect(() => chineseNumeral(100)).toThrow(/100 is outside/);
  });
});

describe('generateCorpus: determinism', () => {
  it('returns byte-identical files for the same n and seed', () => {
    expect(generateCorpus(100)).toEqual(corpus);
  });

  it('makes document i independent of n, so a small corpus is a prefix of a large one', () => {
    expect(generateCorpus(10)).toEqual(corpus.slice(0, 10));
    expect(generateDocument(42)).toEqual(corpus[42]);
  });

  it('changes with the seed', () => {
    expect(generateCorpus(3, 7)).not.toEqual(corpus.slice(0, 3));
  });

  it('rejects a bad n, quoting it', () => {
    expect(() => generateCorpus(0)).toThrow(/got 0/);
  });
});

describe('generateCorpus: shape', () => {
  it('keeps every document between 3 and 20 KB of UTF-8', () => {
    for (const file of corpus) {
      const bytes = utf8Bytes(file.text);
      expect(bytes, file.name).toBeGreaterThanOrEqual(minBytes);
      expect(bytes, file.name).toBeLessThanOrEqual(maxBytes);
      expect(bytes).toBe(Buffer.byteLength(file.text));
    }
  });

  it('spreads sizes over the range rather than bunching them', () => {
    const sizes = corpus.map((file) => utf8Bytes(file.text));
    expect(sizes.filter((size) => size < 8 * 1024).length).toBeGreaterThan(15);
    expect(sizes.filter((size) => size > 14 * 1024).length).toBeGreaterThan(15);
  });

  it('gives every document a distinct 发文字号, title and file name (1,000 documents)', () => {
    const large = generateCorpus(1000);
    const numbers = large.map((file) => file.text.match(docNumberPattern)?.[0]);
    expect(numbers.every(Boolean)).toBe(true);
    expect(new Set(numbers).size).toBe(large.length);
    // Year and serial alone are distinct too, so ids from a lossy transliteration of the issuer
    // abbreviation (河 and 华 are both h) cannot collide.
    const yearSerial = numbers.map((number) => number!.match(/〔(\d{4})〕(\d+)号/)!.slice(1).join('-'));
    expect(new Set(yearSerial).size).toBe(large.length);
    const titles = large.map((file) => file.name.replace(/^\d+-/, ''));
    expect(new Set(titles).size).toBe(large.length);
    expect(large.every((file) => /^\d{5}-[^/]+\.txt$/.test(file.name))).toBe(true);
  });

  it('has a signature date on every document', () => {
    expect(countMatching(/\n\s*\d{4}年\d{1,2}月\d{1,2}日\s*\n/)).toBe(corpus.length);
  });
});

describe('generateCorpus: coverage across 100 documents', () => {
  const features: [string, RegExp][] = [
    ['一、', /^[一二三四五六七八九十]+、/m],
    ['（一）', /^（[一二三四五六七八九十]+）/m],
    ['1.', /^\d+\.\s?[^\d\s]/m],
    ['1、', /^\d+、/m],
    ['（1）', /^（\d+）/m],
    ['①', /^[①-⑳]/m],
    ['——', /^——/m],
    ['**bold lead。**', /^\d+\. \*\*[^*\n]+。\*\*/m],
    ['【…负责】', /【[^】\n]+负责】/],
    ['（牵头单位：…；配合单位：…）', /（牵头单位：[^；）\n]+；配合单位：[^）\n]+）/],
    ['task table, tabs', /^序号\t重点任务\t具体措施\t完成时限\t牵头单位\t配合单位$/m],
    ['task table, pipes', /^序号 \| 重点任务 \| 具体措施 \| 完成时限 \| 牵头单位 \| 配合单位$/m],
    ['9月底前-style date', /\d{1,2}月底前/],
    ['year span', /\d{4}年—\d{4}年/],
    ['每月', /每月/],
    ['每季度', /每季度/],
    ['每半年', /每半年/],
    ['每年至少2次', /每年至少2次/],
    ['任期届满前N个月', /任期届满前\d个月/],
    ['文件 masthead', /^\S+文件$/m],
    ['主送', /^[^\n：]{4,60}：$/m],
    ['关于印发 cover', /关于印发《/],
  ];

  it.each(features)('contains %s', (_, pattern) => {
    expect(countMatching(pattern)).toBeGreaterThan(0);
  });

  it('uses every outline style in at least 10 documents', () => {
    for (const [name, pattern] of features.slice(0, 8)) expect(countMatching(pattern), name).toBeGreaterThanOrEqual(10);
  });
});
