import { expect, test } from 'vitest';
import { splitDocument } from '../split-document.ts';

const HEAD = '中共示例市委组织部\n示组通〔2024〕9号\n关于做好调研工作的通知\n各县（市、区）党委组织部：\n为掌握情况，现将有关事项通知如下：\n';
const ids = (text: string, format: 'doc' | 'wps' | 'txt') => splitDocument(text, `a.${format}`, { format }).problems.map((p) => [p.id, p.line]);

test('short-heading: two unnumbered headings in a .doc warn that Word numbering was lost', () => {
  expect(ids(`${HEAD}调研内容\n各地要全面了解基层党组织建设情况。\n工作要求\n各地要在6月底前报送调研报告。\n`, 'doc')).toEqual([['word-numbering-lost', 6]]);
});

test('enough: a single short line is no lost outline; the warning stays no-outline', () => {
  expect(ids(`${HEAD}调研内容\n各地要全面了解基层党组织建设情况，在6月底前报送调研报告。\n`, 'wps')).toEqual([['no-outline', 0]]);
});

test('lines ending in sentence punctuation are not headings', () => {
  expect(ids(`${HEAD}请高度重视。\n各地要全面了解基层党组织建设情况。\n抓好落实。\n各地要在6月底前报送调研报告。\n`, 'doc')).toEqual([['no-outline', 0]]);
});

test('the same text as .txt says no-outline: typed text has no automatic numbering to lose', () => {
  expect(ids(`${HEAD}调研内容\n各地要全面了解基层党组织建设情况。\n工作要求\n各地要在6月底前报送调研报告。\n`, 'txt')).toEqual([['no-outline', 0]]);
});
