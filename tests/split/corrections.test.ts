/** An editor's corrections file, read and applied to a document's split. */
import { describe, expect, test } from 'vitest';
import { splitDocument } from '../../src/split/split-document.ts';
import { textToCorrections } from '../../src/split/correct/read-corrections.ts';
import { applyCorrections } from '../../src/split/correct/apply-corrections.ts';

const text = [
  '关于做好2021年机关党建工作的通知',
  '各支部：',
  '一、加强学习',
  '1.组织集中学习。各支部每月组织一次集中学习。【机关党委负责】',
  '2.加强培训。各支部每季度组织一次党员培训。',
  '二、严肃组织生活',
  '1.规范组织生活会。9月底前召开组织生活会。（组织科牵头，宣传科配合）',
  '中共某某县直机关工委',
  '2021年3月1日',
].join('\n');

const split = () => splitDocument(text, '通知.txt');

describe('reading a corrections file', () => {
  test('YAML gives the corrections and the line of each measure path', () => {
    const read = textToCorrections('measures:\n  一.1:\n    units: [机关党委, 各支部]\n  二.1:\n    deadlines: [9月30日前]\n', 'corrections/通知.yaml');
    expect(read.problems).toEqual([]);
    expect(read.corrections).toEqual({ measures: { '一.1': { units: ['机关党委', '各支部'] }, '二.1': { deadlines: ['9月30日前'] } } });
    expect([...read.lines]).toEqual([['一.1', 2], ['二.1', 4]]);
  });
  test('JSON is read the same way', () => {
    const read = textToCorrections('{\n  "measures": {\n    "一.2": { "notAMeasure": true }\n  }\n}\n', 'corrections/通知.json');
    expect(read.corrections).toEqual({ measures: { '一.2': { notAMeasure: true } } });
    expect(read.lines.get('一.2')).toBe(3);
  });
  test('a field the schema does not know is reported at its measure line, and nothing is applied', () => {
    const read = textToCorrections('measures:\n  一.1:\n    unit: [机关党委]\n', 'corrections/通知.yaml');
    expect(read.corrections).toBeNull();
    expect(read.problems.map((p) => [p.id, p.level, p.file, p.line])).toEqual([['correction-invalid', 'warning', 'corrections/通知.yaml', 2]]);
  });
  test('a file that does not parse is reported with its line', () => {
    const read = textToCorrections('measures:\n  一.1: [unclosed\n', 'corrections/通知.yaml');
    expect(read.corrections).toBeNull();
    expect(read.problems.map((p) => p.id)).toContain('correction-invalid');
    expect(read.problems[0].line).toBeGreaterThan(0);
  });
});

describe('applying corrections', () => {
  test('units and deadlines are replaced, normalised, and the measure is marked corrected', () => {
    const { corrections, lines } = textToCorrections('measures:\n  二.1:\n    leadUnits: [组织科]\n    units: [机关党委]\n    deadlines: [10月底前]\n', 'c.yaml');
    const { split: out, problems } = applyCorrections(split(), corrections!, lines, 'c.yaml');
    expect(problems).toEqual([]);
    const m = out.measures.find((x) => x.path === '二.1')!;
    expect([m.units, m.leadUnits, m.supportUnits, m.corrected]).toEqual([['组织科', '机关党委', '宣传科'], ['组织科'], ['宣传科'], ['units', 'deadlines']]);
    expect(m.deadlines).toEqual([{ raw: '10月底前', kind: 'date', date: '2021-10-31', bound: 'by', precision: 'month' }]);
    expect(out.deadlines.filter((d) => d.measureId === m.id).map((d) => [d.id, d.deadline.raw, d.units])).toEqual([[`${m.id}-d1`, '10月底前', ['组织科', '机关党委', '宣传科']]]);
  });
  test('removing a unit and a deadline keeps the rest as found', () => {
    const before = split().measures.find((x) => x.path === '二.1')!;
    expect(before.units).toEqual(['组织科', '宣传科']);
    const { corrections, lines } = textToCorrections('measures:\n  二.1:\n    removeUnits: [宣传科]\n    removeDeadlines: [9月底前]\n', 'c.yaml');
    const m = applyCorrections(split(), corrections!, lines, 'c.yaml').split.measures.find((x) => x.path === '二.1')!;
    expect([m.units, m.supportUnits, m.deadlines, m.corrected]).toEqual([['组织科'], [], [], ['units', 'deadlines']]);
  });
  test('“not a measure” drops it from the measures, the ids and the outline, and renumbers the rest', () => {
    const { corrections, lines } = textToCorrections('measures:\n  一.2:\n    notAMeasure: true\n', 'c.yaml');
    const original = split();
    const dropped = original.measures.find((x) => x.path === '一.2')!.id;
    const out = applyCorrections(original, corrections!, lines, 'c.yaml').split;
    expect(out.measures.map((m) => [m.path, m.order])).toEqual([['一.1', 1], ['二.1', 2]]);
    expect(out.document.measureIds).not.toContain(dropped);
    expect(out.document.outline.find((o) => o.path === '一.2')?.measureId).toBeNull();
    expect([...out.anchors.values()].some((a) => a.measureId === dropped)).toBe(false);
  });
  test('a title is set and marked', () => {
    const { corrections, lines } = textToCorrections('measures:\n  一.1:\n    title: 每月集中学习\n', 'c.yaml');
    const m = applyCorrections(split(), corrections!, lines, 'c.yaml').split.measures[0];
    expect([m.title, m.corrected]).toEqual(['每月集中学习', ['title']]);
  });
  test('a path the document no longer has is a warning naming the file and the line', () => {
    const { corrections, lines } = textToCorrections('measures:\n  一.1:\n    title: 学习\n  三.4:\n    units: [组织科]\n', 'corrections/通知.yaml');
    const { problems } = applyCorrections(split(), corrections!, lines, 'corrections/通知.yaml');
    expect(problems.map((p) => [p.id, p.level, p.file, p.line])).toEqual([['correction-stale', 'warning', 'corrections/通知.yaml', 4]]);
  });
  test('a measure nobody corrected is left exactly as found', () => {
    const { corrections, lines } = textToCorrections('measures:\n  一.1:\n    title: 学习\n', 'c.yaml');
    const original = split();
    const out = applyCorrections(original, corrections!, lines, 'c.yaml').split;
    expect(out.measures[2]).toEqual(original.measures[2]);
  });
});
