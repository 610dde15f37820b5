/**
 * The MDX writer against the reference parser: whatever the text, MDX reads the same text back.
 * Which entries get a body: only documents, whose page renders it; the rest are frontmatter only.
 */
import { describe, expect, test } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { writeMdx } from '../src/split/emit/write-mdx.ts';
import { unitsToMdxFiles } from '../src/split/emit/entries-to-mdx.ts';
import { measureSchema } from '../src/model/schemas/measure.ts';
import { goalSchema } from '../src/model/schemas/goal.ts';
import { deadlineEntrySchema } from '../src/model/schemas/deadline-entry.ts';
import { unitSchema } from '../src/model/schemas/unit.ts';
import { frontmatterOf } from '../src/site/frontmatter-loader.ts';
import { mdxToMdast } from './support/parse-mdx.ts';
import { splitOne, mdxText } from './support/split-one.ts';

const PIECES = ['import ', 'export ', '{', '}', '<', '>', '<script>', '</b>', '*', '**', '_', '__', '`', '```', '#', '# ', '|', '~~', '&', '&amp;', '&#x69;', '\\', '[', ']', '](x)', '!', '- ', '+ ', '= ', '1. ', '2) ', '> ', ':', 'http://a.b', '$', '中文', '（一）', '“三会一课”', '。', '，', ' ', '3', 'a'];

/** Deterministic pseudo-random texts (mulberry32), so a failure can be replayed. */
function texts(count: number, seed: number): string[] {
  let s = seed;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(rand() * 12) }, () => PIECES[Math.floor(rand() * PIECES.length)]).join('').trim()).filter(Boolean);
}

const readBack = (children: RootContent[]) => mdxToMdast(writeMdx({ id: 'x' }, children)).children.filter((c) => c.type !== 'yaml').map((c) => toString(c));

describe('writeMdx', () => {
  const cases = texts(2000, 20190424);
  test('paragraph text reads back literally', () => {
    for (const t of cases) expect(readBack([{ type: 'paragraph', children: [{ type: 'text', value: t }] }])).toEqual([t]);
  });
  test('headings, strong text, links and table cells read back literally', () => {
    for (const t of cases.slice(0, 150)) {
      expect(readBack([{ type: 'heading', depth: 2, children: [{ type: 'text', value: t }] }])).toEqual([t]);
      expect(readBack([{ type: 'paragraph', children: [{ type: 'text', value: '甲' }, { type: 'strong', children: [{ type: 'text', value: t }] }, { type: 'text', value: '乙' }] }])).toEqual([`甲${t}乙`]);
      expect(readBack([{ type: 'paragraph', children: [{ type: 'link', url: '/terms/x/', children: [{ type: 'text', value: t }] }] }])).toEqual([t]);
      const cell = (v: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value: v }] });
      const tree = mdxToMdast(writeMdx({}, [{ type: 'table', children: [{ type: 'tableRow', children: [cell('序号'), cell('任务')] }, { type: 'tableRow', children: [cell('1'), cell(t)] }] }]));
      const table = tree.children.find((c) => c.type === 'table');
      expect(table && toString((table as { children: RootContent[] }).children[1])).toBe(`1${t}`);
    }
  });
  test('JSX wrappers keep their attributes and their children’s text', () => {
    const mdx = writeMdx({}, [{
      type: 'mdxJsxFlowElement', name: 'Measure',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'a-1' }, { type: 'mdxJsxAttribute', name: 'marker', value: '"1."' }],
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '1. {年度} <附表>' }] }],
    } as RootContent]);
    const [el] = mdxToMdast(mdx).children.filter((c) => c.type !== 'yaml') as unknown as { name: string; attributes: { name: string; value: string }[] }[];
    expect(el.name).toBe('Measure');
    expect(el.attributes.map((a) => [a.name, a.value])).toEqual([['id', 'a-1'], ['marker', '"1."']]);
    expect(toString(el as never)).toBe('1. {年度} <附表>');
  });
  test('frontmatter is JSON, which YAML reads with every string kept a string', () => {
    expect(writeMdx({ date: '2019-04-24', ok: '是', n: 2 }, [])).toBe('---\n{\n "date": "2019-04-24",\n "ok": "是",\n "n": 2\n}\n---\n');
  });
});

const NOTICE = `关于开展2021年基层党建工作的通知

各党支部：

一、工作目标

全年力争实现基层党组织全面进步、全面过硬。

二、工作任务

1. 加强学习。各支部要组织党员学习“三会一课”，提高党建促业务水平。【机关党委负责】

2. 规范组织生活。每月开展主题党日，9月底前完成换届。
`;

/** The parsed MDX holds nothing but its frontmatter block. */
const nodeTypes = (mdx: string) => mdxToMdast(mdx).children.map((c) => c.type);

describe('entry files', () => {
  const { split, files, problems, documentMdx } = splitOne(NOTICE);
  const of = (collection: string) => files.filter((f) => f.collection === collection);

  test('a measure entry is frontmatter only and still validates against its schema', () => {
    expect(problems).toEqual([]);
    const measures = of('measures');
    expect(measures.map((f) => f.id)).toEqual(split.measures.map((m) => m.id));
    expect(measures).toHaveLength(2);
    for (const [i, f] of measures.entries()) {
      expect(f.mdx).toBe(`---\n${JSON.stringify(split.measures[i], null, 1)}\n---\n`);
      expect(nodeTypes(f.mdx)).toEqual(['yaml']);
      // As the site reads it (src/site/frontmatter-loader.ts), then validates it (src/content.config.ts).
      expect(measureSchema.parse(frontmatterOf(f.mdx, f.id))).toEqual(split.measures[i]);
    }
  });

  test('goal, deadline and unit entries are frontmatter only and validate too', () => {
    const units = unitsToMdxFiles([{ id: 'ji-guan-dang-wei', name: '机关党委', jurisdiction: null, aliases: ['机关党委'], measures: [{ id: split.measures[0]!.id, documentId: split.document.id, role: 'lead' }], documents: [split.document.id], url: '/units/ji-guan-dang-wei/' }]);
    expect(units.problems).toEqual([]);
    const cases = [
      [of('goals'), goalSchema, split.goals],
      [of('deadlines'), deadlineEntrySchema, split.deadlines],
      [units.files, unitSchema, null],
    ] as const;
    for (const [list, schema, entries] of cases) {
      expect(list.length).toBeGreaterThan(0);
      for (const [i, f] of list.entries()) {
        expect(nodeTypes(f.mdx)).toEqual(['yaml']);
        const data = schema.parse(frontmatterOf(f.mdx, f.id));
        if (entries) expect(data).toEqual(entries[i]);
      }
    }
  });

  test('a document keeps its body: the whole text, measures and goals marked', () => {
    expect(nodeTypes(documentMdx)).toContain('mdxJsxFlowElement');
    expect(split.goals.map((g) => g.text)).toEqual(['全年力争实现基层党组织全面进步、全面过硬']);
    expect(documentMdx).toContain(`<Goal id="${split.goals[0]!.id}">全年力争实现基层党组织全面进步、全面过硬</Goal>`);
    for (const m of split.measures) expect(documentMdx).toContain(`<Measure id="${m.id}"`);
    expect(mdxText(documentMdx)).toContain('每月开展主题党日，9月底前完成换届。');
  });
});
