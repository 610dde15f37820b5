/** The PDF reader's named rules on hand-made lines. */
import { expect, test } from 'vitest';
import { itemsToLines, type PdfItem } from '../../src/split/read/pdf/pdf-lines.ts';
import { withoutFurniture } from '../../src/split/read/pdf/pdf-furniture.ts';
import { linesToText } from '../../src/split/read/pdf/pdf-paragraphs.ts';
import { withoutAutospace } from '../../src/split/read/pdf/pdf-text.ts';

const item = (str: string, x: number, y: number, size = 16): PdfItem => ({ str, x, y, width: str.length * size, size, bold: false });

test('paragraph-join across a line end and a page break; an indented line starts a paragraph', () => {
  const p1 = itemsToLines([item('为认真贯彻落实全会精神结合实际制定方案', 80, 700), item('如下。', 80, 677), item('一、总体要求', 112, 654), item('全面贯彻党的十九大精神以习近平新时代思想', 80, 631)], 1);
  const p2 = itemsToLines([item('为指导。', 80, 760)], 2);
  expect(linesToText([...p1, ...p2]).split('\n')).toEqual(['为认真贯彻落实全会精神结合实际制定方案如下。', '一、总体要求', '全面贯彻党的十九大精神以习近平新时代思想为指导。']);
});

test('page-number and running-header removed from page edges only', () => {
  const page = (n: number) => itemsToLines([item('示例市教育局文件', 80, 800, 10), item(`正文第${n}页的内容`, 80, 700), item(`— ${n} —`, 280, 50, 11)], n);
  const { pages, removed } = withoutFurniture([page(1), page(2), page(3)]);
  expect(pages.flat().map((l) => l.segments[0].text)).toEqual(['正文第1页的内容', '正文第2页的内容', '正文第3页的内容']);
  expect(removed.map((r) => r.rule)).toEqual(['running-header', 'page-number', 'running-header', 'page-number', 'running-header', 'page-number']);
  const single = withoutFurniture([itemsToLines([item('正文', 80, 700), item('第2页 共7页', 280, 50, 11)], 1)]);
  expect(single.removed.map((r) => r.text)).toEqual(['第2页 共7页']);
});

test('cjk-autospace: the layout space between Chinese and digits is dropped', () => {
  expect(withoutAutospace('于 2024 年 6 月底前，示教党〔2024〕12 号, Word 文件')).toBe('于2024年6月底前，示教党〔2024〕12号, Word文件');
});
