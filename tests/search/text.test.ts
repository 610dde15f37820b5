import { describe, expect, test } from 'vitest';
import { excerptOf, landingOf, wordIndexAt } from '../../src/search/engine/excerpt.ts';
import { matchText, offsetsOf, spansOf } from '../../src/search/engine/match.ts';
import { parseQuery } from '../../src/search/engine/query.ts';
import { rangesOf } from '../../src/search/browser/highlight.ts';
import { markedHtml, resultToHtml, segmentsToHtml } from '../../src/search/browser/render.ts';

const text = '关于印发的通知. 各单位：为深入开展组织生活会，现将有关事项通知如下。一是组织生活会要按时召开；二是认真准备。';

describe('matchText', () => {
  test('every occurrence of every term, folded, in text order', () => {
    const m = matchText(text, parseQuery('组织生活会 通知'));
    expect(m.all).toBe(true);
    expect(m.counts).toEqual([2, 2]);
    expect(m.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['通知', '组织生活会', '通知', '组织生活会']);
  });
  test('a missing term fails the page; full-width in the page matches half-width typed', () => {
    expect(matchText(text, parseQuery('组织生活会 届换')).all).toBe(false);
    expect(matchText('第ＡＢ号', parseQuery('ab')).all).toBe(true);
  });
  test('offsetsOf does not overlap', () => {
    expect(offsetsOf('aaaa', 'aa')).toEqual([0, 2]);
  });
  test('a space inside a quoted phrase stands for any spacing or none', () => {
    const page = '做好党建工作。党建  工作要点。党建，工作';
    const m = matchText(page, parseQuery('"党建 工作"'));
    expect(m.occurrences.map((o) => page.slice(o.start, o.end))).toEqual(['党建工作', '党建  工作']);
    expect(spansOf('a.b a b', 'a b')).toEqual([[4, 7]]);
    expect(rangesOf('全县教育系统 党建工作', ['系统 党建', '党建 工作'])).toEqual([[4, 11]]);
  });
});

describe('excerptOf', () => {
  test('from the last boundary before the match, every match in the window marked, cut with …', () => {
    const m = matchText(text, parseQuery('组织生活会'));
    expect(excerptOf(text, m.occurrences, 30, 10)).toEqual([
      { text: '…各单位：为深入开展', hit: false },
      { text: '组织生活会', hit: true },
      { text: '，现将有关事项通知如下。一是…', hit: false },
    ]);
  });
  test('a short text is shown whole', () => {
    const t = '开好组织生活会';
    expect(segmentsToHtml(excerptOf(t, matchText(t, parseQuery('组织')).occurrences))).toBe('开好<mark>组织</mark>生活会');
  });
});

describe('landing', () => {
  const words = ['关于', '通知', '. ', '一', '、', '组织', '生活', '会'];
  test('word position of a character offset', () => {
    expect(wordIndexAt(words, 0)).toBe(0);
    expect(wordIndexAt(words, 4)).toBe(2);
    expect(wordIndexAt(words, 9)).toBe(5);
  });
  test('the last element id and the last heading at or before the match', () => {
    const anchors = [
      { element: 'main', id: 'main', location: 0 },
      { element: 'section', id: 's-1', text: '', location: 3 },
      { element: 'h2', id: 'yi', text: '一、组织生活', location: 3 },
      { element: 'div', id: 'm-1-1', text: '单独查看与分享', location: 5 },
      { element: 'div', id: 'm-1-2', text: '', location: 7 },
    ];
    expect(landingOf(anchors, 6)).toEqual({ id: 'm-1-1', heading: '一、组织生活' });
    expect(landingOf(anchors, 1)).toEqual({ id: null, heading: null });
  });
});

describe('render', () => {
  test('rangesOf merges overlapping matches of several terms', () => {
    expect(rangesOf('组织生活会', ['组织生活', '生活会'])).toEqual([[0, 5]]);
  });
  test('markedHtml escapes and marks', () => {
    expect(markedHtml('<b>组织</b>', parseQuery('组织'))).toBe('&lt;b&gt;<mark>组织</mark>&lt;/b&gt;');
  });
  test('a result is a document card: title, issuer · 文号 · date, its own excerpt, and each measure with units, deadline and excerpt', () => {
    const html = resultToHtml(
      {
        id: 'p1',
        url: '/documents/d/',
        href: '/documents/d/?hl=a#m-1',
        title: '关于"做好"组织生活会的通知',
        issuer: '中共某委',
        docNumber: '某〔2020〕1号',
        date: '2020-08-28',
        section: '一、总体要求',
        excerpt: [{ text: '组织生活会', hit: true }],
        measures: [
          { id: 'd-1', url: '/measures/d-1/', href: '/measures/d-1/?hl=a', title: '开好组织生活会', units: '市委组织部、各党委', deadline: '每年', excerpt: [{ text: '每年召开', hit: false }, { text: '组织生活会', hit: true }] },
          { id: 'd-2', url: '/measures/d-2/', href: '/measures/d-2/?hl=a', title: '规范<生活>', units: '', deadline: '', excerpt: [] },
        ],
        inTitle: true,
      },
      parseQuery('组织生活会'),
    );
    expect(html).toBe(
      '<li class="search-result" data-measures="2"><a class="search-result__title" href="/documents/d/?hl=a#m-1">关于&quot;做好&quot;<mark>组织生活会</mark>的通知</a>' +
        '<p class="search-result__about">中共某委 · 某〔2020〕1号 · 2020年8月28日</p>' +
        '<p class="search-result__excerpt"><span class="search-result__section">一、总体要求</span> <mark>组织生活会</mark></p>' +
        '<ol class="search-measures">' +
        '<li class="search-measure"><a class="search-measure__title" href="/measures/d-1/?hl=a">开好<mark>组织生活会</mark></a>' +
        '<p class="search-measure__facts"><span class="search-measure__fact"><b>责任单位</b> 市委组织部、各党委</span><span class="search-measure__fact"><b>时限</b> 每年</span></p>' +
        '<p class="search-result__excerpt">每年召开<mark>组织生活会</mark></p></li>' +
        '<li class="search-measure"><a class="search-measure__title" href="/measures/d-2/?hl=a">规范&lt;生活&gt;</a>' +
        '<p class="search-measure__facts"><span class="search-measure__fact"><b>责任单位</b> <span class="muted">未明确</span></span><span class="search-measure__fact"><b>时限</b> <span class="muted">未明确</span></span></p></li>' +
        '</ol></li>',
    );
  });
  test('past five measures, the rest fold under 另有 N 项措施', () => {
    const measure = (n: number) => ({ id: `d-${n}`, url: `/measures/d-${n}/`, href: `/measures/d-${n}/`, title: `措施${n}`, units: '', deadline: '', excerpt: [] });
    const html = resultToHtml(
      { id: 'p1', url: '/documents/d/', href: '/documents/d/', title: '通知', issuer: null, docNumber: null, date: null, section: null, excerpt: [], measures: [1, 2, 3, 4, 5, 6, 7].map(measure), inTitle: false },
      [],
    );
    expect(html.match(/class="search-measure"/g)).toHaveLength(7);
    expect(html).toContain('<details class="search-measures__more"><summary>另有 2 项措施</summary><ol class="search-measures"><li class="search-measure"><a class="search-measure__title" href="/measures/d-6/">措施6</a>');
    expect(html).not.toContain('search-result__about');
  });
});
