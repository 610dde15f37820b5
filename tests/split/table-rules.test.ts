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
  test('a division of an organ, or a word inside a name, is not cut', () => {
    expect(splitGluedNames('县委宣传部')).toEqual(['县委宣传部']);
    expect(splitGluedNames('县人力资源社会保障局')).toEqual(['县人力资源社会保障局']);
    expect(splitGluedNames('县教育局办公室')).toEqual(['县教育局办公室']);
    expect(splitGluedNames('新城镇综合执法大队')).toEqual(['新城镇综合执法大队']);
    expect(splitGluedNames('县安委会各成员单位')).toEqual(['县安委会各成员单位']);
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
