import { describe, expect, test } from 'vitest';
import { foldText } from '../../src/search/engine/normalise.ts';
import { parseQuery, splitQuery, termsToQuery } from '../../src/search/engine/query.ts';

const texts = (q: string) => parseQuery(q).map((t) => t.text);

describe('foldText', () => {
  test('full-width letters, digits and punctuation fold to ASCII; upper to lower case; length kept', () => {
    const s = 'ＡＢＣ１２３（一）　Ｘ';
    expect(foldText(s)).toBe('abc123(一) x');
    expect(foldText(s)).toHaveLength(s.length);
  });
  test('Chinese punctuation outside the full-width block stays', () => {
    expect(foldText('“三会一课”、。')).toBe('“三会一课”、。');
  });
});

describe('parseQuery', () => {
  test('words separated by spaces (ASCII or ideographic) are separate terms', () => {
    expect(texts('组织生活会 三会一课　主题党日')).toEqual(['组织生活会', '三会一课', '主题党日']);
  });
  test('quoted text is one term, spaces kept; every kind of quote a phone types', () => {
    expect(parseQuery('"三会 一课"')).toEqual([{ text: '三会 一课', typed: '三会 一课', quoted: true }]);
    expect(texts('＂三会一课＂ “组织 生活” 「主题党日」 『党建』')).toEqual(['三会一课', '组织 生活', '主题党日', '党建']);
  });
  test('an unclosed quote runs to the end; the same curly quote twice closes', () => {
    expect(texts('党建 "三会 一课')).toEqual(['党建', '三会 一课']);
    expect(texts('”三会一课” 党建')).toEqual(['三会一课', '党建']);
  });
  test('terms are folded, deduplicated, empty ones dropped', () => {
    expect(texts('  ＡＢ  ab "" “ ”  ')).toEqual(['ab']);
  });
  test('a simplifier applies to the folded text; typed keeps the spelling', () => {
    const terms = parseQuery('組織生活', (t) => t.replace('組織', '组织'));
    expect(terms).toEqual([{ text: '组织生活', typed: '組織生活', quoted: false }]);
  });
  test('splitQuery keeps reading order', () => {
    expect(splitQuery('a "b c" d')).toEqual([
      { typed: 'a', quoted: false },
      { typed: 'b c', quoted: true },
      { typed: 'd', quoted: false },
    ]);
  });
  test('termsToQuery writes a query that parses back to the same terms', () => {
    const q = termsToQuery(parseQuery('组织 "三会 一课"'));
    expect(q).toBe('组织 "三会 一课"');
    expect(texts(q)).toEqual(['组织', '三会 一课']);
  });
});
