import { expect, test } from 'vitest';
import { withListNumbers } from './doc-numbers.ts';

test('match-in-order: each number goes before the next line with its paragraph\'s text', () => {
  const lines = ['通知', '工作目标', '正文。', '重点任务', '\x13 PAGE \x14', '重点任务'];
  expect(withListNumbers(lines, [{ text: '工作目标', number: '一、' }, { text: '重点任务', number: '二、' }]))
    .toEqual(['通知', '一、工作目标', '正文。', '二、重点任务', '\x13 PAGE \x14', '重点任务']);
});

test('a numbered paragraph found in no line is left out; the ones after it still find theirs', () => {
  expect(withListNumbers(['甲', '乙'], [{ text: '不在文中', number: '一、' }, { text: '乙', number: '二、' }])).toEqual(['甲', '二、乙']);
});
