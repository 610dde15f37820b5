/** Unit ids decided with the whole library in view: keys that read alike get fingerprints, and each document is rewritten to match. */
import { describe, expect, test } from 'vitest';
import { splitDocument } from '../../src/split/split-document.ts';
import { summarise, mergeUnits } from '../../src/split/library/cross-document.ts';
import { libraryUnitIds, withUnitIds } from '../../src/split/library/unit-ids.ts';

const notice = (place: string, number: string, units: string) => splitDocument([
  `${place}人民政府文件`, '', number, '', `${place}人民政府关于加强校园安全工作的通知`, '', '各县（市、区）人民政府：', '',
  '一、重点任务', '', `（一）开展安全隐患排查。对校舍开展一次全面排查。（责任单位：${units}）`, '', place, '2020年3月2日',
].join('\n'), `${place}.txt`);

const yulinSx = notice('榆林市', '榆政发〔2020〕1号', '市教育局、市财政局');
const yulinGx = notice('玉林市', '玉政办发〔2020〕2号', '市教育局');
const yanan = notice('延安市', '延政发〔2020〕3号', '市教育局');

describe('libraryUnitIds', () => {
  test('a library whose unit names all read differently changes no id', () => {
    expect(libraryUnitIds([yulinSx, yanan].map(summarise))).toEqual(new Map());
  });

  test('市教育局 of 榆林市 and of 玉林市 both get a fingerprint, in whatever order the documents come; 市财政局 keeps its id', () => {
    const expected = new Map([['市教育局@榆林市', 'yu-lin-shi-shi-jiao-yu-ju-vgpl'], ['市教育局@玉林市', 'yu-lin-shi-shi-jiao-yu-ju-3xww']]);
    expect(libraryUnitIds([yulinSx, yanan, yulinGx].map(summarise))).toEqual(expected);
    expect(new Map([...libraryUnitIds([yulinGx, yulinSx, yanan].map(summarise))].sort())).toEqual(new Map([...expected].sort()));
  });

  test('a name the document gives outside its measures counts too: its record must not point at the other body’s page', () => {
    const recordOnly = { ...summarise(yulinGx), measures: [] };
    expect([...libraryUnitIds([summarise(yulinSx), recordOnly]).keys()].sort()).toEqual(['市教育局@榆林市', '市教育局@玉林市']);
  });
});

describe('withUnitIds', () => {
  const changes = libraryUnitIds([yulinSx, yulinGx].map(summarise));

  test('rewrites the unit ids of the measures and the record, and nothing else', () => {
    const rewritten = withUnitIds(yulinSx, changes);
    expect(rewritten.measures.map((m) => m.unitIds)).toEqual([['yu-lin-shi-shi-jiao-yu-ju-vgpl', 'yu-lin-shi-shi-cai-zheng-ju']]);
    expect(rewritten.document.unitIds).toEqual(['yu-lin-shi-shi-jiao-yu-ju-vgpl', 'yu-lin-shi-shi-cai-zheng-ju']);
    const { unitIds: _m, ...measureRest } = rewritten.measures[0];
    const { unitIds: _o, ...originalRest } = yulinSx.measures[0];
    expect(measureRest).toEqual(originalRest);
    const { unitIds: _d, ...documentRest } = rewritten.document;
    const { unitIds: _e, ...originalDocument } = yulinSx.document;
    expect(documentRest).toEqual(originalDocument);
    // The document's own split is left as it was.
    expect(yulinSx.measures[0].unitIds).toEqual(['yu-lin-shi-shi-jiao-yu-ju', 'yu-lin-shi-shi-cai-zheng-ju']);
  });

  test('a document none of whose units changed is returned as it is', () => {
    expect(withUnitIds(yanan, changes)).toBe(yanan);
    expect(withUnitIds(yulinSx, new Map())).toBe(yulinSx);
  });

  test('the unit pages get the same ids the measures carry', () => {
    const units = mergeUnits([yulinSx, yulinGx].map(summarise));
    expect(units.map((u) => [u.id, u.jurisdiction, u.url])).toEqual([
      ['yu-lin-shi-shi-cai-zheng-ju', '榆林市', '/units/yu-lin-shi-shi-cai-zheng-ju/'],
      ['yu-lin-shi-shi-jiao-yu-ju-3xww', '玉林市', '/units/yu-lin-shi-shi-jiao-yu-ju-3xww/'],
      ['yu-lin-shi-shi-jiao-yu-ju-vgpl', '榆林市', '/units/yu-lin-shi-shi-jiao-yu-ju-vgpl/'],
    ]);
  });
});
