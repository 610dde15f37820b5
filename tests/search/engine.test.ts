/** The engine (candidates → checked results) on a small corpus filed the way Pagefind files Chinese. */
import { describe, expect, test } from 'vitest';
import { findCandidates } from '../../src/search/engine/candidates.ts';
import { parseQuery } from '../../src/search/engine/query.ts';
import { relatedResults } from '../../src/search/engine/related.ts';
import { SearchSession } from '../../src/search/engine/session.ts';
import { fakeRetriever, type FakePage } from '../support/fake-pagefind.ts';

const pages: FakePage[] = [
  { url: '/measures/a/', title: '开好组织生活会', text: '每年召开一次组织生活会，开展民主评议党员。', kind: 'measure', meta: { document: '甲文件' }, filters: { year: ['2019'] } },
  { url: '/measures/b/', title: '规范党内生活', text: '严格党的组织生活，按时开会。落实“三会一课”制度。', kind: 'measure', meta: { document: '甲文件' }, filters: { year: ['2019'] } },
  { url: '/measures/c/', title: '加强组织建设', text: '生活会要认真准备，组织好学习。', kind: 'measure', meta: { document: '乙文件' }, filters: { year: ['2020'] } },
  {
    url: '/documents/d/',
    title: '关于做好党建工作的通知',
    text: '一、总体要求. 认真落实三会一课。二、重点任务. 召开组织生活会，开展谈心谈话。',
    kind: 'document',
    filters: { year: ['2020'] },
    anchors: [
      { element: 'h2', id: 's-1', text: '一、总体要求', location: 8 },
      { element: 'h2', id: 's-2', text: '二、重点任务', location: 17 },
    ],
  },
  { url: '/units/u/', title: '市委组织部', text: '3 项措施 · 2 份文件', kind: 'unit' },
];

const urls = (rs: { url: string }[]) => rs.map((r) => r.url);

async function search(query: string, filters = {}) {
  const retriever = fakeRetriever(pages);
  const session = await SearchSession.start(retriever, parseQuery(query), filters);
  return { session, results: await session.rest(), retriever };
}

describe('exact results', () => {
  test('only pages containing the typed text, title hits first', async () => {
    const { results, session } = await search('组织生活会');
    expect(urls(results)).toEqual(['/measures/a/', '/documents/d/']);
    expect(session.count).toBe(2);
    expect(session.complete).toBe(true);
  });
  test('pages with the characters scattered are dropped before any page is loaded', async () => {
    const retriever = fakeRetriever(pages);
    const set = await findCandidates(parseQuery('组织生活会'), retriever, {});
    expect(set.candidates.map((c) => c.id).sort()).toEqual(['p0', 'p3']);
    expect(retriever.loaded.size).toBe(0);
  });
  test('quoted phrases and several words', async () => {
    expect(urls((await search('"三会一课"')).results)).toEqual(['/measures/b/', '/documents/d/']);
    expect(urls((await search('三会一课 谈心谈话')).results)).toEqual(['/documents/d/']);
    expect(urls((await search('组织生活会 届换')).results)).toEqual([]);
  });
  test('filters combine with the query; without a query they list pages', async () => {
    expect(urls((await search('组织生活会', { kind: ['measure'] })).results)).toEqual(['/measures/a/']);
    expect(urls((await search('组织', { year: ['2020'] })).results).sort()).toEqual(['/documents/d/', '/measures/c/']);
    expect(urls((await search('', { kind: ['unit'] })).results)).toEqual(['/units/u/']);
  });
  test('a result names its document or section and lands on it, the match marked', async () => {
    const [measure, doc] = (await search('组织生活会')).results;
    expect(measure).toMatchObject({ kind: 'measure', document: '甲文件', section: null, inTitle: true });
    // The title opens the page text; the excerpt shows the match in the text after it.
    expect(measure!.excerpt.filter((s) => s.hit).map((s) => s.text)).toEqual(['组织生活会']);
    expect(measure!.excerpt[0]!.text).toBe('…每年召开一次');
    expect(doc).toMatchObject({ kind: 'document', section: '二、重点任务' });
    expect(doc!.href).toBe('/documents/d/?hl=%E7%BB%84%E7%BB%87%E7%94%9F%E6%B4%BB%E4%BC%9A#s-2');
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

describe('related results', () => {
  test('pages with the words but not the phrase, never an exact one', async () => {
    const retriever = fakeRetriever(pages);
    const terms = parseQuery('组织生活会');
    const session = await SearchSession.start(retriever, terms, {});
    const related = await relatedResults(retriever, terms, {}, session.ids);
    expect(urls(related)).toContain('/measures/c/');
    expect(urls(related)).not.toContain('/measures/a/');
    for (const r of related) expect(r.excerpt.some((s) => s.hit)).toBe(true);
  });
});
