/** The MDX writer against the reference parser: whatever the text, MDX reads the same text back. */
import { describe, expect, test } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { writeMdx } from '../src/split/emit/write-mdx.ts';
import { mdxToMdast } from './support/parse-mdx.ts';

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
