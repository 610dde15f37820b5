/** cleanText: conversion debris removed by named rules, each removal recorded with its line. */
import { describe, expect, test } from 'vitest';
import { cleanText, textToLines } from '../../src/split/clean/clean-text.ts';

describe('lines', () => {
  test('CRLF, CR and LF all end a line, and lines are numbered from 1', () => {
    expect(textToLines('一、总体要求\r\n（一）指导思想\r二、主要任务\n')).toEqual([
      { no: 1, text: '一、总体要求' },
      { no: 2, text: '（一）指导思想' },
      { no: 3, text: '二、主要任务' },
      { no: 4, text: '' },
    ]);
  });

  test('clean text passes through untouched, with nothing recorded', () => {
    expect(cleanText('各乡镇党委：\n现将有关事项通知如下。')).toEqual({
      lines: [
        { no: 1, text: '各乡镇党委：' },
        { no: 2, text: '现将有关事项通知如下。' },
      ],
      removals: [],
    });
  });
});

describe('debris rules', () => {
  test('a Word bookmark is cut out of its line', () => {
    expect(cleanText('[bookmark: _Toc12345]（一）加强组织领导')).toEqual({
      lines: [{ no: 1, text: '（一）加强组织领导' }],
      removals: [{ rule: 'bookmark', line: 1, text: '[bookmark: _Toc12345]' }],
    });
  });

  test('a “第2页 共7页” footer is cut out inside a line, a “- 3 -” line is emptied but kept', () => {
    expect(cleanText('确保按期完成。第2页 共7页\n\n- 3 -\n二、保障措施')).toEqual({
      lines: [
        { no: 1, text: '确保按期完成。' },
        { no: 2, text: '' },
        { no: 3, text: '' },
        { no: 4, text: '二、保障措施' },
      ],
      removals: [
        { rule: 'page-footer', line: 1, text: '第2页 共7页' },
        { rule: 'page-footer', line: 3, text: '- 3 -' },
      ],
    });
  });

  test('bold markers stay in the text for the outline, and each is recorded', () => {
    expect(cleanText('**加强组织领导。**各单位要高度重视。')).toEqual({
      lines: [{ no: 1, text: '**加强组织领导。**各单位要高度重视。' }],
      removals: [
        { rule: 'bold-marker', line: 1, text: '**' },
        { rule: 'bold-marker', line: 1, text: '**' },
      ],
    });
  });
});

describe('page numbers glued to the start of lines', () => {
  test('a run of k、 k+1、 k+2、 that cuts sentences in two is removed', () => {
    expect(cleanText('一、提高党建促\n2、业水平，推动\n\n3、工作落实，确保\n4、取得实效。')).toEqual({
      lines: [
        { no: 1, text: '一、提高党建促' },
        { no: 2, text: '业水平，推动' },
        { no: 3, text: '' },
        { no: 4, text: '工作落实，确保' },
        { no: 5, text: '取得实效。' },
      ],
      removals: [
        { rule: 'page-marker', line: 2, text: '2、' },
        { rule: 'page-marker', line: 4, text: '3、' },
        { rule: 'page-marker', line: 5, text: '4、' },
      ],
    });
  });

  test('numbered items that each end a sentence are real items and stay', () => {
    const text = '1、加强组织领导。\n2、压实工作责任。\n3、强化督导考核。';
    expect(cleanText(text).removals).toEqual([]);
    expect(cleanText(text).lines.map((l) => l.text)).toEqual(['1、加强组织领导。', '2、压实工作责任。', '3、强化督导考核。']);
  });

  test('two numbered lines are too few to be page numbers', () => {
    expect(cleanText('党的基\n2、层组织\n3、建设').removals).toEqual([]);
  });

  test('a run whose numbers skip is not a page-number run', () => {
    expect(cleanText('提高党建\n2、促业务\n4、水平和\n5、能力').removals).toEqual([]);
  });
});
