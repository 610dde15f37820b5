/** Where a measure's units and deadlines are written: the phrase around them and its line. */
import { describe, expect, test } from 'vitest';
import { locate, sourcesOf } from '../../src/split/extract/provenance.ts';

const lines = [
  { line: 12, text: '规范组织生活。各支部每月召开一次支部委员会，9月底前完成换届。【机关党委、组织科负责】' },
  { line: 13, text: '（宣传科牵头，县委 办公室配合）' },
];

describe('locating a name', () => {
  test('a name inside a 【…】 tag points at the tag', () => {
    expect(locate('组织科', lines)).toEqual({ phrase: '【机关党委、组织科负责】', line: 12 });
  });
  test('a name inside a bracket on a later line points at the bracket and that line', () => {
    expect(locate('宣传科', lines)).toEqual({ phrase: '（宣传科牵头，县委 办公室配合）', line: 13 });
  });
  test('a name written with a space inside is still found', () => {
    expect(locate('县委办公室', lines)).toEqual({ phrase: '（宣传科牵头，县委办公室配合）', line: 13 });
  });
  test('a phrase in running text points at its clause', () => {
    expect(locate('9月底前', lines)).toEqual({ phrase: '各支部每月召开一次支部委员会，9月底前完成换届。', line: 12 });
  });
  test('a long clause is cut around the name, marked with …', () => {
    const long = `${'加强'.repeat(50)}由县档案馆负责${'做好'.repeat(50)}。`;
    const found = locate('县档案馆', [{ line: 3, text: long }]);
    expect(found?.phrase.startsWith('…')).toBe(true);
    expect(found?.phrase).toContain('由县档案馆负责');
    expect(found?.phrase.length).toBeLessThanOrEqual(82);
  });
  test('a name not written anywhere is not located', () => {
    expect(locate('县财政局', lines)).toBeNull();
  });
});

describe('sources of a measure', () => {
  test('own text first, then a heading above, then the first line as a fallback', () => {
    const headings = [{ line: 5, text: '（二）集中整治阶段（2021年4月—6月）' }];
    expect(sourcesOf(['组织科', '2021年4月—6月', '县财政局'], lines, headings, 12)).toEqual([
      { from: 'text', phrase: '【机关党委、组织科负责】', line: 12 },
      { from: 'heading', phrase: '（2021年4月—6月）', line: 5 },
      { from: 'text', phrase: lines[0].text.slice(0, 80), line: 12 },
    ]);
  });
});
