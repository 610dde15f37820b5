/** The docx reader's rules on small hand-written OOXML parts. */
import { describe, expect, test } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { docxToText } from '../../src/split/read/docx/docx-to-text.ts';
import { chineseCounting } from '../../src/split/read/docx/docx-numbering.ts';
import { readDocument } from '../../src/split/read/read-document.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const r = (t: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const p = (inner: string, num?: [number, number]) => `<w:p>${num ? `<w:pPr><w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr></w:pPr>` : ''}${inner}</w:p>`;

function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`) };
  for (const [k, v] of Object.entries(parts)) files[k] = strToU8(v);
  return zipSync(files);
}
const text = (bytes: Uint8Array) => {
  const r = docxToText(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
};

const lvl = (i: number, fmt: string, t: string, start = 1) => `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${t}"/></w:lvl>`;
const NUMBERING = `<w:numbering ${W}><w:abstractNum w:abstractNumId="5">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum>
<w:abstractNum w:abstractNumId="6">${lvl(0, 'decimal', '第%1条')}</w:abstractNum><w:abstractNum w:abstractNumId="7">${lvl(0, 'bullet', '')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="6"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>`;

describe('Word automatic numbering, written out as a reader sees it', () => {
  test('一、（一）1.（1）: deeper levels restart under a new higher item', () => {
    const body = [p(r('总体要求'), [1, 0]), p(r('指导思想'), [1, 1]), p(r('工作任务'), [1, 0]), p(r('加强领导'), [1, 1]), p(r('建立制度'), [1, 2]), p(r('细化'), [1, 3]), p(r('细化二'), [1, 3]), p(r('明确责任'), [1, 2]), p(r('压实责任'), [1, 1])].join('');
    expect(text(docx(body, { 'word/numbering.xml': NUMBERING })).split('\n')).toEqual([
      '一、总体要求', '（一）指导思想', '二、工作任务', '（一）加强领导', '1.建立制度', '（1）细化', '（2）细化二', '2.明确责任', '（二）压实责任',
    ]);
  });
  test('a list instance with startOverride starts again; 第%1条 is followed by a full-width space; bullets show nothing', () => {
    const body = [p(r('甲'), [1, 0]), p(r('乙'), [1, 0]), p(r('丙'), [4, 0]), p(r('适用范围'), [2, 0]), p(r('要点'), [3, 0])].join('');
    expect(text(docx(body, { 'word/numbering.xml': NUMBERING })).split('\n')).toEqual(['一、甲', '二、乙', '一、丙', '第1条　适用范围', '要点']);
  });
  test('numbering carried by a paragraph style (basedOn followed)', () => {
    const styles = `<w:styles ${W}><w:style w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>`;
    const body = `<w:p><w:pPr><w:pStyle w:val="H1b"/></w:pPr>${r('总体要求')}</w:p><w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr>${r('主要任务')}</w:p>`;
    expect(text(docx(body, { 'word/numbering.xml': NUMBERING, 'word/styles.xml': styles }))).toBe('一、总体要求\n二、主要任务');
  });
  test('Chinese counting', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 105].map((n) => chineseCounting(n))).toEqual(['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百〇五']);
  });
});

describe('bold, tables, text boxes, notes', () => {
  test('bold-lead: only a bold run opening a paragraph followed by plain text is marked', () => {
    const body = [p(r('加强组织领导。', true) + r('各级党组织要…')), p(r('关于印发的通知', true)), p(r('要') + r('坚决', true) + r('落实'))].join('');
    expect(text(docx(body))).toBe('**加强组织领导。**各级党组织要…\n关于印发的通知\n要坚决落实');
  });
  test('vmerge-repeat, gridspan-empty, full-row', () => {
    const tc = (t: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(t ? r(t) : '')}</w:tc>`;
    const grid = '<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>';
    const rows = [
      [tc('任务'), tc('牵头单位'), tc('时限')],
      [tc('一、类别', '<w:gridSpan w:val="3"/>')],
      [tc('甲'), tc('市委组织部', '<w:vMerge w:val="restart"/>'), tc('6月底前')],
      [tc('乙'), tc('', '<w:vMerge/>'), tc('9月底前')],
      [tc('丙丁', '<w:gridSpan w:val="2"/>'), tc('年底前')],
    ].map((cells) => `<w:tr>${cells.join('')}</w:tr>`).join('');
    expect(text(docx(`<w:tbl>${grid}${rows}</w:tbl>`)).split('\n')).toEqual(['任务\t牵头单位\t时限', '一、类别', '甲\t市委组织部\t6月底前', '乙\t市委组织部\t9月底前', '丙丁\t\t年底前']);
  });
  test('text-box kept after its paragraph (mc:Fallback not read twice); footnotes appended; deletions dropped', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>框中文字</w:t></w:r></w:p></w:txbxContent>';
    const body = p(`<w:r><mc:AlternateContent><mc:Choice><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>${r('正文')}`)
      + p(`${r('见说明')}<w:r><w:footnoteReference w:id="2"/></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>${r('。')}`);
    const notes = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="0"><w:p>${r('—')}</w:p></w:footnote><w:footnote w:id="2"><w:p>${r('说明文字')}</w:p></w:footnote></w:footnotes>`;
    expect(text(docx(body, { 'word/footnotes.xml': notes })).split('\n')).toEqual(['正文', '框中文字', '见说明。', '注1：说明文字']);
  });
});

describe('the registry chooses by content', () => {
  test('a docx named .doc is read as docx; an OFD and a scan say what to provide', async () => {
    const d = await readDocument(docx(p(r('正文'))), '文件.doc');
    expect(d.ok && d.format).toBe('docx');
    const ofd = await readDocument(zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') }), 'x.ofd');
    expect(!ofd.ok && ofd.id).toBe('unsupported-format');
    const rtf = await readDocument(strToU8('{\\rtf1\\ansi 正文}'), 'x.doc');
    expect(!rtf.ok && rtf.id).toBe('unsupported-format');
  });
  test('a broken docx is undecodable, not a crash', async () => {
    const bytes = docx(p(r('正文'))).slice(0, 60);
    const d = await readDocument(bytes, 'x.docx');
    expect(d.ok).toBe(false);
  });
});
