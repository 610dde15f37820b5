/** readMarker, markerLabel, startsWithMarker: the numbering styles of Chinese official documents. */
import { describe, expect, test } from 'vitest';
import { foldWidth } from '../../src/model/name-key.ts';
import { readMarker, markerLabel, startsWithMarker, type Marker } from '../../src/split/structure/outline-markers.ts';

/** Reads the marker of `text` as the outline does: on the width-folded copy, given as written. */
const marker = (text: string) => readMarker(foldWidth(text), text);

describe('readMarker', () => {
  test.each<[string, Marker]>([
    ['第三章 总则', { style: 'chapter', number: 3, text: '第三章' }],
    ['第四部分 保障措施', { style: 'chapter', number: 4, text: '第四部分' }],
    ['第十二条　本办法由市财政局负责解释。', { style: 'article', number: 12, text: '第十二条' }],
    ['四、主要任务', { style: 'cn-dun', number: 4, text: '四、' }],
    ['十一.加强队伍建设', { style: 'cn-dun', number: 11, text: '十一.' }],
    ['（十二）强化督导考核', { style: 'cn-paren', number: 12, text: '（十二）' }],
    ['(2)建立工作台账', { style: 'num-paren', number: 2, text: '(2)' }],
    ['３．完善制度机制', { style: 'num-dot', number: 3, text: '３．' }],
    ['１０、抓好宣传引导', { style: 'num-dun', number: 10, text: '１０、' }],
    ['③开展专项检查', { style: 'circled', number: 3, text: '③' }],
    ['——加强燃气安全监管', { style: 'dash', number: null, text: '——' }],
  ])('%s opens with a marker, given as written', (text, expected) => {
    expect(marker(text)).toEqual(expected);
  });

  test.each([
    ['一是加强学习，二是抓好落实', '一是… lists points inside one paragraph'],
    ['一要提高认识', '一要… likewise'],
    ['3.5亿元专项资金全部到位', 'a decimal number is not 3.'],
    ['0、其他', 'no item is numbered 0'],
    ['加强组织领导', 'ordinary text'],
  ])('%s has no marker (%s)', (text) => {
    expect(marker(text)).toBeNull();
  });

  // Bug: a line of dashes alone (a separator) backtracks to one “—” followed by the other, and reads as a dash item.
  test('a line that is only “——” is not a marker', () => {
    expect(marker('——')).toBeNull();
  });
});

describe('markerLabel', () => {
  test('numbers written with 、 or . lose the punctuation; bracketed numbers keep their brackets as written', () => {
    expect(markerLabel({ style: 'cn-dun', number: 4, text: '四、' }, 1)).toBe('四');
    expect(markerLabel({ style: 'num-dot', number: 3, text: '３．' }, 1)).toBe('３');
    expect(markerLabel({ style: 'num-dun', number: 12, text: '12 、' }, 1)).toBe('12');
    expect(markerLabel({ style: 'cn-paren', number: 4, text: '（ 四 ）' }, 1)).toBe('（四）');
    expect(markerLabel({ style: 'chapter', number: 3, text: '第三章' }, 1)).toBe('第三章');
  });

  test('dashes and bold leads, which carry no number, are labelled by their ordinal among siblings', () => {
    expect(markerLabel({ style: 'dash', number: null, text: '——' }, 2)).toBe('2');
    expect(markerLabel({ style: 'bold', number: null, text: '' }, 5)).toBe('5');
  });

  test('an attachment is labelled by its heading without the colon', () => {
    expect(markerLabel({ style: 'attachment', number: null, text: '附件 2：' }, 1)).toBe('附件2');
  });
});

describe('startsWithMarker', () => {
  test('is true for a line, as written, that opens with any style of marker, leading spaces allowed', () => {
    expect(['  （一）加强组织领导', '１．建立台账', '第五条 各单位应当', '②压实责任'].map(startsWithMarker)).toEqual([true, true, true, true]);
  });

  test('is false for ordinary sentences, sub-points and numbers that are not markers', () => {
    expect(['各级党组织要高度重视。', '一是加强学习', '2021年完成', '3.5亿元'].map(startsWithMarker)).toEqual([false, false, false, false]);
  });
});
