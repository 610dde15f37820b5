/**
 * The pure decisions of the search page (src/search/browser/page-controller.ts), without a
 * browser: what the address and title say, whether a search runs at all, how a query becomes
 * terms, when related results are looked for and what the more button says.
 */
import { describe, expect, test } from 'vitest';
import { isBlankSearch, stateToAddress } from '../../src/search/engine/params.ts';
import { queryToTerms } from '../../src/search/engine/query.ts';
import { moreLabel, pageSize, relatedBelow, searchTitle, wantsRelated } from '../../src/search/browser/page-form.ts';

/** Two Traditional characters are enough to see simplification happen. */
const simplify = (text: string) => text.replace(/組/g, '组').replace(/織/g, '织');

describe('a search in the address and the title', () => {
  test('the address carries q and the filters; nothing asked is the bare path', () => {
    expect(stateToAddress('/search/', { query: ' 党建 ', filters: { kind: ['measure'] } })).toBe('/search/?q=%E5%85%9A%E5%BB%BA&kind=measure');
    expect(stateToAddress('/policy/search/', { query: '  ', filters: {} })).toBe('/policy/search/');
  });
  test('the title leads with the query, trimmed', () => {
    expect(searchTitle({ query: ' 三会一课 ', filters: {} })).toBe('三会一课 · 搜索 · 政策知识站');
    expect(searchTitle({ query: '', filters: { kind: ['unit'] } })).toBe('搜索 · 政策知识站');
  });
});

describe('whether a search runs', () => {
  test('blank: no words and no filters; filters alone are a search', () => {
    expect(isBlankSearch({ query: ' \u3000', filters: {} })).toBe(true);
    expect(isBlankSearch({ query: '', filters: { kind: [] } })).toBe(true);
    expect(isBlankSearch({ query: '', filters: { kind: ['unit'] } })).toBe(false);
    expect(isBlankSearch({ query: '党建', filters: {} })).toBe(false);
  });
});

describe('queryToTerms', () => {
  test('says simplified only when simplifying changed a term', () => {
    const traditional = queryToTerms('組織生活 党建', simplify);
    expect(traditional.terms.map((t) => t.text)).toEqual(['组织生活', '党建']);
    expect(traditional.terms[0]!.typed).toBe('組織生活');
    expect(traditional.simplified).toBe(true);
    expect(queryToTerms('组织生活', simplify).simplified).toBe(false);
    expect(queryToTerms('組織生活').simplified).toBe(false);
  });
});

describe('related results and the more button', () => {
  test('related results are looked for when words were typed and exact results are few', () => {
    const terms = queryToTerms('党建').terms;
    expect(wantsRelated(terms, relatedBelow - 1)).toBe(true);
    expect(wantsRelated(terms, relatedBelow)).toBe(false);
    expect(wantsRelated([], 0)).toBe(false);
  });
  test('a short page before the end invites 继续查找; otherwise 显示更多结果', () => {
    expect(moreLabel(pageSize - 3, false)).toBe('继续查找');
    expect(moreLabel(pageSize, false)).toBe('显示更多结果');
    expect(moreLabel(pageSize - 3, true)).toBe('显示更多结果');
  });
});
