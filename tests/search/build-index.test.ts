/**
 * `npm run build:index` on a small hand-made site in three shards: each shard repacked (on a worker
 * thread, while Pagefind indexes the next) and trimmed to what the site serves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPagefind } from '../support/node-pagefind.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

const documents = ['关于开展民主评议党员工作的通知', '三会一课制度落实方案', '党建工作要点', '组织生活会实施意见', '主题党日活动安排'];

const build = (dist: string, perShard: number) =>
  execFileSync(process.execPath, ['scripts/build-index.ts'], { env: { ...process.env, POLICY_DIST: dist, POLICY_DOCUMENTS_PER_SHARD: String(perShard) }, stdio: 'pipe', encoding: 'utf8' });

function writeSite(dist: string, shards: number): void {
  const files: Record<string, string> = {
    'index.html': page('政策知识站', '首页'),
    'search/index.html': page('搜索', `<form role="search" data-shards="${shards}"></form>`),
  };
  documents.forEach((title, i) => (files[`documents/d${i + 1}/index.html`] = page(title, `${title}：落实民主评议党员和三会一课制度，第${i + 1}号。`)));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), content);
  }
}

/** Every file under `dir`, relative, sorted. */
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('build:index in shards', () => {
  let dist: string;
  let said: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'build-index-'));
    writeSite(dist, 3);
    said = build(dist, 2);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('indexes the documents in shards of the size asked for', () => {
    expect(said).toContain('5 document pages indexed');
    expect(said).toContain('(3 shards,');
    for (const n of [1, 2, 3]) expect(said).toContain(`shard ${n}/3: ${n < 3 ? 2 : 1} pages indexed`);
  });

  it('repacks every shard: chunks named under the shard’s own tag, metadata named after its content', () => {
    for (const [n, folder] of [[1, ''], [2, 'shard-2/'], [3, 'shard-3/']] as const) {
      const dir = join(dist, 'pagefind', folder);
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
      const hash = entry.languages['zh-cn']!.hash;
      expect(existsSync(join(dir, `pagefind.${hash}.pf_meta`))).toBe(true);
      const chunks = filesUnder(join(dir, 'index'));
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks) expect(chunk).toMatch(new RegExp(`^${n}-[0-9a-f]{6}/[0-9a-z]+\\.pf_index$`));
      for (const fragment of filesUnder(join(dir, 'fragment'))) expect(fragment).toMatch(new RegExp(`^${n}-[0-9a-f]{6}/[0-9a-z]+\\.pf_fragment$`));
    }
  });

  it('keeps the search code in the first shard only, and none of Pagefind’s own UIs', () => {
    const top = readdirSync(join(dist, 'pagefind'));
    expect(top).toContain('pagefind.js');
    expect(top.filter((f) => /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\./.test(f))).toEqual([]);
    for (const folder of ['shard-2', 'shard-3']) {
      expect(readdirSync(join(dist, 'pagefind', folder)).filter((f) => !/^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|filter|fragment)$/.test(f))).toEqual([]);
    }
  });

  it('gives the same files when built again', () => {
    const before = new Map(filesUnder(join(dist, 'pagefind')).map((f) => [f, readFileSync(join(dist, 'pagefind', f))]));
    build(dist, 2);
    const after = filesUnder(join(dist, 'pagefind'));
    expect(after).toEqual([...before.keys()]);
    for (const f of after) expect(readFileSync(join(dist, 'pagefind', f)).equals(before.get(f)!)).toBe(true);
  });
});

describe('a one-character query where its words fill several chunks', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'build-index-family-'));
    // 议 and 议党 so often that each is a chunk by itself (over 10,000 bytes), which splits the
    // words of 议 in three: a lookup of 议 loads the first only, and 议员 and 议题 are in the third.
    const files: Record<string, string> = {
      'index.html': page('政策知识站', '首页'),
      'search/index.html': page('搜索', '<form role="search" data-shards="1"></form>'),
      'documents/d1/index.html': page('民主评议党员', '民主评议党员，'.repeat(12000)),
      'documents/d2/index.html': page('人大代表名单', '本市议员名单。'),
      'documents/d3/index.html': page('会议安排', '会议题目待定。'),
      'documents/d4/index.html': page('其他', '无关的内容。'),
    };
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), content);
    }
    build(dist, 2500);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('lists the terms that load the later chunks', () => {
    const continuations = JSON.parse(readFileSync(join(dist, 'pagefind', 'continuations.json'), 'utf8')) as Record<string, string[]>;
    expect(continuations['议']).toEqual(['议党', '议员']);
  });

  it('finds every page with the character, whichever chunk its word is in', async () => {
    const search = await openPagefind(dist);
    try {
      const hits = await search.retriever.find('议', {});
      const urls = await Promise.all(hits.map((h) => search.retriever.load(h.id).then((p) => p.url)));
      expect(urls.sort()).toEqual(['/documents/d1/', '/documents/d2/', '/documents/d3/']);
    } finally {
      await search.close();
    }
  });
});
