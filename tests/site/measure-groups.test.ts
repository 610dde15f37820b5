import { describe, expect, it } from 'vitest';
import { groupMeasuresByDocument } from '../../src/site/measure-groups.ts';

// The site's order: newest first.
const order = ['d-2021', 'd-2020', 'd-2019'];
const docs = { rank: new Map(order.map((id, i) => [id, i])), at: (i: number) => order[i]! };
const measures = new Map([
  ['m1', { id: 'm1', documentId: 'd-2019' }],
  ['m2', { id: 'm2', documentId: 'd-2021' }],
  ['m3', { id: 'm3', documentId: 'd-2019' }],
  ['m4', { id: 'm4', documentId: 'gone' }],
]);
const measureOf = (id: string) => measures.get(id);

describe('groupMeasuresByDocument', () => {
  it('lists the documents in the site order, each with its measures in the order given', () => {
    const groups = groupMeasuresByDocument(docs, measureOf, ['d-2019', 'd-2021'], ['m3', 'm2', 'm1']);
    expect(groups.map((g) => [g.doc, g.measures.map((m) => m.id)])).toEqual([['d-2021', ['m2']], ['d-2019', ['m3', 'm1']]]);
  });

  it('keeps a document named without measures, and one only its measures name', () => {
    const groups = groupMeasuresByDocument(docs, measureOf, ['d-2020'], ['m1']);
    expect(groups.map((g) => [g.doc, g.measures.length])).toEqual([['d-2020', 0], ['d-2019', 1]]);
  });

  it('leaves out documents and measures the library does not hold', () => {
    const groups = groupMeasuresByDocument(docs, measureOf, ['nowhere'], ['m4', 'missing']);
    expect(groups).toEqual([]);
  });
});
