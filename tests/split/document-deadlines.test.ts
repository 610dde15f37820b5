/** documentDeadlines: deadlines stated outside any measure belong to the document, each once. */
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/split/clean/clean-text.ts';
import { linesToHeader } from '../../src/split/structure/document-header.ts';
import { linesToParagraphs } from '../../src/split/structure/paragraphs.ts';
import { paragraphsToOutline } from '../../src/split/structure/outline.ts';
import { visitOutline } from '../../src/split/extract/outline-measures.ts';
import { outlineToMeasures } from '../../src/split/extract/outline-to-measures.ts';
import { documentDeadlines } from '../../src/split/extract/document-deadlines.ts';

const ctx = { year: 2021 };
function deadlines(...body: string[]) {
  const header = linesToHeader(cleanText(['关于开展基层党建专项整治的实施方案', ...body].join('\n')).lines);
  const outline = paragraphsToOutline(linesToParagraphs(header.lines, header.roles));
  const visits = visitOutline(outline);
  return documentDeadlines(outline, visits, outlineToMeasures(visits, ctx, { documentId: 'doc', jurisdiction: null, firstListedLeads: false }).measures, ctx);
}

describe('documentDeadlines', () => {
  test('a span in a paragraph before the outline is a document deadline, on its line', () => {
    expect(deadlines('工作时间：2021年3月—2022年6月。', '一、主要任务', '（一）开展自查。各单位要认真自查。')).toEqual([
      { deadline: { raw: '2021年3月—2022年6月', kind: 'period', start: '2021-03-01', end: '2022-06-30' }, line: 2 },
    ]);
  });

  test('a duty stated in a section that is not a measure is read, on the line of that section', () => {
    expect(deadlines('一、有关要求', '各单位要每季度报送一次进展情况。', '（一）开展检查。各单位要认真自查。')).toEqual([
      { deadline: { raw: '每季度报送一次', kind: 'recurring', frequency: 'quarterly', minTimes: 1, maxTimes: 1, when: null }, line: 2 },
    ]);
  });

  test('a phrase a measure already has is not repeated, even in the heading it came from', () => {
    expect(deadlines('一、工作步骤', '（一）动员部署（3月底前）', '1．召开动员会，3月底前完成。')).toEqual([]);
  });

  test('the same phrase twice outside the measures is one document deadline, at its first line', () => {
    expect(deadlines('专项整治用三年时间完成。', '各单位要统筹安排，用三年时间完成。', '一、主要任务', '（一）开展自查。各单位要认真自查。')).toEqual([
      { deadline: { raw: '用三年时间', kind: 'relative', anchor: null, direction: 'within', offset: { amount: 3, unit: 'year' } }, line: 2 },
    ]);
  });

  test('text outside the measures with no time in it gives no deadline', () => {
    expect(deadlines('为加强基层党组织建设，制定本方案。', '一、主要任务', '（一）开展自查。各单位要认真自查。')).toEqual([]);
  });
});
