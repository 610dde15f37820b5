import { describe, expect, test } from 'vitest';
import { chainEnds, chainStarts } from '../../src/search/engine/chain.ts';
import { bigramsOf, linksOf, piecesToAsk, termToPieces } from '../../src/search/engine/pieces.ts';
import { commonBigramsOf, commonRankOf } from '../../src/search/engine/common-bigrams.ts';

const links = (...pairs: [string, number][]) => pairs.map(([bigram, offset]) => ({ bigram, offset }));

describe('termToPieces', () => {
  test('a Han run becomes up to four of its bigrams, spread over it', () => {
    expect(bigramsOf('组织生活会')).toEqual(['组织', '织生', '生活', '活会']);
    expect(termToPieces('组织生活会')).toEqual({ chains: [links(['组织', 0], ['织生', 1], ['生活', 2], ['活会', 3])], words: [], fallback: [], pinned: true });
    expect(linksOf('民主评议党员')).toEqual(links(['民主', 0], ['主评', 1], ['议党', 3], ['党员', 4]));
    expect(termToPieces('民主评议党员').pinned).toBe(false);
    expect(linksOf('党建')).toEqual(links(['党建', 0]));
  });
  test('common bigrams are skipped when the run has rarer ones', () => {
    const common = commonRankOf('党建工作组织');
    expect(linksOf('党建工作', common)).toEqual(links(['建工', 1]));
    expect(linksOf('组织生活会', common)).toEqual(links(['织生', 1], ['生活', 2], ['活会', 3]));
    // All common: the least common one.
    expect(linksOf('党建工作', commonRankOf('党建工作建工'))).toEqual(links(['建工', 1]));
    expect(linksOf('组织党建', commonRankOf('党建织党组织'))).toEqual(links(['组织', 0]));
  });
  test('commonBigramsOf: bigrams in at least a share of the texts, most common first', () => {
    const texts = ['加强党建工作', '党建工作要点', '做好党建', '组织生活'];
    expect(commonBigramsOf(texts, 0.5)).toEqual(['党建', '工作', '建工']);
  });
  test('letters and digits inside the term are whole words; at its ends, or a lone Han character, they are not', () => {
    expect(termToPieces('年4月')).toEqual({ chains: [], words: ['4'], fallback: ['年', '月'], pinned: false });
    expect(termToPieces('2019年')).toEqual({ chains: [], words: [], fallback: ['2019', '年'], pinned: false });
    expect(termToPieces('〔2019〕22号')).toEqual({ chains: [], words: ['2019', '22'], fallback: ['号'], pinned: false });
    expect(termToPieces('一级抓一级、层').fallback).toEqual(['层']);
  });
  test('letters after a joiner may sit inside one word: not safe', () => {
    expect(termToPieces('covid-19')).toEqual({ chains: [], words: [], fallback: ['covid', '19'], pinned: false });
  });
  test('punctuation plays no part; several Han runs give several chains', () => {
    expect(termToPieces('“三会一课”制度')).toEqual({ chains: [links(['三会', 0], ['会一', 1], ['一课', 2]), links(['制度', 0])], words: [], fallback: [], pinned: false });
    expect(termToPieces('三会一课').pinned).toBe(true);
  });
  test('piecesToAsk: safe pieces, else the fallback, else nothing', () => {
    expect(piecesToAsk(termToPieces('组织 生活'))).toEqual(['组织', '生活']);
    expect(piecesToAsk(termToPieces('党'))).toEqual(['党']);
    expect(piecesToAsk(termToPieces('，。'))).toEqual([]);
  });
});

describe('chains', () => {
  // 组织生活会 as words 组织|生活|会 at 10..12: bigrams 组织 织生 生活 活会 at 10 10 11 11.
  const every = links(['组织', 0], ['织生', 1], ['生活', 2], ['活会', 3]);
  const phrase = [[10, 30], [10], [11, 40], [11]];
  test('bigrams at the same or the next position make a chain', () => {
    expect(chainEnds(every, phrase)).toEqual([11]);
    expect(chainStarts(every, phrase)).toEqual([10]);
  });
  test('bigrams d characters apart may be up to d positions apart, no more', () => {
    const cover = links(['组织', 0], ['生活', 2], ['活会', 3]);
    expect(chainEnds(cover, [[10, 30], [11, 40], [11]])).toEqual([11]);
    expect(chainEnds(cover, [[10], [13], [13]])).toEqual([]);
    expect(chainEnds(links(['a', 0], ['b', 2]), [[10], [12]])).toEqual([12]);
  });
  test('bigrams far apart or in the wrong order do not', () => {
    expect(chainEnds(links(['a', 0], ['b', 1]), [[1], [5]])).toEqual([]);
    expect(chainEnds(links(['a', 0], ['b', 1]), [[1, 9], [3, 7]])).toEqual([]);
    expect(chainEnds(links(['a', 0], ['b', 1]), [[5], [4]])).toEqual([]);
  });
  test('every occurrence is counted', () => {
    const three = links(['a', 0], ['b', 1], ['c', 2]);
    expect(chainEnds(three, [[1, 20], [2, 20], [2, 21]])).toEqual([2, 21]);
    expect(chainStarts(three, [[1, 20], [2, 20], [2, 21]])).toEqual([1, 20]);
  });
});
