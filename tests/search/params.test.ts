import { describe, expect, test } from 'vitest';
import { hasFilters, paramsToState, resultHref, stateToParams, withFilter } from '../../src/search/engine/params.ts';
import { parseQuery } from '../../src/search/engine/query.ts';

describe('search state in the address', () => {
  test('q and the filters read back; unknown and empty parameters dropped', () => {
    const state = paramsToState(new URLSearchParams('q=组织生活会&kind=measure&kind=document&year=2019&year=&utm=x'));
    expect(state).toEqual({ query: '组织生活会', filters: { kind: ['measure', 'document'], year: ['2019'] } });
    expect(hasFilters(state.filters)).toBe(true);
  });
  test('written in a fixed key order, so one search is one link', () => {
    const a = stateToParams({ query: ' 党建 ', filters: { unit: ['市委组织部'], kind: ['measure'] } }).toString();
    const b = stateToParams(paramsToState(new URLSearchParams(a))).toString();
    expect(a).toBe('q=%E5%85%9A%E5%BB%BA&kind=measure&unit=%E5%B8%82%E5%A7%94%E7%BB%84%E7%BB%87%E9%83%A8');
    expect(b).toBe(a);
  });
  test('withFilter sets or removes one key', () => {
    expect(withFilter({ kind: ['measure'] }, 'year', ['2020'])).toEqual({ kind: ['measure'], year: ['2020'] });
    expect(withFilter({ kind: ['measure'] }, 'kind', [])).toEqual({});
  });
});

describe('resultHref', () => {
  test('terms as hl, the landing element as the hash', () => {
    expect(resultHref('/documents/d/', parseQuery('三会一课 "主题 党日"'), 's-2-1')).toBe(
      '/documents/d/?hl=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE&hl=%E4%B8%BB%E9%A2%98+%E5%85%9A%E6%97%A5#s-2-1',
    );
    expect(resultHref('/measures/m/?hl=old#x', parseQuery('党建'), null)).toBe('/measures/m/?hl=%E5%85%9A%E5%BB%BA');
  });
});

describe('filters for Pagefind', () => {
  test('one value as is; several as alternatives (Pagefind reads an array as all of them)', async () => {
    const { toPagefindFilters } = await import('../../src/search/browser/pagefind.ts');
    expect(toPagefindFilters({ kind: ['measure', 'document'], year: ['2019'], unit: [] })).toEqual({ kind: { any: ['measure', 'document'] }, year: '2019' });
  });
});
