/** Behaviour of the split on small fixtures, one per artifact of real documents. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../src/split/read/decode-text.ts';
import { splitOne, mdxText, mdxNodeTypes } from './support/split-one.ts';
import { caseText, fixtureCases } from './support/fixture-cases.ts';
import { textToCells } from '../src/split/structure/task-table.ts';

/** An artifact: a case folder's input.txt (`page-break`) or a flat file (`binary.docx`, `empty.txt`). */
const artifactUrl = (name: string) => new URL(`./fixtures/artifacts/${/\.\w+$/.test(name) ? name : `${name}/input.txt`}`, import.meta.url);
const fixture = (name: string) => readFileSync(artifactUrl(name));
const textOf = (name: string) => {
  const d = decodeText(fixture(name));
  if (!d.ok) throw new Error(d.reason);
  return d.text;
};

describe('decoding input files', () => {
  test('GB18030 text is detected and decoded to the same document as UTF-8', () => {
    const d = decodeText(fixture('gb18030'));
    expect(d).toMatchObject({ ok: true, encoding: 'gb18030' });
    const gb = splitOne(textOf('gb18030'));
    expect(gb.split.document.title).toBe('关于开展2022年基层党建工作的通知');
    expect(gb.split.measures.map((m) => m.title)).toEqual(['加强学习', '规范组织生活']);
  });
  test('a UTF-8 BOM is dropped and CRLF reads like LF', () => {
    const bytes = new TextEncoder().encode('\uFEFF' + textOf('page-break').replace(/\n/g, '\r\n'));
    const d = decodeText(bytes);
    expect(d.ok && d.text.startsWith('关于')).toBe(true);
    expect(splitOne(d.ok ? d.text : '').split.measures.map((m) => m.title)).toEqual(['加强学习', '规范组织生活']);
  });
  test('a binary file is rejected with a reason', () => {
    expect(decodeText(fixture('binary.docx'))).toEqual({ ok: false, reason: '不是文本文件：开头是 ZIP（.docx 的格式）但无法解压，文件已损坏或不完整；请重新获取原件，或在 Word/WPS 中打开后另存为 .docx' });
  });
  test('an empty file decodes to empty text', () => {
    expect(decodeText(fixture('empty.txt'))).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});

describe('dirty input', () => {
  test('a sentence cut by a page break and a blank line is joined', () => {
    const { split } = splitOne(textOf('page-break'));
    expect(split.measures[0].text).toBe('加强学习。各支部要组织党员学习，提高党建促业务水平。【机关党委负责】');
    // The 【】 tag assigns the item; 各支部, only obliged by a sentence, is not added beside it.
    expect(split.measures[0].units).toEqual(['机关党委']);
    expect(split.measures[1].deadlines).toEqual([
      { raw: '每月', kind: 'recurring', frequency: 'monthly', minTimes: null, maxTimes: null, when: null },
      { raw: '9月底前', kind: 'date', date: '2021-09-30', bound: 'by', precision: 'month' },
    ]);
  });
  test('page numbers glued to line starts are removed, not read as items; inline items are split out', () => {
    const { split } = splitOne(textOf('page-markers'));
    expect(split.removals.map((r) => `${r.rule}:${r.text}`)).toEqual([
      'page-footer:第4页 共4页', 'page-marker:2、', 'page-marker:3、', 'page-marker:4、',
    ]);
    expect(split.document.outline.map((o) => `${o.path} ${o.heading}`)).toEqual([
      '一 总体要求', '一.1 提高认识', '二 主要措施', '二.1 加强班子建设', '二.2 规范组织生活',
    ]);
    expect(split.measures.map((m) => m.title)).toEqual(['加强班子建设', '规范组织生活']);
    expect(split.measures[1].deadlines.map((d) => d.raw)).toEqual(['每季度召开一次']);
  });
  test('bookmarks, footers, bold markers and full-width numbering', () => {
    const { split } = splitOne(textOf('debris-widths'));
    expect(split.removals.map((r) => r.rule)).toEqual(['bookmark', 'bold-marker', 'bold-marker', 'page-footer']);
    expect(split.document).toMatchObject({
      docNumber: '某组发〔２０２１〕３号', title: '关于做好党员教育培训工作的通知', recipients: '各乡镇党委',
      issuer: '中共某某县委组织部', date: '2021-03-05',
    });
    expect(split.document.outline.map((o) => `${o.path}|${o.heading}`)).toEqual([
      '一|工作 要求', '一.１|强化培训', '一.２|落实责任', '二|其他事项', '二.（一）|及时报送',
    ]);
    expect(split.measures.map((m) => [m.title, m.units, m.deadlines.map((d) => d.raw)])).toEqual([
      ['强化培训', ['各乡镇党委'], ['６月底前']],
      ['落实责任', ['各乡镇党委'], []],
      ['及时报送', ['各乡镇党委'], ['每月']],
    ]);
  });
});

describe('MDX output', () => {
  test('text such as {, <script> and import comes out literally, never as code', () => {
    const { documentMdx, files, problems } = splitOne(textOf('mdx-hostile'));
    expect(problems).toEqual([]);
    const types = mdxNodeTypes(documentMdx);
    for (const code of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'list', 'link', 'emphasis', 'inlineCode']) {
      expect(types.has(code)).toBe(false);
    }
    const text = mdxText(documentMdx);
    expect(text).toContain("{年度}、<script>alert(1)</script>和<附表>");
    expect(text).toContain("import x from 'y'");
    expect(text).toContain('* 星号、_下划线_、# 井号、`反引号`、[链接](地址) 和 | 竖线 |');
    expect(text).toContain('export const a = 1;');
    // A measure entry is its frontmatter only: the text is data there, never MDX.
    const measure = files.find((f) => f.collection === 'measures')!.mdx;
    expect(mdxText(measure)).toBe('');
    expect(measure).toContain('export const a = 1;');
  });
});

/** Original text minus the recorded debris, without whitespace. */
function expectedText(original: string, removals: { line: number; text: string }[], tableLines: Set<number>): string {
  const lines = original.split(/\r\n|\r|\n/);
  for (const r of removals) {
    const at = lines[r.line - 1].indexOf(r.text);
    expect(at, `removal “${r.text}” on line ${r.line}`).toBeGreaterThanOrEqual(0);
    lines[r.line - 1] = lines[r.line - 1].slice(0, at) + lines[r.line - 1].slice(at + r.text.length);
  }
  // Cell separators of a task-table row become the table's structure, not text.
  return lines.map((l, i) => (tableLines.has(i + 1) ? textToCells(l)!.join('') : l)).join('').replace(/\s+/g, '');
}

const everyDocument = [
  ...[...fixtureCases('seeds'), ...fixtureCases('genre')].map((c) => [c.source, new URL('input.txt', c.dir)] as const),
  ...['page-break', 'page-markers', 'debris-widths', 'mdx-hostile', 'gb18030'].map((n) => [`${n}.txt`, artifactUrl(n)] as const),
];

describe('nothing is lost', () => {
  test.each(everyDocument)(
    '%s: every character of the body appears in the document page exactly once and in order',
    (_name, url) => {
      const d = decodeText(readFileSync(url));
      if (!d.ok) throw new Error(d.reason);
      const { split, documentMdx } = splitOne(d.text);
      expect(split.removals.every((r) => /^(?:\[bookmark:[^\]]*\]|\*\*|\d{1,3}、|第\s*\d+\s*页.*共\s*\d+\s*页|[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页)$/.test(r.text))).toBe(true);
      expect(mdxText(documentMdx).replace(/\s+/g, '')).toBe(expectedText(d.text, split.removals, new Set([...split.anchors.keys()].filter((n) => n.kind === 'row' || n.kind === 'table').map((n) => n.line))));
    },
  );
});

describe('document parts', () => {
  const seed = (name: string) => {
    const c = fixtureCases('seeds').find((f) => f.source.startsWith(name))!;
    return splitOne(caseText(c), c.source).split;
  };
  test('two co-signing organs, 公开方式, a leading group with its office', () => {
    const { document } = seed('台山市');
    expect(document).toMatchObject({
      issuers: ['中共台山市教育局党组', '中共台山市教育局委员会'], disclosure: '主动公开',
      signature: '中共台山市教育局党组、中共台山市教育局委员会',
    });
    expect(document.leadingGroups).toEqual([{
      name: '三年行动计划工作小组',
      members: [
        { role: '组长', people: '李石凑 （党组书记、局长）' },
        { role: '副组长', people: '吴振文 、容惠汉、李育恒、黄伟湛、邝旭东' },
        { role: '成员', people: '陈卓光、朱毅夫、梁伟平、颜校强、陈建伟、陈炼明、雷慕瑜、陈惠庭、黄生足、容杰聪、刘一柱、容红艳' },
      ],
      office: '工作小组办公室',
    }]);
    expect(document.citedDocuments).toContain('《广东省加强党的基层组织建设三年行动计划（2018—2020年）》');
    expect(document.quotedTerms).toContain('三会一课');
  });
  test('an attachment becomes a section of its own, and cited 文号 are collected', () => {
    const { document } = seed('绵阳市');
    expect(document.attachments).toEqual(['绵阳市直教体系统基层党建“3+2”书记项目工作领导小组名单']);
    expect(document.outline.at(-1)).toEqual({
      path: '附件', depth: 1, marker: '附件：', heading: '绵阳市直教体系统基层党建“3+2”书记 项目工作领导小组名单', anchor: 's-fj', measureId: null,
    });
    expect(document.citedDocNumbers).toEqual(['绵委发〔2017〕8号']);
    expect(document.leadingGroups[0].office).toBe('领导小组办公室');
  });
});

describe('task tables', () => {
  test('tab rows: empty cells count, merged leading cells come from the row above, persons are not units', () => {
    const { split } = splitOne(textOf('tab-table'));
    expect(split.measures.map((m) => [m.path, m.title, m.units, m.deadlines.map((d) => d.raw)])).toEqual([
      ['表1.1', '制定责任清单并印发实施', ['区委办', '区委编办'], ['3月底前']],
      ['表1.1-2', '督促各单位落实责任制', ['区委办'], ['每季度']],
      ['表1.2', '开展专项排查', ['区应急局', '区住建局', '区市场监管局'], ['4月至9月']],
      ['表1.2-2', '组织专项检查', ['区应急局'], ['6月底前']],
    ]);
    expect(split.measures[1].text).toBe('压实责任\n督促各单位落实责任制');
    expect(split.measures.map((m) => m.leadUnits)).toEqual([['区委办'], ['区委办'], ['区应急局'], ['区应急局']]);
  });
});
