/** outlineToMeasures: measure nodes → measures with ids, anchors, units and deadlines; other nodes → anchors. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader } from '../../src/split/structure/document-header.ts';
import { linesToParagraphs } from '../../src/split/structure/paragraphs.ts';
import { paragraphsToOutline } from '../../src/split/structure/outline.ts';
import { visitOutline } from '../../src/split/extract/outline-measures.ts';
import { outlineToMeasures } from '../../src/split/extract/outline-to-measures.ts';

const DOC = 'mzb-2021-3';
function extractIn(jurisdiction: string | null, body: string[], firstListedLeads = false) {
  const header = linesToHeader(cleanText(['关于做好基层党建工作的通知', ...body].join('\n')).lines);
  const visits = visitOutline(paragraphsToOutline(linesToParagraphs(header.lines, header.roles)));
  const result = outlineToMeasures(visits, { year: 2021 }, { documentId: DOC, jurisdiction, firstListedLeads });
  return { ...result, anchorList: visits.map((v) => [v.node.path, result.anchors.get(v.node)]) };
}
/** Measures of a document whose issuer names no place. */
const extract = (...body: string[]) => extractIn(null, body);

describe('outline items', () => {
  test('a measure item becomes a measure with its trail, units, deadline and a deadline entry; every node gets an anchor', () => {
    const r = extract('一、主要任务', '（一）建立台账。由县委组织部牵头，县财政局配合，9月底前完成。');
    const deadline = { raw: '9月底前', kind: 'date', date: '2021-09-30', bound: 'by', precision: 'month' };
    const sentence = { from: 'text', phrase: '由县委组织部牵头，县财政局配合，9月底前完成。', line: 3 };
    expect(r.measures).toEqual([{
      id: `${DOC}-1-1`, documentId: DOC, url: `/measures/${DOC}-1-1/`, path: '一.（一）',
      trail: [{ path: '一', heading: '主要任务' }], title: '建立台账', text: '建立台账。由县委组织部牵头，县财政局配合，9月底前完成。',
      units: ['县委组织部', '县财政局'], unitIds: ['xian-wei-zu-zhi-bu', 'xian-cai-zheng-ju'], leadUnits: ['县委组织部'], supportUnits: ['县财政局'], deadlines: [deadline],
      origin: 'outline', order: 1, line: 3, citedDocuments: [], quotedTerms: [], corrected: [],
      // Each unit and deadline points at the sentence that names it, on its source line.
      unitSources: [sentence, sentence], deadlineSources: [sentence],
    }]);
    expect(r.deadlines).toEqual([{ id: `${DOC}-1-1-d1`, documentId: DOC, measureId: `${DOC}-1-1`, units: ['县委组织部', '县财政局'], deadline, line: 3 }]);
    expect(r.anchorList).toEqual([
      ['一', { anchor: 's-1', measureId: null }],
      ['一.（一）', { anchor: 'm-1-1', measureId: `${DOC}-1-1` }],
    ]);
    expect(r.duplicatePaths).toEqual([]);
  });

  test("a heading's time span applies to every item under it, before the item's own deadlines", () => {
    const r = extract('一、主要任务（2021年底前）', '（一）第一阶段（3月—4月）', '1．召开动员大会，开展宣传，4月底前完成。', '2．各乡镇要制定方案。');
    expect(r.measures.map((m) => [m.path, m.deadlines.map((d) => d.raw)])).toEqual([
      ['一.（一）.1', ['2021年底前', '3月—4月', '4月底前']],
      ['一.（一）.2', ['2021年底前', '3月—4月']],
    ]);
    expect(r.deadlines.map((d) => d.id)).toEqual([`${DOC}-1-1-1-d1`, `${DOC}-1-1-1-d2`, `${DOC}-1-1-1-d3`, `${DOC}-1-1-2-d1`, `${DOC}-1-1-2-d2`]);
  });

  test("a unit named relative to the issuer gets an id qualified by the issuer's jurisdiction, one that names its place does not", () => {
    const [m] = extractIn('湛江市', ['一、主要任务', '（一）建立台账。由市委组织部牵头，湛江市财政局配合。']).measures;
    expect([m.units, m.unitIds]).toEqual([['市委组织部', '湛江市财政局'], ['zhan-jiang-shi-shi-wei-zu-zhi-bu', 'zhan-jiang-shi-cai-zheng-ju']]);
  });

  test('cited documents and quoted terms of the item are kept with the measure', () => {
    const [m] = extract('一、主要任务', '1．认真学习《中国共产党支部工作条例（试行）》，落实“三会一课”。').measures;
    expect([m.citedDocuments, m.quotedTerms]).toEqual([['《中国共产党支部工作条例（试行）》'], ['三会一课']]);
  });

  test('a number the source repeats gets a -2 id and anchor, and is reported with its line', () => {
    const r = extract('一、主要任务', '1．开展培训。', '1．开展检查。');
    expect(r.measures.map((m) => [m.path, m.id, m.order])).toEqual([['一.1', `${DOC}-1-1`, 1], ['一.1', `${DOC}-1-1-2`, 2]]);
    expect(r.anchorList.map(([, a]) => a)).toEqual([
      { anchor: 's-1', measureId: null },
      { anchor: 'm-1-1', measureId: `${DOC}-1-1` },
      { anchor: 'm-1-1-2', measureId: `${DOC}-1-1-2` },
    ]);
    expect(r.duplicatePaths).toEqual([{ path: '一.1', line: 4 }]);
  });

  test('no measure node, no measure: every node still gets an s- anchor', () => {
    const r = extract('一、指导思想', '二、工作目标');
    expect([r.measures, r.deadlines, r.anchorList]).toEqual([[], [], [['一', { anchor: 's-1', measureId: null }], ['二', { anchor: 's-2', measureId: null }]]]);
  });
});

const cell = (phrase: string) => ({ from: 'text', phrase, line: 3 });

describe('task-table rows', () => {
  test('lead and support columns give the roles, the time column a deadline, and the row is of origin table', () => {
    const [m] = extract('序号\t任务\t牵头单位\t配合单位\t完成时限', '1\t推行“一网通办”\t市政务服务中心\t市大数据局、市财政局\t2021年底前').measures;
    expect(m).toEqual({
      id: `${DOC}-t1-1`, documentId: DOC, url: `/measures/${DOC}-t1-1/`, path: '表1.1', trail: [], title: '推行“一网通办”', text: '推行“一网通办”',
      units: ['市政务服务中心', '市大数据局', '市财政局'], unitIds: ['shi-zheng-wu-fu-wu-zhong-xin', 'shi-da-shu-ju-ju', 'shi-cai-zheng-ju'], leadUnits: ['市政务服务中心'], supportUnits: ['市大数据局', '市财政局'],
      deadlines: [{ raw: '2021年底前', kind: 'date', date: '2021-12-31', bound: 'by', precision: 'year' }],
      origin: 'table', order: 1, line: 3, citedDocuments: [], quotedTerms: ['一网通办'], corrected: [],
      // A row's units and deadline point at their cells.
      unitSources: [cell('市政务服务中心'), cell('市大数据局、市财政局'), cell('市大数据局、市财政局')], deadlineSources: [cell('2021年底前')],
    });
  });

  test('a filled unit column is the assignment: bodies the task text names are not added', () => {
    const [m] = extract('序号\t任务\t责任单位\t完成时限', '1\t建立台账，县财政局配合\t县委组织部\t9月底前').measures;
    expect([m.units, m.leadUnits, m.supportUnits]).toEqual([['县委组织部'], [], []]);
  });
  test('an empty unit column takes the units the task text assigns', () => {
    const [m] = extract('序号\t任务\t责任单位\t完成时限', '1\t县委组织部牵头建立台账，县财政局配合\t\t9月底前').measures;
    expect([m.units, m.leadUnits, m.supportUnits]).toEqual([['县委组织部', '县财政局'], ['县委组织部'], ['县财政局']]);
  });
});

describe('列第一位者为牵头单位', () => {
  test('where the document says so, the first unit of a list that names no lead leads', () => {
    const r = extractIn(null, ['一、重点任务', '（一）建立台账。（县委组织部、县财政局）', '（二）开展督查。（县纪委监委牵头，县委办配合）'], true);
    expect(r.measures.map((m) => [m.units, m.leadUnits, m.supportUnits])).toEqual([
      [['县委组织部', '县财政局'], ['县委组织部'], []],
      [['县纪委监委', '县委办'], ['县纪委监委'], ['县委办']],
    ]);
  });
  test('elsewhere a list of units names no lead', () => {
    const r = extractIn(null, ['一、重点任务', '（一）建立台账。（县委组织部、县财政局）']);
    expect(r.measures.map((m) => [m.units, m.leadUnits])).toEqual([[['县委组织部', '县财政局'], []]]);
  });
});
