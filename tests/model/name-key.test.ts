/** nameKey and foldWidth: the one notion of “the same unit name” shared by the split, the site and the search. */
import { describe, expect, test } from 'vitest';
import { nameKey, foldWidth } from '../../src/model/name-key.ts';

describe('foldWidth', () => {
  test('full-width ASCII becomes half-width and the ideographic space a space; Chinese punctuation stays', () => {
    expect(foldWidth('１２３．（一）：Ａｂ　市委“”《》、，。')).toBe('123.(一):Ab 市委“”《》、,。');
  });

  test('every character maps to one, so offsets in the folded text are offsets in the original', () => {
    const text = '（１）　县委组织部牵头';
    expect(foldWidth(text).length).toBe(text.length);
    expect(foldWidth(text).indexOf('县委')).toBe(text.indexOf('县委'));
  });
});

describe('nameKey: names that differ only in form are the same name', () => {
  const same = (a: string, b: string) => expect(nameKey(a)).toBe(nameKey(b));

  test('full-width and half-width letters, digits and brackets', () => {
    same('县委组织部（人才办）', '县委组织部(人才办)');
    same('ＸＸ市１２３４５热线办', 'XX市12345热线办');
  });

  test('spaces, the ideographic space U+3000 and tabs', () => {
    same('县委 组织部', '县委组织部');
    same('县委\u3000组织部', '县委组织部');
    same(' 县委\t组织部 ', '县委组织部');
  });

  test('round brackets in one form, square and lenticular brackets in another', () => {
    expect(['县(市、区)委', '县（市、区）委'].map(nameKey)).toEqual(['县（市、区）委', '县（市、区）委']);
    expect(['〔2019〕', '[2019]', '［2019］', '【2019】'].map(nameKey)).toEqual(['〔2019〕', '〔2019〕', '〔2019〕', '〔2019〕']);
  });

  test('Kangxi radicals from PDF text are the ordinary characters', () => {
    same('市委\u2F2F委', '市委工委'); // ⼯ U+2F2F
    same('市委\u2F7C\u2F32部局', '市委老干部局'); // ⽼ U+2F7C, ⼲ U+2F32
  });

  test('other compatibility forms: parenthesised numerals, small brackets, half-width katakana', () => {
    same('㈠', '（一）');
    same('﹙一﹚', '（一）');
    same('ｶ', 'カ');
  });
});

describe('nameKey: names that really differ stay different', () => {
  test('another level, another department, or a bracketed office is another unit', () => {
    const names = ['县委组织部', '市委组织部', '县委宣传部', '县委组织部（人才办）', '县财政局', '县财政局〔国资办〕'];
    expect(new Set(names.map(nameKey)).size).toBe(names.length);
  });

  test('round and square brackets are not folded into each other', () => {
    expect(nameKey('（2019）')).not.toBe(nameKey('〔2019〕'));
  });
});
