/** visitOutline and nodeText: which outline nodes are measures, and the text a node holds. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader } from '../../src/split/structure/document-header.ts';
import { linesToParagraphs } from '../../src/split/structure/paragraphs.ts';
import { paragraphsToOutline } from '../../src/split/structure/outline.ts';
import { visitOutline, nodeText } from '../../src/split/extract/outline-measures.ts';

function visits(...body: string[]) {
  const header = linesToHeader(cleanText(['关于做好基层党建工作的通知', ...body].join('\n')).lines);
  return visitOutline(paragraphsToOutline(linesToParagraphs(header.lines, header.roles)));
}
/** `[path, ancestor paths, isMeasure]` per visited node. */
const verdicts = (...body: string[]) => visits(...body).map((v) => [v.node.path, v.ancestors.map((a) => a.path), v.isMeasure]);

describe('visitOutline', () => {
  test('every node is visited in document order with its ancestors, outermost first', () => {
    expect(verdicts('一、主要任务', '（一）建立台账。', '1．各单位要建立台账。', '二、其他事项')).toEqual([
      ['一', [], false],
      ['一.（一）', ['一'], false],
      ['一.（一）.1', ['一', '一.（一）'], true],
      ['二', [], false],
    ]);
  });

  test('a lowest-level item is a measure when it prescribes action, not when it only names something', () => {
    expect(verdicts('三、主要任务', '（一）加强组织建设。各党支部要按期换届。', '（二）党员名册。')).toEqual([
      ['三', [], false],
      ['三.（一）', ['三'], true],
      ['三.（二）', ['三'], false],
    ]);
  });

  test('items under a guiding-thought or a goal section are not measures, however active their wording', () => {
    expect(verdicts('一、指导思想', '（一）坚持以人民为中心，推动工作落实。', '二、工作目标', '（一）到2022年底实现全覆盖。')).toEqual([
      ['一', [], false],
      ['一.（一）', ['一'], false],
      ['二', [], false],
      ['二.（一）', ['二'], false],
    ]);
  });

  test('a section that lists the members of a leading group is not a measure', () => {
    expect(verdicts('四、组织领导', '成立工作领导小组。', '组  长：张某某', '成  员：李某某')).toEqual([['四', [], false]]);
  });

  test('an article that obliges is one measure, its points are not, and purpose or entry-into-force articles are not', () => {
    expect(verdicts(
      '第一条 为规范财政资金管理，根据有关规定，制定本办法。',
      '第二条 市财政局负责组织实施预算绩效监控。监控内容包括：', '（一）绩效目标完成情况；', '（二）预算执行情况。',
      '第三条 本办法自2017年1月1日起施行。',
      '第四条 各单位应当按月报送监控情况。',
    )).toEqual([
      ['第一条', [], false],
      ['第二条', [], true],
      ['第二条.（一）', ['第二条'], false],
      ['第二条.（二）', ['第二条'], false],
      ['第三条', [], false],
      ['第四条', [], true],
    ]);
  });

  test('every task-table row is a measure, the table itself is not', () => {
    expect(verdicts('序号\t任务\t责任单位', '1\t工作台账\t县委组织部')).toEqual([
      ['表1', [], false],
      ['表1.1', ['表1'], true],
    ]);
  });
});

describe('nodeText', () => {
  const [, section] = visits('一、主要任务', '（一）**建立台账。**', '1．各单位要建立台账。', '2．定期更新。');

  test("a node's own text is its paragraphs without bold markers", () => {
    expect(nodeText(section.node)).toBe('建立台账。');
  });

  test('nested, the items under it follow, each with its number as written', () => {
    expect(nodeText(section.node, true)).toBe('建立台账。\n1．各单位要建立台账。\n2．定期更新。');
  });
});
