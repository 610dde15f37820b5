import { describe, expect, test } from 'vitest';
import { excerptOf, landingOf, wordIndexAt } from '../../src/search/engine/excerpt.ts';
import { matchText, offsetsOf } from '../../src/search/engine/match.ts';
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
  test('a result is one link with its kind, document, section and excerpt', () => {
    const html = resultToHtml(
      {
        id: 'p1',
        url: '/measures/x/',
        href: '/measures/x/?hl=a#m',
        title: '开好组织生活会',
        kind: 'measure',
        document: '关于"做好"的通知',
        section: null,
        excerpt: [{ text: '组织生活会', hit: true }],
        inTitle: true,
      },
      parseQuery('组织生活会'),
    );
    expect(html).toBe(
      '<li class="search-result" data-kind="measure"><a class="search-result__title" href="/measures/x/?hl=a#m">开好<mark>组织生活会</mark></a>' +
        '<p class="search-result__about">措施 · 关于&quot;做好&quot;的通知</p><p class="search-result__excerpt"><mark>组织生活会</mark></p></li>',
    );
    expect(html.match(/<a /g)).toHaveLength(1);
  });
});
