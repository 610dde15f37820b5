import { describe, expect, it } from 'vitest';
import { groupPagesOf, listPageUrl, pageParam, pagerNumbers, pagesOf } from '../../src/site/list-pages.ts';

type Group = { doc: string; items: number[] };
const group = (doc: string, n: number, from = 0): Group => ({ doc, items: Array.from({ length: n }, (_, i) => from + i) });
const pack = (groups: Group[], size: number) => groupPagesOf(groups, (g) => g.items, (g, items) => ({ ...g, items }), size);
const shape = (pages: Group[][]) => pages.map((p) => p.map((g) => `${g.doc}:${g.items.length}`).join(' '));

describe('long lists split into pages', () => {
  it('keeps a group whole on one page and starts a page when the next group would overflow it', () => {
    expect(shape(pack([group('a', 3), group('b', 4), group('c', 2), group('d', 5)], 8))).toEqual(['a:3 b:4', 'c:2 d:5']);
  });

  it('cuts a group larger than a page into page-sized parts, each on its own page', () => {
    const pages = pack([group('a', 2), group('b', 10), group('c', 1)], 4);
    expect(shape(pages)).toEqual(['a:2', 'b:4', 'b:4', 'b:2 c:1']);
    expect(pages[2]![0]!.items).toEqual([4, 5, 6, 7]);
  });

  it('loses and repeats nothing, in order', () => {
    const groups = [group('a', 7), group('b', 130, 100), group('c', 0), group('d', 99, 300)];
    const pages = pack(groups, 100);
    expect(pages.flat().flatMap((g) => g.items)).toEqual(groups.flatMap((g) => g.items));
    expect(Math.max(...pages.map((p) => p.reduce((n, g) => n + g.items.length, 0)))).toBe(100);
  });

  it('counts a group with no items as one line', () => {
    expect(shape(pack([group('a', 2), group('b', 0), group('c', 2)], 4))).toEqual(['a:2 b:0', 'c:2']);
  });

  it('always has one page, even for nothing', () => {
    expect(pack([], 10)).toEqual([[]]);
    expect(pagesOf([], 10)).toEqual([[]]);
    expect(pagesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('puts page 1 at the list address and later pages below it, or below `rest`', () => {
    expect(listPageUrl('/units/x/', 1)).toBe('/units/x/');
    expect(listPageUrl('/units/x/', 3)).toBe('/units/x/3/');
    expect(listPageUrl('/documents/', 2, '/documents/page/')).toBe('/documents/page/2/');
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
  });

  it('shows the first, the last and one either side of the current page, seven numbers at most', () => {
    expect(pagerNumbers(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pagerNumbers(1, 12)).toEqual([1, 2, null, 12]);
    expect(pagerNumbers(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    expect(pagerNumbers(12, 12)).toEqual([1, null, 11, 12]);
    expect(pagerNumbers(3, 12)).toEqual([1, 2, 3, 4, null, 12]);
  });
});
