/** Task tables written as text: textToCells, cellsToColumns, cellsToRow, cellsOf. */
import { describe, expect, test } from 'vitest';
import { textToCells, cellsToColumns, cellsToRow, cellsOf, type ColumnRole } from '../../src/split/structure/task-table.ts';

describe('textToCells', () => {
  test('every tab separates two cells, so edge tabs give empty (merged) cells', () => {
    expect(textToCells('1\t建立台账\t县委组织部')).toEqual(['1', '建立台账', '县委组织部']);
    expect(textToCells('\t完善制度\t县委组织部\t')).toEqual(['', '完善制度', '县委组织部', '']);
    expect(textToCells('1\t建立台账\t　 ')).toEqual(['1', '建立台账', '']);
  });

  test('bars framing a row at both ends are dropped; half- and full-width bars both separate', () => {
    expect(textToCells('| 1 | 建立台账 | 县委组织部 |')).toEqual(['1', '建立台账', '县委组织部']);
    expect(textToCells('1 | 建立台账 | 县委组织部')).toEqual(['1', '建立台账', '县委组织部']);
    expect(textToCells('建立台账｜县委组织部｜2021年')).toEqual(['建立台账', '县委组织部', '2021年']);
  });

  test('a sentence, a lone bar, or a row with fewer than two filled cells is not a row', () => {
    expect(['各单位要建立台账。', '建立台账 |', 'a |b', '1|2', '\t\t完善制度\t\t'].map(textToCells)).toEqual([null, null, null, null, null]);
  });
});

describe('cellsToColumns', () => {
  test('a header row names the role of each column, spaces and widths aside', () => {
    expect(cellsToColumns(['序号', '重点任务', '牵头单位', '配合单位', '完成时限'])).toEqual(['seq', 'task', 'lead', 'support', 'deadline']);
    expect(cellsToColumns(['序 号', '工作措施', '责任单位', '责任人', '备注'])).toEqual(['seq', 'measure', 'unit', 'person', 'other']);
  });

  test('a header needs a task or measure column and at least two known columns', () => {
    expect(cellsToColumns(['序号', '姓名', '职务'])).toBeNull();
    expect(cellsToColumns(['重点任务', '备注'])).toBeNull();
    expect(cellsToColumns(['序号', '重点任务'])).toEqual(['seq', 'task']);
  });
});

describe('cellsToRow and cellsOf', () => {
  const columns: ColumnRole[] = ['seq', 'task', 'lead', 'support', 'deadline'];
  const first = cellsToRow(['1', '推行一网通办', '市政务服务中心', '市大数据局', '2020年底前'], columns, null);

  test('a full row is its own cells, with nothing merged', () => {
    expect(first).toEqual({
      cells: ['1', '推行一网通办', '市政务服务中心', '市大数据局', '2020年底前'],
      filled: ['1', '推行一网通办', '市政务服务中心', '市大数据局', '2020年底前'],
      merged: 0,
    });
  });

  test('a row with fewer cells lost its leading cells, which are taken from the row above', () => {
    expect(cellsToRow(['实现全程网办', '', '2021年底前'], columns, first)).toEqual({
      cells: ['', '', '实现全程网办', '', '2021年底前'],
      filled: ['1', '推行一网通办', '实现全程网办', '', '2021年底前'],
      merged: 2,
    });
  });

  test('an empty 牵头单位 or 时限 means “same as above”, an empty 配合单位 is just empty', () => {
    expect(cellsToRow(['2', '压缩审批时限', '', '', ''], columns, first)).toEqual({
      cells: ['2', '压缩审批时限', '', '', ''],
      filled: ['2', '压缩审批时限', '市政务服务中心', '', '2020年底前'],
      merged: 0,
    });
  });

  test('cells beyond the header are joined into the last column; the first row has nothing to merge with', () => {
    expect(cellsToRow(['3', '优化审批', '市发展改革委', '市财政局', '6月底前', '已完成'], columns, null).cells).toEqual(['3', '优化审批', '市发展改革委', '市财政局', '6月底前 已完成']);
    expect(cellsToRow(['', '优化审批'], columns, null)).toEqual({ cells: ['', '', '', '', '优化审批'], filled: ['', '', '', '', '优化审批'], merged: 0 });
  });

  test('cellsOf gives the filled cells of one role in column order, and nothing for an empty one', () => {
    const row = cellsToRow(['2', '压缩审批时限', '', '', ''], columns, first);
    expect(cellsOf(row, columns, 'lead')).toEqual(['市政务服务中心']);
    expect(cellsOf(row, columns, 'support')).toEqual([]);
    const twoUnits: ColumnRole[] = ['task', 'unit', 'unit'];
    expect(cellsOf(cellsToRow(['建立台账', '县委组织部', '县财政局'], twoUnits, null), twoUnits, 'unit')).toEqual(['县委组织部', '县财政局']);
  });
});
