/** Goal statements: textToGoals, inlineGoalText, explicitTargets and the GOAL_HEADING rule. */
import { describe, expect, test } from 'vitest';
import { textToGoals, inlineGoalText, explicitTargets, GOAL_HEADING } from '../../src/split/extract/goals.ts';

describe('textToGoals: the body of a 目标 section', () => {
  test('each clause is a goal; a clause that only says when is not', () => {
    expect(textToGoals('到2022年底，基层党组织全面进步、全面过硬，党员队伍素质明显提升。')).toEqual(['基层党组织全面进步、全面过硬', '党员队伍素质明显提升']);
  });

  test('a list after a colon holds the goals, and 力争/确保/实现 lead words are dropped', () => {
    expect(textToGoals('通过三年的努力，力争实现“三个明显提升”：党员素质明显提升，组织力明显增强，服务群众能力明显提高。')).toEqual([
      '党员素质明显提升', '组织力明显增强', '服务群众能力明显提高',
    ]);
  });

  test('clauses before the one that states the target only say how, and are left out', () => {
    expect(textToGoals('通过专项整治，确保燃气安全隐患全部整改到位，事故明显减少。')).toEqual(['燃气安全隐患全部整改到位', '事故明显减少']);
  });

  test('a sentence ending in a colon introduces something else, and ends the goals', () => {
    expect(textToGoals('党员队伍素质明显提升。重点解决以下问题：\n一是组织软弱涣散')).toEqual(['党员队伍素质明显提升']);
  });
});

describe('inlineGoalText', () => {
  test('the text after “总体目标是：” is the goal text, bold markers aside', () => {
    expect(inlineGoalText('实施乡村振兴战略的总体目标是：到2025年农业农村现代化取得重要进展。')).toBe('到2025年农业农村现代化取得重要进展。');
    expect(inlineGoalText('**工作目标：**村级活动场所全部达标。')).toBe('村级活动场所全部达标。');
  });

  test('text that introduces no goal gives null', () => {
    expect(inlineGoalText('加强组织领导，明确目标责任。')).toBeNull();
  });
});

describe('explicitTargets: targets in ordinary text', () => {
  test('from 力争 to the end of the sentence, the clauses that state a measurable result', () => {
    expect(explicitTargets('各地要加大投入，力争全年新建充电桩500个，覆盖率达到90%，做好宣传，确保不发生重大事故。')).toEqual([
      '全年新建充电桩500个', '覆盖率达到90%', '不发生重大事故',
    ]);
  });

  test('a quoted target (实现“…”的目标) is a target, and text without one gives none', () => {
    expect(explicitTargets('坚决实现“不死人、少伤人”的目标。')).toEqual(['不死人、少伤人']);
    expect(explicitTargets('加强组织领导，压实工作责任。')).toEqual([]);
  });
});

test('GOAL_HEADING names goal sections and not task sections', () => {
  const headings = ['主要目标', '工作目标', '目标任务', '总体目标和要求', '目标要求', '主要任务', '工作任务', '目标管理考核'];
  expect(headings.filter((h) => GOAL_HEADING.test(h))).toEqual(['主要目标', '工作目标', '目标任务', '总体目标和要求', '目标要求']);
});
