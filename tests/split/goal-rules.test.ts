/** Goal rules, each on a short invented text with its exact expected goals. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader } from '../../src/split/structure/document-header.ts';
import { linesToParagraphs } from '../../src/split/structure/paragraphs.ts';
import { paragraphsToOutline } from '../../src/split/structure/outline.ts';
import { visitOutline } from '../../src/split/extract/outline-measures.ts';
import { outlineToGoals } from '../../src/split/extract/outline-to-goals.ts';
import { textToGoals, explicitTargets } from '../../src/split/extract/goals.ts';

function goals(...body: string[]) {
  const header = linesToHeader(cleanText(['东川县2024年农村供水工作方案', ...body].join('\n')).lines);
  const outline = paragraphsToOutline(linesToParagraphs(header.lines, header.roles));
  return outlineToGoals(visitOutline(outline), outline).map((g) => [g.text, g.path, g.line]);
}

describe('goals outside the outline and in combined sections', () => {
  test('a preamble “预期目标是：” gives its goals, before the outline goals, and a look-back sentence ends them', () => {
    expect(goals(
      '2024年我县供水工作的预期目标是：全年新建水厂3座，增长50%，农村自来水普及率达到95%。为实现上述目标，特制定本方案。',
      '一、主要任务',
      '（一）改造管网。各乡镇要力争年内改造管网120公里。',
    )).toEqual([
      ['全年新建水厂3座，增长50%', '', 2],
      ['农村自来水普及率达到95%', '', 2],
      ['年内改造管网120公里', '一.（一）', 4],
    ]);
  });

  test('a section headed “指导思想和工作目标” takes its goals from the “工作目标：” part only', () => {
    expect(goals(
      '一、指导思想和工作目标',
      '指导思想：坚持以人民为中心，使群众饮水更加安全。',
      '工作目标：农村供水保障水平明显提升，水质达标率稳步提高。',
      '二、主要任务',
    )).toEqual([
      ['农村供水保障水平明显提升', '一', 2],
      ['水质达标率稳步提高', '一', 2],
    ]);
  });
});

describe('the items of a target section', () => {
  test('items under 工作目标 state its targets; items under 目标任务 are tasks, read only for 力争', () => {
    expect(goals(
      '一、工作目标',
      '至2025年底，建成水厂8座。',
      '（一）2024年，建成水厂3座，由县水务公司负责实施。',
      '二、目标任务',
      '（一）新建泵站2座。',
    )).toEqual([
      ['建成水厂8座', '一', 2],
      ['建成水厂3座', '一.（一）', 4],
    ]);
  });
});

describe('textToGoals: which clauses of a goal text are targets', () => {
  test('a comma inside brackets does not split a target', () => {
    expect(textToGoals('建成公厕70座（其中城区7座，景区20座），改造泵站9座。')).toEqual(['建成公厕70座（其中城区7座，景区20座）', '改造泵站9座']);
  });

  test('a quantity before the target clause is a target too, and a rate of change joins the quantity before it', () => {
    expect(textToGoals('全年供水量达到800万吨，增长12%，实现水费收入2000万元，增长8.5%，服务水平显著提升。')).toEqual([
      '全年供水量达到800万吨，增长12%', '水费收入2000万元，增长8.5%', '服务水平显著提升',
    ]);
  });

  test('means, purposes, tasks and connectives are not targets', () => {
    expect(textToGoals('为进一步完善供水机制，以水厂改造为重点，结合乡村建设，大力推广节水器具，形成城乡统筹的供水格局，为乡村振兴提供保障。')).toEqual([
      '形成城乡统筹的供水格局',
    ]);
    expect(textToGoals('全面加强水质监测，形成统一调度格局，由县水务局负责组织。')).toEqual(['形成统一调度格局']);
    expect(textToGoals('管网漏损率明显下降。在此基础上，争取建成县级水质检测中心。')).toEqual(['管网漏损率明显下降', '建成县级水质检测中心']);
  });

  test('clauses before the target time say how: 通过…，排查…，到2025年底，A，B', () => {
    expect(textToGoals('通过集中整治，全面排查供水隐患，到2025年底，水源地保护率达到100%，供水应急机制基本建立。')).toEqual([
      '水源地保护率达到100%', '供水应急机制基本建立',
    ]);
  });

  test('争取 opens the target as 力争 does, and a span after it is no goal', () => {
    expect(textToGoals('以水源保护为平台，结合河道整治，争取用3年时间，基本形成城乡一体供水网络。')).toEqual(['基本形成城乡一体供水网络']);
  });

  test('a sentence followed in its paragraph by one anchored in time, with no time of its own, is the approach', () => {
    expect(textToGoals('完善水价形成机制，推动供水企业改革。到2026年，建成智慧水务平台，用水户满意度达到90%。')).toEqual([
      '建成智慧水务平台', '用水户满意度达到90%',
    ]);
    expect(textToGoals('完善水价形成机制。用水户满意度明显提高。')).toEqual(['完善水价形成机制', '用水户满意度明显提高']);
  });

  test('a bare year and a year written with a space (“20 25年”) are times, not goals', () => {
    expect(textToGoals('2025年，完成6座水厂提标改造。到20 26年，力争建成供水环网。')).toEqual(['完成6座水厂提标改造', '建成供水环网']);
  });

  test('a stray “ (no ” after it) does not hold the rest of the sentence together', () => {
    expect(textToGoals('完成东溪“引水工程，新建泵站2座；完成西岭水厂扩建。')).toEqual(['完成东溪“引水工程', '新建泵站2座', '完成西岭水厂扩建']);
  });
});

describe('explicitTargets: targets in ordinary text', () => {
  test('努力争取 is no 力争', () => {
    expect(explicitTargets('各校要努力争取省级示范校资格。')).toEqual([]);
  });

  test('a staged target is read from its first stage: 到2025年，A，B，力争到2027年，C', () => {
    expect(explicitTargets('平台按期上线。到2025年，县级平台基本建成，与市级平台互联互通，力争到2027年，实现与省级平台数据共享。')).toEqual([
      '县级平台基本建成', '与市级平台互联互通', '与省级平台数据共享',
    ]);
  });

  test('a 力争 that only sets the time of the item’s own work is a schedule, not a goal', () => {
    expect(explicitTargets('加快水厂二期前期工作，力争第三季度开工建设。')).toEqual([]);
    expect(explicitTargets('力争年内新建水厂2座。')).toEqual(['年内新建水厂2座']);
  });

  test('a later clause of a 力争 sentence needs a measurable result; 实现 alone is not one', () => {
    expect(explicitTargets('力争实现管护重心下移，实现激励机制，方便群众。')).toEqual(['管护重心下移']);
  });

  test('“实现A和B两大目标” gives A and B; a 力争 around a quoted target gives the quoted one once', () => {
    expect(explicitTargets('实现供水保障全市领先和群众满意度进全省前十两大目标，办好民生实事。')).toEqual([
      '供水保障全市领先', '群众满意度进全省前十',
    ]);
    expect(explicitTargets('有条件的地方力争实现“一村一座蓄水池”目标。')).toEqual(['一村一座蓄水池']);
  });
});
