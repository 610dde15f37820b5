/** Exact behaviour of the unit and deadline rules on the sentences that taught them. */
import { describe, expect, test } from 'vitest';
import { textToUnits, unitsInOrder } from '../src/split/extract/units.ts';
import { textToDeadlines } from '../src/split/extract/deadlines.ts';

const units = (text: string) => unitsInOrder(textToUnits(text));
const raws = (text: string, year: number | null = 2021) => textToDeadlines(text, { year }).map((d) => d.raw);

describe('responsible units', () => {
  test.each([
    ['【市县党委组织部、宣传部、党校，市属党（工）委负责】', ['市县党委组织部', '宣传部', '党校', '市属党（工）委']],
    ['（牵头单位：市委教育工委组织处；配合单位：各县（市、区）委教育工委、市教育局民办教育处）', ['市委教育工委组织处', '各县（市、区）委教育工委', '市教育局民办教育处']],
    ['由工作小组牵头制定具体实施方案。', ['工作小组']],
    ['市教委党组办负责培训校处级干部，各单位各部门党组织负责培训本单位党员。', ['市教委党组办', '各单位各部门党组织']],
    ['各单位、部门党组织要在认真调查的基础上制定方案。', ['各单位、部门党组织']],
    ['各县（市、区）人民政府、市直各有关部门要把优化营商环境作为“一把手”工程。', ['各县（市、区）人民政府', '市直各有关部门']],
    ['领导班子和领导干部要坚持中心组学习制度。', ['领导班子']],
    ['各基层党组织书记要真正扛起第一责任人的责任。', []],
    ['党员领导干部到所在支部讲党课。', []],
    ['县委党史学习教育巡回指导组负责督促指导。', ['县委党史学习教育巡回指导组']],
    ['开发建设支部组织生活会案例库，市委组织部带头落实。', ['市委组织部']],
    ['【市县党委组织部，市属党（工）委负责】', ['市县党委组织部', '市属党（工）委']],
    ['做好县委主要领导讲话的起草审核工作。（综合科牵头，县委政研室配合）', ['综合科', '县委政研室']],
    ['县住房和城乡建设局、县城市管理和综合执法局要加强燃气安全检查。', ['县住房和城乡建设局', '县城市管理和综合执法局']],
    ['各设区市要将县域商业体系建设纳入重要议事日程。', ['各设区市']],
    ['本办法由市财政局负责解释。', ['市财政局']],
  ])('%s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
  test('牵头 and 配合 roles are kept apart, lead first', () => {
    expect(textToUnits('由市发展改革委牵头，市财政局、市审计局配合。')).toEqual({ lead: ['市发展改革委'], assigned: [], support: ['市财政局', '市审计局'] });
  });
});

describe('deadline phrases', () => {
  test.each([
    ['要在高考中考后形成制度成果', ['高考中考后']],
    ['按照年初制定的任务分解方案', []],
    ['在６月底前完成轮训', ['６月底前']],
    ['方案于11月2023日前报党组办，每年年底书面报告', ['11月2023日前', '每年年底']],
    ['全面落实2019年发展党员指导性计划，完成2019年度阵地建设计划', []],
    ['制定《2019—2023年湛江市党员教育培训工作规划》', []],
    ['2018“规范化建设”主题年；2020年“全面过硬”主题年', []],
    ['次年1月前报送', ['次年1月前']],
    ['每日１６时前报送雨情，接到预警后30分钟内响应、1小时内到岗', ['每日１６时前', '30分钟内', '1小时内']],
    ['２０２５年４月１８日下午，县人民政府副县长在县政府三楼会议室主持召开专题会议', []],
    ['本办法自2016年10月1日起施行', []],
    ['次月10日前报送上月数据，主汛期前完成排查', ['次月10日前', '主汛期前']],
    ['年初制定全县督查检查考核计划', ['年初']],
  ])('%s', (text, expected) => {
    expect(raws(text)).toEqual(expected);
  });
  test('normalised forms', () => {
    expect(textToDeadlines('每年至少 2 次研究，隔周一次，任期届满前6个月，8月下旬', { year: 2018 })).toEqual([
      { raw: '每年至少 2 次', kind: 'recurring', frequency: 'yearly', minTimes: 2, maxTimes: null, when: null },
      { raw: '隔周一次', kind: 'recurring', frequency: 'biweekly', minTimes: 1, maxTimes: 1, when: null },
      { raw: '任期届满前6个月', kind: 'relative', anchor: '任期届满', direction: 'before', offset: { amount: 6, unit: 'month' } },
      { raw: '8月下旬', kind: 'period', start: '2018-08-21', end: '2018-08-31' },
    ]);
    expect(textToDeadlines('9月底前', { year: null })).toEqual([{ raw: '9月底前', kind: 'relative', anchor: null, direction: 'before', offset: null }]);
  });
});

describe('ids', () => {
  test('a document id spells its 文号 organ in full pinyin, so organs with the same initials differ', async () => {
    const { documentId } = await import('../src/model/ids.ts');
    expect(documentId('湛组通〔2019〕22号', '', null)).toBe('zhanzutong-2019-22');
    expect(documentId('珠组通〔2019〕22号', '', null)).toBe('zhuzutong-2019-22');
    expect(documentId('〔２０２５〕第８期', '关于全县防汛备汛工作的会议纪要', null)).toBe('qxfxbxgz-2025-8');
  });
  test('chapters and articles are numbered by their ordinal, so 第十三条 and 第十四条 differ', async () => {
    const { pathSlug } = await import('../src/model/ids.ts');
    expect([pathSlug('第四章.第十三条'), pathSlug('第四章.第十四条'), pathSlug('四.（四）.3'), pathSlug('附件.表1.12-2')]).toEqual(['4-13', '4-14', '4-4-3', 'fj-t1-12-2']);
  });
});
