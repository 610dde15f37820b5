/** outlineToGoals: goals of a 目标 section, an inline “总体目标是：”, and explicit targets, each once. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader } from '../../src/split/structure/document-header.ts';
import { linesToParagraphs } from '../../src/split/structure/paragraphs.ts';
import { paragraphsToOutline } from '../../src/split/structure/outline.ts';
import { visitOutline } from '../../src/split/extract/outline-measures.ts';
import { outlineToGoals } from '../../src/split/extract/outline-to-goals.ts';

function goals(...body: string[]) {
  const header = linesToHeader(cleanText(['关于加强基层党组织建设的实施方案', ...body].join('\n')).lines);
  const outline = paragraphsToOutline(linesToParagraphs(header.lines, header.roles));
  return outlineToGoals(visitOutline(outline), outline);
}

describe('outlineToGoals', () => {
  test('the statements under a 工作目标 heading are goals, with the path and line of the section heading', () => {
    expect(goals('一、工作目标', '到2022年底，基层党组织全面进步、全面过硬，党员队伍素质明显提升。', '二、主要任务')).toEqual([
      { text: '基层党组织全面进步、全面过硬', path: '一', line: 2 },
      { text: '党员队伍素质明显提升', path: '一', line: 2 },
    ]);
  });

  test('a goal section whose statement follows its heading on the same line is read after the heading', () => {
    expect(goals('（一）主要目标。力争实现村级活动场所全部达标，党员培训全覆盖。')).toEqual([
      { text: '村级活动场所全部达标', path: '（一）', line: 2 },
      { text: '党员培训全覆盖', path: '（一）', line: 2 },
    ]);
  });

  test('an inline “总体目标是：” inside a task item gives the goals after it', () => {
    expect(goals('一、主要任务', '（一）加强阵地建设。实施阵地建设的总体目标是：村级活动场所全部达标。')).toEqual([
      { text: '村级活动场所全部达标', path: '一.（一）', line: 3 },
    ]);
  });

  test('an explicit 力争 target in a task item is a goal of that item', () => {
    expect(goals('一、主要任务', '（一）开展培训。各乡镇要力争全年培训党员2000人次，做好宣传。')).toEqual([
      { text: '全年培训党员2000人次', path: '一.（一）', line: 3 },
    ]);
  });

  test('an explicit target in a paragraph outside the outline is a goal with no path', () => {
    expect(goals('为全面提升基层党建水平，力争全县党组织达标率达到100%。', '一、主要任务', '（一）加强组织领导。各单位要高度重视。')).toEqual([
      { text: '全县党组织达标率达到100%', path: '', line: 2 },
    ]);
  });

  test('the same goal stated twice is kept once, where it is first found', () => {
    expect(goals('一、工作目标', '党员队伍素质明显提升。', '二、主要任务', '（一）加强教育。实施教育的总体目标是：党员队伍素质明显提升。')).toEqual([
      { text: '党员队伍素质明显提升', path: '一', line: 2 },
    ]);
  });

  test('an outline with no goal gives none', () => {
    expect(goals('一、主要任务', '（一）加强组织领导。各单位要高度重视。')).toEqual([]);
  });

  // Was a bug: goals in paragraphs outside the outline were appended after all outline goals.
  test('goals come in reading order, a preamble target before the outline goals', () => {
    const found = goals('为全面提升基层党建水平，力争全县党组织达标率达到100%。', '一、主要任务', '（一）开展培训。各乡镇要力争全年培训党员2000人次。');
    expect(found.map((g) => g.line)).toEqual([2, 4]);
  });
});
