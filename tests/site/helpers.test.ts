/** The site's pure helpers (src/site): labels, groupings, ids. Exact expectations on small inputs. */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/model/schemas/deadline.ts';
import { deadlineLabel, recurringCalendarOf, sameAsWritten, timelineOf } from '../../src/site/deadlines.ts';
import { collectTerms, termId, termLabel } from '../../src/site/terms.ts';
import { outlineTreeOf } from '../../src/site/outline.ts';
import { unitRefsOf } from '../../src/site/units.ts';
import { unitLookupOf } from '../../src/model/unit-lookup.ts';
import { charPairs, longestSharedRun, pairKey, relatedMeasuresOf, titleInText } from '../../src/site/related.ts';
import { pageTitle, plainText, truncate } from '../../src/site/text.ts';

const date = (raw: string, d: string, precision: 'day' | 'month' | 'year', bound: 'by' | 'on' = 'by'): Deadline => ({ raw, kind: 'date', date: d, bound, precision });
const every = (raw: string, frequency: 'monthly' | 'yearly', minTimes: number | null = null): Deadline => ({ raw, kind: 'recurring', frequency, minTimes, maxTimes: null, when: null });

describe('deadlineLabel', () => {
  it.each<[Deadline, string]>([
    [date('9月底前', '2019-09-30', 'month'), '2019年9月底前'],
    [date('2020年底前', '2020-12-31', 'year'), '2020年底前'],
    [date('10月15日前', '2019-10-15', 'day'), '2019年10月15日前'],
    [date('2019年9月', '2019-09-01', 'month', 'on'), '2019年9月'],
    [{ raw: '2018年—2020年', kind: 'period', start: '2018-01-01', end: '2020-12-31' }, '2018年至2020年'],
    [{ raw: '6月至7月', kind: 'period', start: '2019-06-01', end: '2019-07-31' }, '2019年6月至7月'],
    [{ raw: '8月下旬', kind: 'period', start: '2018-08-21', end: '2018-08-31' }, '2018年8月21日至31日'],
    [every('每年至少2次', 'yearly', 2), '每年至少2次'],
    [{ raw: '每月召开一次', kind: 'recurring', frequency: 'monthly', minTimes: 1, maxTimes: 1, when: null }, '每月1次'],
    [{ raw: '每年年底', kind: 'recurring', frequency: 'yearly', minTimes: null, maxTimes: null, when: '年底' }, '每年年底'],
    [{ raw: '任期届满前6个月', kind: 'relative', anchor: '任期届满', direction: 'before', offset: { amount: 6, unit: 'month' } }, '任期届满前6个月'],
    [{ raw: '用三年时间', kind: 'relative', anchor: null, direction: 'within', offset: { amount: 3, unit: 'year' } }, '3年内'],
    [{ raw: '高考中考后', kind: 'relative', anchor: '高考中考', direction: 'after', offset: null }, '高考中考后'],
    [{ raw: '提前6个月', kind: 'relative', anchor: null, direction: 'before', offset: { amount: 6, unit: 'month' } }, '提前6个月'],
  ])('%o → %s', (deadline, label) => {
    expect(deadlineLabel(deadline)).toBe(label);
  });

  it('knows when the label only repeats the phrase', () => {
    expect(sameAsWritten(every('每年至少2次', 'yearly', 2))).toBe(true);
    expect(sameAsWritten(date('9月底前', '2019-09-30', 'month'))).toBe(false);
  });
});

describe('groupings', () => {
  const entries = [
    { id: 'a', units: ['甲'], deadline: date('9月底前', '2019-09-30', 'month') },
    { id: 'b', units: ['乙'], deadline: { raw: '6月至7月', kind: 'period', start: '2019-06-01', end: '2019-07-31' } as Deadline },
    { id: 'c', units: ['甲', '乙'], deadline: every('每月', 'monthly') },
    { id: 'd', units: ['乙'], deadline: every('每年至少2次', 'yearly', 2) },
    { id: 'e', units: ['乙'], deadline: every('每月1次', 'monthly', 1) },
    { id: 'f', units: [], deadline: date('2020年底前', '2020-12-31', 'year') },
    { id: 'g', units: [], deadline: date('2019年', '2019-12-31', 'year', 'on') },
  ];

  it('puts dated deadlines on a year/month timeline, periods at their start', () => {
    const years = timelineOf(entries).map((y) => [y.year, y.months.map((m) => [m.month, m.items.map((i) => i.id)])]);
    expect(years).toEqual([[2019, [[0, ['g']], [6, ['b']], [9, ['a']]]], [2020, [[12, ['f']]]]]);
  });

  it('groups recurring duties by frequency with who owes them, most named first', () => {
    const groups = recurringCalendarOf(entries).map((g) => [g.label, g.items.map((i) => i.id), g.units]);
    expect(groups).toEqual([['每月', ['c', 'e'], ['乙', '甲']], ['每年', ['d'], ['乙']]]);
  });
});

describe('terms', () => {
  it('uses the split\'s ids, so the links it writes find their pages', () => {
    expect(termId('计划（2018—2020年）')).toBe(termId('计划(2018—2020年)'));
    expect(termId('三会一课')).toMatch(/^shyk-[0-9a-z]{4}$/);
    expect(termId('三会一课')).not.toBe(termId('两学一做'));
  });

  it('keeps terms found in two or more documents, shown as first written', () => {
    const terms = collectTerms(
      [
        { id: 'd1', citedDocuments: ['《中国共产党支部工作条例（试行）》'], quotedTerms: ['三会一课'] },
        { id: 'd2', citedDocuments: [], quotedTerms: ['三会一课', '两新'] },
      ],
      [{ id: 'm1', documentId: 'd2', citedDocuments: ['《中国共产党支部工作条例(试行)》'], quotedTerms: [] }],
    );
    expect(terms.map((t) => [termLabel(t), t.documentIds, t.measureIds])).toEqual([
      ['“三会一课”', ['d1', 'd2'], []],
      ['《中国共产党支部工作条例（试行）》', ['d1', 'd2'], ['m1']],
    ]);
  });
});

describe('outline, units, related, text', () => {
  it('nests a flat outline by depth', () => {
    const e = (path: string, depth: number) => ({ path, depth, marker: '', heading: path, anchor: path, measureId: null });
    const tree = outlineTreeOf([e('一', 1), e('一.1', 2), e('一.1.(1)', 3), e('一.2', 2), e('二', 1)]);
    const shape = (n: { path: string; children: unknown[] }[]): unknown => n.map((x) => [x.path, shape(x.children as never)]);
    expect(shape(tree)).toEqual([['一', [['一.1', [['一.1.(1)', []]]], ['一.2', []]]], ['二', []]]);
  });

  it('links each unit by the id the split gave it; the role is read ignoring width and spaces', () => {
    const lookup = unitLookupOf([{ id: 'u1', name: '市属党（工）委', jurisdiction: '湛江市', url: '/units/u1/' }]);
    const refs = unitRefsOf({ units: ['市属党 (工) 委', '某某局'], unitIds: ['u1', 'u2'], leadUnits: ['市属党（工）委'], supportUnits: [] }, lookup);
    expect(refs).toEqual([
      { name: '市属党 (工) 委', url: '/units/u1/', unitId: 'u1', role: 'lead' },
      { name: '某某局', url: null, unitId: null, role: 'assigned' },
    ]);
  });

  it('relates measures of other documents by shared terms before shared units', () => {
    const m = (id: string, documentId: string, units: string[], quotedTerms: string[]) => ({ id, documentId, title: id, text: id, units, unitIds: units.map((u) => `id-${u}`), quotedTerms, citedDocuments: [], order: 1 });
    const related = relatedMeasuresOf([m('a', 'd1', ['甲'], ['三会一课']), m('b', 'd1', ['甲'], []), m('c', 'd2', ['甲'], []), m('d', 'd2', [], ['三会一课'])]);
    expect(related.get('a')!.map((r) => [r.measure.id, r.sharedTerms, r.sharedUnits])).toEqual([['d', ['三会一课'], []], ['c', [], ['甲']]]);
  });

  it('relates a measure to one in another document that says its task inside a longer item, both ways, and not to ones sharing only common words', () => {
    const m = (id: string, documentId: string, title: string, text = title) => ({ id, documentId, title, text, units: [], unitIds: [], quotedTerms: [], citedDocuments: [], order: 1 });
    // A library where 基层党组织, 加强, 持续 and 大力 are everywhere, as they are in real ones.
    const common = ['加强基层党组织建设', '加强基层党组织书记培训', '规范基层党组织设置', '加强党员教育管理', '加强组织领导', '提升基层党组织组织力', '持续推进作风建设', '大力弘扬优良传统', '持续大力推进党建品牌'].map((t, i) => m(`c${i}`, `d${i + 10}`, t));
    const related = relatedMeasuresOf([
      m('zhanjiang', 'zj', '持续大力整顿软弱涣散基层党组织'),
      m('taishan', 'ts', '开展基层党组织达标创优活动', '开展基层党组织达标创优活动。一是提升党支部建设水平；三是精准整顿软弱涣散基层党组织，重点整顿管党治党不力的基层党组织。'),
      ...common,
    ]);
    expect(related.get('zhanjiang')!.map((r) => [r.measure.id, r.sameTask])).toEqual([['taishan', true]]);
    expect(related.get('taishan')!.map((r) => [r.measure.id, r.sameTask])).toEqual([['zhanjiang', true]]);
    expect(related.get('c0')!.filter((r) => r.sameTask)).toEqual([]);
  });

  it('finds the longest piece of a title written word for word in a text', () => {
    expect(longestSharedRun('持续大力整顿软弱涣散基层党组织', '三是精准整顿软弱涣散基层党组织，重点整顿')).toBe('整顿软弱涣散基层党组织');
    expect(longestSharedRun('组织领导', '加强组织建设，领导干部带头')).toBe('组织');
    expect(longestSharedRun('𠀀𠀁党建', '𠀁党建')).toBe('𠀁党建');
    expect(longestSharedRun('甲', '乙')).toBe('');
  });

  it('weighs the piece of a title found in a text by its rare pairs, and ignores pieces under seven characters', () => {
    const common = new Set(['党组', '组织'].map((two) => pairKey(two.codePointAt(0)!, two.codePointAt(1)!)));
    const weight = (p: number) => (common.has(p) ? 0.1 : 1);
    expect(titleInText('整顿软弱涣散党组织', '三是精准整顿软弱涣散党组织', weight)).toBe(1);
    // 精准整顿软弱涣散 (7 pairs of weight 1) of 精准整顿软弱涣散党组织 (8 of weight 1, 党组 and 组织 of 0.1).
    expect(titleInText('精准整顿软弱涣散党组织', '精准整顿软弱涣散，另设党组织', weight)).toBeCloseTo(7 / 8.2, 5);
    expect(titleInText('整顿软弱涣散党组织', '整顿软弱涣散，另设党组织', weight)).toBe(0);
    expect(titleInText('开展党建活动', '开展党建品牌活动', weight)).toBe(0);
    expect(titleInText('制定实施方案', '认真制定实施方案', weight)).toBe(0);
    const pair = (two: string) => pairKey(two.codePointAt(0)!, two.codePointAt(1)!);
    expect([...charPairs('整顿“软弱涣散”')]).toEqual(['整顿', '软弱', '弱涣', '涣散'].map(pair));
    expect([...charPairs('𠀀𠀁a𠀂')]).toEqual([pairKey(0x20000, 0x20001)]);
  });

  it('makes plain, short text for titles and descriptions', () => {
    expect(plainText('**规范[“三会一课”](/terms/t1/)。**每月<Goal id="g">开展</Goal>')).toBe('规范“三会一课”。每月开展');
    expect(truncate('一二三四五', 4)).toBe('一二三…');
    expect(pageTitle('规范党支部换届', null)).toBe('规范党支部换届 · 政策知识站');
  });
});

describe('relative URLs (file://, root and sub-path)', () => {
  it('turns root paths into relative file paths from the page', async () => {
    const { relativeUrl, relativizeHtml } = await import('../../src/site/relative-urls.ts');
    expect(relativeUrl('/measures/x/', '/documents/d/#p-1')).toBe('../../documents/d/index.html#p-1');
    expect(relativeUrl('/measures/x/', '/')).toBe('../../index.html');
    expect(relativeUrl('/', '/_astro/a.css')).toBe('_astro/a.css');
    expect(relativeUrl('/404.html', '/search/')).toBe('search/index.html');
    expect(relativeUrl('/terms/t/', '/search/?q=三会一课#r')).toBe('../../search/index.html?q=三会一课#r');
    expect(relativeUrl('/documents/d/', '#m-1')).toBe('#m-1');
    expect(relativizeHtml('<a href="/units/u/">u</a><a href="#x">x</a><a href="https://a/b/">b</a><form action="/search/">', '/units/'))
      .toBe('<a href="u/index.html">u</a><a href="#x">x</a><a href="https://a/b/">b</a><form action="../search/index.html">');
  });
});
