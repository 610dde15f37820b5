/**
 * The engine (candidates → checked, grouped results) on a small library filed the way Pagefind
 * files Chinese: only document pages, each carrying its measures as metadata.
 */
import { describe, expect, test } from 'vitest';
import { findCandidates } from '../../src/search/engine/candidates.ts';
import { measureExtents } from '../../src/search/engine/extents.ts';
import { packMeasures, type MeasureMeta } from '../../src/search/engine/measure-meta.ts';
import { parseQuery } from '../../src/search/engine/query.ts';
import { relatedResults } from '../../src/search/engine/related.ts';
import { SearchSession } from '../../src/search/engine/session.ts';
import { statusHtml } from '../../src/search/browser/page-form.ts';
import { fakeRetriever, type FakePage } from '../support/fake-pagefind.ts';

const measure = (anchor: string, id: string, title: string, units: string, deadline: string, unitKeys: string[]): MeasureMeta => ({ anchor, id, title, units, deadline, unitKeys });

const a = [
  measure('m-1-1', 'a-1-1', '开好组织生活会', '市委组织部、各党委', '每年', ['市委组织部']),
  measure('m-1-2', 'a-1-2', '规范党内生活', '党校', '9月底前', ['党校']),
];
const b = [measure('m-2-1', 'b-2-1', '开展谈心谈话', '市委组织部', '', ['市委组织部']), measure('m-2-2', 'b-2-2', '过好主题党日', '', '', [])];

const pages: FakePage[] = [
  {
    url: '/documents/a/',
    title: '关于开好组织生活会的通知',
    meta: { issuer: '中共甲委', number: '甲〔2019〕1号', date: '2019-04-24', measures: packMeasures(a) },
    filters: { year: ['2019'], unit: ['市委组织部', '党校'] },
    text: [
      { text: '为加强党的建设，现通知如下。' },
      { anchor: 's-1', element: 'section', text: '' },
      { anchor: '一主要任务', element: 'h2', text: '一、主要任务' },
      { anchor: 'm-1-1', text: '1. 每年召开一次组织生活会，开展民主评议党员。' },
      { anchor: 'goal-a-g1', element: 'mark', text: '力争全部达标' },
      { text: '组织生活会要认真准备。' },
      { anchor: 'm-1-2', text: '2. 严格党的组织生活，落实“三会一课”制度。' },
      { anchor: 'doc-back', text: '中共甲委 2019年4月24日' },
    ],
  },
  {
    url: '/documents/b/',
    title: '关于做好党建工作的通知',
    meta: { issuer: '中共乙委', date: '2020-01-02', measures: packMeasures(b) },
    filters: { year: ['2020'], unit: ['市委组织部'] },
    text: [
      { anchor: 's-2', element: 'section', text: '' },
      { anchor: '二重点任务', element: 'h2', text: '二、重点任务' },
      { text: '认真落实三会一课。' },
      { anchor: 'm-2-1', text: '1. 召开组织生活会，开展谈心谈话。' },
      { anchor: 'm-2-2', text: '2. 开展主题党日，开展志愿服务。' },
    ],
  },
  { url: '/documents/c/', title: '加强组织建设', filters: { year: ['2020'] }, text: '生活会要认真准备，组织好学习。' },
];

const urls = (rs: { url: string }[]) => rs.map((r) => r.url);

async function search(query: string, filters = {}) {
  const retriever = fakeRetriever(pages);
  const session = await SearchSession.start(retriever, parseQuery(query), filters);
  return { session, results: await session.rest(), retriever };
}

describe('measures in their document', () => {
  test('a measure runs from its anchor to the next measure, section or 落款; goals and headings inside do not end it', () => {
    const words = ['标题', '. ', '一', '. ', '甲', '乙', '. ', '目标', '丙', '. ', '落款'];
    const anchors = [
      { element: 'section', id: 's-1', location: 2 },
      { element: 'div', id: 'm-1', location: 4 },
      { element: 'mark', id: 'goal-x', location: 7 },
      { element: 'h3', id: '小标题', location: 8 },
      { element: 'div', id: 'doc-back', location: 10 },
    ];
    const extents = measureExtents(words.join('\u200b'), anchors, new Set(['m-1']));
    expect(extents).toEqual([{ anchor: 'm-1', start: 7, end: 16 }]);
    expect(words.join('').slice(7, 16)).toBe('甲乙. 目标丙. ');
  });
});

describe('exact results, one card per document', () => {
  test('a document lists the measures whose text has the match, with their units and deadlines', async () => {
    const { results, session } = await search('组织生活会');
    expect(urls(results)).toEqual(['/documents/a/', '/documents/b/']);
    expect(session.count).toBe(2);
    expect(session.measureCount).toBe(2);
    const [docA, docB] = results;
    expect(docA).toMatchObject({ title: '关于开好组织生活会的通知', issuer: '中共甲委', docNumber: '甲〔2019〕1号', date: '2019-04-24', inTitle: true, excerpt: [] });
    // The match after the goal mark is still the measure's: one measure, both matches marked.
    expect(docA!.measures.map((m) => [m.title, m.units, m.deadline, m.href])).toEqual([
      ['开好组织生活会', '市委组织部、各党委', '每年', '/measures/a-1-1/?hl=%E7%BB%84%E7%BB%87%E7%94%9F%E6%B4%BB%E4%BC%9A'],
    ]);
    expect(docA!.measures[0]!.excerpt.filter((s) => s.hit).map((s) => s.text)).toEqual(['组织生活会', '组织生活会']);
    expect(docA!.href).toBe('/documents/a/?hl=%E7%BB%84%E7%BB%87%E7%94%9F%E6%B4%BB%E4%BC%9A#m-1-1');
    expect(docB!.measures.map((m) => m.id)).toEqual(['b-2-1']);
  });
  test('a match outside every measure gives the card a document excerpt, with its section', async () => {
    const { results } = await search('三会一课');
    expect(urls(results).sort()).toEqual(['/documents/a/', '/documents/b/']);
    const docB = results.find((r) => r.url === '/documents/b/')!;
    expect(docB.measures).toEqual([]);
    expect(docB.section).toBe('二、重点任务');
    expect(docB.excerpt.filter((s) => s.hit).map((s) => s.text)).toEqual(['三会一课']);
    const docA = results.find((r) => r.url === '/documents/a/')!;
    expect(docA.measures.map((m) => m.id)).toEqual(['a-1-2']);
    expect(docA.excerpt).toEqual([]);
  });
  test('the 落款 belongs to no measure', async () => {
    const [docA] = (await search('2019年4月24日')).results;
    expect(docA!.measures).toEqual([]);
    expect(docA!.excerpt.filter((s) => s.hit).map((s) => s.text)).toEqual(['2019年4月24日']);
  });
  test('several words: a measure is listed when it has all of them', async () => {
    const [docB] = (await search('组织生活会 谈心谈话')).results;
    expect(docB!.measures.map((m) => m.id)).toEqual(['b-2-1']);
    expect((await search('组织生活会 届换')).results).toEqual([]);
  });
  test('order: title hits, then more matching measures', async () => {
    expect(urls((await search('开展')).results)).toEqual(['/documents/b/', '/documents/a/']);
    expect((await search('开展')).results.map((r) => r.measures.length)).toEqual([2, 1]);
  });
  test('pages with the characters scattered are dropped before any page is loaded', async () => {
    const retriever = fakeRetriever(pages);
    const set = await findCandidates(parseQuery('组织生活会'), retriever, {});
    expect(set.candidates.map((c) => c.id).sort()).toEqual(['p0', 'p1']);
    expect(retriever.loaded.size).toBe(0);
  });
  test('results come a page at a time, loading only the pages shown', async () => {
    const retriever = fakeRetriever(pages);
    const session = await SearchSession.start(retriever, parseQuery('组织'), {});
    const first = await session.next(2);
    expect(first).toHaveLength(2);
    expect(retriever.loaded.size).toBe(2);
    expect(session.done).toBe(false);
  });
  test('a single character is looked up best-effort and says so', async () => {
    const { session } = await search('会');
    expect(session.complete).toBe(false);
  });
});

describe('filters', () => {
  test('year filters documents; filters alone list them', async () => {
    expect(urls((await search('组织', { year: ['2020'] })).results).sort()).toEqual(['/documents/b/', '/documents/c/']);
    expect(urls((await search('', { year: ['2019'] })).results)).toEqual(['/documents/a/']);
  });
  test('a unit filter lists only that unit’s measures, and drops a document with no match in them', async () => {
    const { results, session } = await search('组织生活', { unit: ['党校'] });
    expect(urls(results)).toEqual(['/documents/a/']);
    expect(results[0]!.measures.map((m) => m.id)).toEqual(['a-1-2']);
    expect(results[0]!.excerpt).toEqual([]);
    expect(session.measureCount).toBe(1);
    const listed = (await search('', { unit: ['党校'] })).results;
    expect(listed.map((r) => r.measures.map((m) => m.id))).toEqual([['a-1-2']]);
  });
  test('仅看措施 (kind=measure) keeps documents only for their measures; the count is 约 until every one is checked', async () => {
    const retriever = fakeRetriever(pages);
    const terms = parseQuery('三会一课');
    const session = await SearchSession.start(retriever, terms, { kind: ['measure'] });
    expect(session.count).toBe(2);
    expect(session.countIsEstimate).toBe(true);
    const state = { query: '三会一课', filters: { kind: ['measure'] } };
    const results = await session.rest();
    expect(urls(results)).toEqual(['/documents/a/']);
    expect(statusHtml(session, terms, state, false, results.length)).toBe('找到 1 份文件中的 1 项措施包含“三会一课”（已筛选）');
  });
});

describe('the count', () => {
  test('exact documents while checking, measures of the documents listed so far; both exact at the end', async () => {
    const retriever = fakeRetriever(pages);
    const terms = parseQuery('组织生活会');
    const session = await SearchSession.start(retriever, terms, {});
    const state = { query: '组织生活会', filters: {} };
    const first = await session.next(1);
    expect(statusHtml(session, terms, state, false, first.length)).toBe('找到 2 份文件包含“组织生活会”（已列出 1 份，其中 1 项措施）');
    const rest = await session.rest();
    expect(statusHtml(session, terms, state, false, first.length + rest.length)).toBe('找到 2 份文件中的 2 项措施包含“组织生活会”');
  });
});

describe('related results', () => {
  test('pages with the words but not the phrase, never an exact one', async () => {
    const retriever = fakeRetriever(pages);
    const terms = parseQuery('组织生活会');
    const session = await SearchSession.start(retriever, terms, {});
    const related = await relatedResults(retriever, terms, {}, session.ids);
    expect(urls(related)).toContain('/documents/c/');
    expect(urls(related)).not.toContain('/documents/a/');
    for (const r of related) expect(r.excerpt.some((s) => s.hit)).toBe(true);
  });
});
