/** Rules of task tables, each on a short invented table or cell. */
import { describe, expect, test } from 'vitest';
import { cellToAssignment, splitGluedNames } from '../../src/split/extract/cell-units.ts';

describe('unit cells', () => {
  test('units are separated by 、，； or spaces', () => {
    expect(cellToAssignment('县水利局、县农业农村局；县林业局 县气象局', 'unit').assigned).toEqual(['县水利局', '县农业农村局', '县林业局', '县气象局']);
  });
  test('list numbers are dropped, with or without a separator before them', () => {
    expect(cellToAssignment('1.县民政局 2、县卫健委', 'unit').assigned).toEqual(['县民政局', '县卫健委']);
    expect(cellToAssignment('（1）县民政局（2）县卫健委', 'unit').assigned).toEqual(['县民政局', '县卫健委']);
  });
  test('names run together are cut at an organ ending', () => {
    expect(splitGluedNames('县自然资源局县住建局')).toEqual(['县自然资源局', '县住建局']);
    expect(splitGluedNames('教务处学生处')).toEqual(['教务处', '学生处']);
    expect(splitGluedNames('办公室各班级')).toEqual(['办公室', '各班级']);
  });
  test('a branch ending (支行, 分局) never stands alone, even after an organ ending (中心)', () => {
    expect(splitGluedNames('人民银行某某市中心支行')).toEqual(['人民银行某某市中心支行']);
  });
  test('a division of an organ, or a word inside a name, is not cut', () => {
    expect(splitGluedNames('县委宣传部')).toEqual(['县委宣传部']);
    expect(splitGluedNames('县人力资源社会保障局')).toEqual(['县人力资源社会保障局']);
    expect(splitGluedNames('县教育局办公室')).toEqual(['县教育局办公室']);
    expect(splitGluedNames('新城镇综合执法大队')).toEqual(['新城镇综合执法大队']);
    expect(splitGluedNames('县安委会各成员单位')).toEqual(['县安委会各成员单位']);
    expect(splitGluedNames('局机关各支部')).toEqual(['局机关各支部']);
  });
  test('labels inside a cell give the roles, lead first', () => {
    expect(cellToAssignment('牵头单位：县商务局配合单位：县财政局 县税务局', 'unit')).toEqual({
      lead: ['县商务局'], assigned: [], support: ['县财政局', '县税务局'],
    });
    expect(cellToAssignment('主办：县文旅局；协办：各乡镇', 'unit')).toEqual({ lead: ['县文旅局'], assigned: [], support: ['各乡镇'] });
  });
  test('letter spacing stays inside one name; empty and placeholder cells have no unit', () => {
    expect(cellToAssignment('工 会 教务处', 'support').support).toEqual(['工 会', '教务处']);
    expect(cellToAssignment('', 'lead')).toEqual({ lead: [], assigned: [], support: [] });
    expect(cellToAssignment('—', 'lead')).toEqual({ lead: [], assigned: [], support: [] });
  });
});

import { cellsToColumns, cellsToRow } from '../../src/split/structure/task-table.ts';
import { alignCells, cellKind } from '../../src/split/structure/row-alignment.ts';
import { splitDocument } from '../../src/split/split-document.ts';

const split = (lines: string[]) => splitDocument(lines.join('\n'), 'table-rules.txt');
const rows = (lines: string[]) => split(lines).measures.map((m) => [m.path, m.title, m.units, m.deadlines.map((d) => d.raw)]);

describe('header columns', () => {
  test('every kind of unit label names a unit column; people and contacts never do', () => {
    expect(cellsToColumns(['序号', '事项名称', '牵头考核单位', '指导部门', '负责处室/年段', '协办单位', '责任单位负责人', '企业方联系人及联系方式'])).toEqual([
      'seq', 'name', 'lead', 'unit', 'unit', 'support', 'person', 'person',
    ]);
    expect(cellsToColumns(['编号', '工作任务', '主办/协办', '分管领导', '完成时限'])).toEqual(['seq', 'task', 'unit', 'person', 'deadline']);
  });
  test('a data row of short cells is not a header', () => {
    expect(cellsToColumns(['3', '年度工作', '学校年度工作清单', '全年', '办公室', '各处室', '王一'])).toBeNull();
  });
});

describe('short rows line up by content', () => {
  const columns = cellsToColumns(['序号', '项目名称', '子项序号', '子项名称', '工作措施', '完成时间', '负责处室', '配合处室', '负责人', '分管领导'])!;
  test('cells are typed by what they hold', () => {
    expect(['2—3', '7', '6月底前', '教务处 总务处', '李四 王 五', '制定并实施方案。'].map(cellKind)).toEqual(['subseq', 'seq', 'time', 'units', 'person', 'text']);
  });
  test('a row missing cells on both sides keeps each cell in its column', () => {
    const cells = ['2—3', '食堂改造', '完成食堂改造并验收。', '8月底前', '总务处', '安保处', '李四'];
    expect(alignCells(cells, columns)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const above = cellsToRow(['2', '后勤保障', '2—2', '宿舍维修', '完成宿舍维修。', '7月底前', '总务处', '', '李四', '赵六'], columns, null);
    expect(cellsToRow(cells, columns, above).filled).toEqual(['2', '后勤保障', '2—3', '食堂改造', '完成食堂改造并验收。', '8月底前', '总务处', '安保处', '李四', '赵六']);
  });
  test('a row with nothing to tell lines up on the right', () => {
    const three = cellsToColumns(['序号', '重点任务', '具体措施', '责任单位'])!;
    expect(alignCells(['开展检查', '县应急局'], three)).toEqual([2, 3]);
  });
});

describe('tables in documents', () => {
  test('an unnamed sub-number column, rows short on both sides, persons never units, the sub-item name as title', () => {
    expect(rows([
      '某校2024年重点工作清单',
      '序号 | 项目名称 | 子项目名称 | 工作措施 | 完成时间 | 负责处室 | 配合处室 | 负责人 | 分管领导',
      '1 | 校园安全 | 1—1 | 消防演练 | 组织全校消防演练。 | 5月底前 | 安保处 | 各年级 | 李四 | 赵六',
      '1—2 | 食品安全 | 开展食堂食品安全检查。 | 每月 | 总务处 | 安保处 | 王五',
      '2 | 教学管理 | 2—1 | 教研评估 | 制定教研组评估办法。 | 7月底前 | 教务处教科室 |  | 钱七 | 孙八',
    ])).toEqual([
      ['表1.1—1', '消防演练', ['安保处', '各年级'], ['5月底前']],
      ['表1.1—2', '食品安全', ['总务处', '安保处'], ['每月']],
      ['表1.2—1', '教研评估', ['教务处', '教科室'], ['7月底前']],
    ]);
  });
  test('category rows nest, also as full-width rows; a heading after the table ends it', () => {
    const lines = [
      '某县2024年优化营商环境任务清单',
      '序号 | 重点任务 | 责任单位 | 完成时限',
      '一、营商环境',
      '（一）政务服务 |  |  | ',
      '1 | 推行一网通办，实现网上可办。 | 县政务服务中心 | 6月底前',
      '（二）市场监管',
      '2 | 开展双随机抽查。 | 县市场监管局 | 每季度',
      '二、保障措施',
      '各单位要加强组织领导，明确责任分工。',
    ];
    const s = split(lines);
    expect(s.measures.map((m) => m.path)).toEqual(['表1.一.（一）.1', '表1.一.（二）.2', '二']);
  });
  test('an empty unit cell takes the units its duty text names; a filled one ignores the text', () => {
    expect(rows([
      '某县招商项目任务分解表',
      '序号 | 项目名称 | 责任单位 | 负责事项',
      '1 | 物流园 |  | 县交通局牵头对接，县财政局配合。',
      '2 | 冷链中心 | 县商务局 | 县商务局负责对接，项目所在乡镇配合。',
    ]).map((r) => r[2])).toEqual([['县交通局', '县财政局'], ['县商务局']]);
  });
});
