/** linesToParagraphs: lines → paragraphs, joining a sentence that a page break cut in two. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader } from '../../src/split/structure/document-header.ts';
import { linesToParagraphs } from '../../src/split/structure/paragraphs.ts';

const TITLE = '关于加强基层党建工作的通知';
/** The paragraphs of a document titled TITLE whose following lines are `body`. */
function paragraphs(...body: string[]) {
  const header = linesToHeader(cleanText([TITLE, ...body].join('\n')).lines);
  return linesToParagraphs(header.lines, header.roles);
}
const title = { line: 1, text: TITLE, role: 'title' };

describe('sentences cut by a page break', () => {
  test('a line that breaks off mid-sentence is joined with the line after the blank, every character kept', () => {
    expect(paragraphs('一、各级党组织要切实提高党建促业务水平，围绕中心服务大局', '', '推动工作落实。', '二、压实责任')).toEqual([
      title,
      { line: 2, text: '一、各级党组织要切实提高党建促业务水平，围绕中心服务大局推动工作落实。', role: 'body' },
      { line: 5, text: '二、压实责任', role: 'body' },
    ]);
  });

  test('a short numbered line without a full stop is a heading, not a cut sentence', () => {
    expect(paragraphs('一、加强组织建设', '', '各级党组织要切实提高党建促业务水平。')).toEqual([
      title,
      { line: 2, text: '一、加强组织建设', role: 'body' },
      { line: 4, text: '各级党组织要切实提高党建促业务水平。', role: 'body' },
    ]);
  });

  test('up to three blank lines are bridged, four are not', () => {
    const cut = '各级党组织要切实提高党建促业务水平，推动工作';
    expect(paragraphs(cut, '', '', '', '落实。')).toEqual([title, { line: 2, text: `${cut}落实。`, role: 'body' }]);
    expect(paragraphs(cut, '', '', '', '', '落实。')).toEqual([title, { line: 2, text: cut, role: 'body' }, { line: 7, text: '落实。', role: 'body' }]);
  });

  test('a line that ends a sentence is not joined', () => {
    expect(paragraphs('各级党组织要切实提高党建促业务水平。', '推动工作落实到位。')).toEqual([
      title,
      { line: 2, text: '各级党组织要切实提高党建促业务水平。', role: 'body' },
      { line: 3, text: '推动工作落实到位。', role: 'body' },
    ]);
  });

  test('a short numbered heading is not joined with the sentence under it', () => {
    expect(paragraphs('（一）加强组织领导', '各级党组织要切实提高党建促业务水平。')).toEqual([
      title,
      { line: 2, text: '（一）加强组织领导', role: 'body' },
      { line: 3, text: '各级党组织要切实提高党建促业务水平。', role: 'body' },
    ]);
  });

  test('a cut line is not continued by a line that opens a numbered item or a table row', () => {
    const cut = '各级党组织要切实提高党建促业务水平，推动工作';
    expect(paragraphs(cut, '（二）压实工作责任。')).toEqual([title, { line: 2, text: cut, role: 'body' }, { line: 3, text: '（二）压实工作责任。', role: 'body' }]);
    expect(paragraphs(cut, '序号\t任务\t责任单位')).toEqual([title, { line: 2, text: cut, role: 'body' }, { line: 3, text: '序号\t任务\t责任单位', role: 'body' }]);
  });
});

describe('lines that stay as they are', () => {
  test('a member list keeps one line per field, unless a bracket is left open', () => {
    expect(paragraphs('组  长：李某某（县委副书记', '县长）', '成  员：张某某', '王某某')).toEqual([
      title,
      { line: 2, text: '组  长：李某某（县委副书记县长）', role: 'body' },
      { line: 4, text: '成  员：张某某', role: 'body' },
      { line: 5, text: '王某某', role: 'body' },
    ]);
  });

  test('signature and date lines keep their roles and are never joined', () => {
    expect(paragraphs('请认真贯彻落实。', '某某县人民政府', '2021年3月5日')).toEqual([
      title,
      { line: 2, text: '请认真贯彻落实。', role: 'body' },
      { line: 3, text: '某某县人民政府', role: 'signature' },
      { line: 4, text: '2021年3月5日', role: 'date' },
    ]);
  });

  test('a tab-separated row keeps its edge tabs, which delimit empty cells, but loses its spaces', () => {
    expect(paragraphs('  \t1\t建立台账\t县委组织部\t　')).toEqual([title, { line: 2, text: '\t1\t建立台账\t县委组织部\t', role: 'body' }]);
  });
});
