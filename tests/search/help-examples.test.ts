/**
 * Every example in the search page's 怎样查找 finds something on the built site, searched the way
 * the page searches (the real engine over the real index, Traditional input simplified with the
 * page's own table). Skips without a built index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { helpExamples } from '../../src/search/browser/help-examples.ts';
import { queryToTerms } from '../../src/search/engine/query.ts';
import { SearchSession } from '../../src/search/engine/session.ts';
import { simplifierOf, type SimplifyTable } from '../../src/search/engine/traditional.ts';
import { openPagefind, type NodeSearch } from '../support/node-pagefind.ts';

const dist = resolve(process.env.SEARCH_QUALITY_DIST || process.env.POLICY_DIST || 'dist');
const why = existsSync(join(dist, 'pagefind', 'pagefind.js')) ? null : `no ${dist}/pagefind — run \`npm run build\` first`;
if (why) console.warn(`[help-examples.test] skipped: ${why}`);

describe.skipIf(why !== null)('the search help’s examples', () => {
  let search: NodeSearch;
  beforeAll(async () => {
    search = await openPagefind(dist);
  });
  afterAll(async () => {
    await search?.close();
  });

  test.each(helpExamples.map((e) => e.query))('%s finds documents, as many as the count says', async (query) => {
    const table = JSON.parse(readFileSync(join(dist, 'search', 't2s.json'), 'utf8')) as SimplifyTable;
    const { terms } = queryToTerms(query, simplifierOf(table));
    const session = await SearchSession.start(search.retriever, terms, {});
    const results = await session.rest();
    expect(results.length).toBeGreaterThan(0);
    expect(session.count).toBe(results.length);
  });

  test('the quoted phrase with a space also finds the text without it', async () => {
    const [spaced] = queryToTerms('"党建 工作"').terms;
    const [plain] = queryToTerms('党建工作').terms;
    const withSpace = new Set((await (await SearchSession.start(search.retriever, [spaced!], {})).rest()).map((r) => r.url));
    const without = (await (await SearchSession.start(search.retriever, [plain!], {})).rest()).map((r) => r.url);
    for (const url of without) expect(withSpace).toContain(url);
  });
});
