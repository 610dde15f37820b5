/** Cited documents 《…》, cited 文号 and quoted terms “…”: what links one document to others. */
import { describe, expect, test } from 'vitest';
import { textToCitedDocuments, textToDocNumbers, textToQuotedTerms } from '../../src/split/extract/cross-references.ts';

describe('textToCitedDocuments', () => {
  test('each 《…》 title is cited once, in order, with titles nested in 〈〉 kept whole', () => {
    expect(textToCitedDocuments('根据《关于印发〈党政机关公文处理工作条例〉的通知》和《中国共产党支部工作条例（试行）》，结合《条例》，再次学习《中国共产党支部工作条例（试行）》。')).toEqual([
      '《关于印发〈党政机关公文处理工作条例〉的通知》', '《中国共产党支部工作条例（试行）》', '《条例》',
    ]);
  });

  test('a nested 《》 belongs to the outer title, and bold markers are dropped', () => {
    expect(textToCitedDocuments('贯彻**《关于学习《安全生产法》的通知》**精神')).toEqual(['《关于学习《安全生产法》的通知》']);
  });

  test('a stray 》 or an unclosed 《 cites nothing, and a one-character title such as 《法》 is ignored', () => {
    expect(textToCitedDocuments('》多余的括号《未闭合的书名')).toEqual([]);
    expect(textToCitedDocuments('见《法》')).toEqual([]);
  });
});

describe('textToDocNumbers', () => {
  test('文号 are read with their organ, in half-width form and without spaces', () => {
    expect(textToDocNumbers('按照《关于印发实施方案的通知》（绵委发〔2017〕8号）和市政府办公室（2019）第12号文件要求，依据湘政办发［２０２０］３ 号')).toEqual([
      '绵委发〔2017〕8号', '市政府办公室(2019)第12号', '湘政办发[2020]3号',
    ]);
  });

  test('the organ is read backwards from the bracket and stops at a word such as 按 or 和; a number with no organ is left out', () => {
    expect(textToDocNumbers('根据省委组织部〔2018〕35号文件精神和按〔2019〕2号')).toEqual(['省委组织部〔2018〕35号']);
  });

  test('text without 号 has no 文号', () => {
    expect(textToDocNumbers('根据〔2018〕年度安排')).toEqual([]);
  });
});

describe('textToQuotedTerms', () => {
  test('short quoted terms are kept once each, quoted sentences and one-character quotes are not', () => {
    expect(textToQuotedTerms('落实“三会一课”制度，推行“一网通办”，坚持“两学一做”常态化。“要把政治建设摆在首位。”落实“三会一课”，“好”')).toEqual([
      '三会一课', '一网通办', '两学一做',
    ]);
  });

  test('a quotation longer than sixteen characters is not a term', () => {
    expect(textToQuotedTerms('树立“绿水青山就是金山银山，冰天雪地也是金山银山”理念，坚持“双随机、一公开”')).toEqual(['双随机、一公开']);
  });
});
