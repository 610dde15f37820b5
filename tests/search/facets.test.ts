import { describe, expect, test } from 'vitest';
import { unitFacetNames, documentFacets, measureFacets, unitFacets } from '../../src/search/facets/facets.ts';
import { filterOptionsOf } from '../../src/search/facets/filter-options.ts';
import { unitLookupOf } from '../../src/model/unit-lookup.ts';

const doc = { title: '关于做好2020年党建工作的通知', docNumber: '建教党〔2020〕9号', issuer: '中共建始县教育局委员会', issuers: ['中共建始县教育局委员会'], date: '2020-08-28' };
const lookup = unitLookupOf([
  { id: 'x', name: '县委组织部', jurisdiction: '建始县', url: '/units/x/' },
  { id: 'y', name: '湛江市委组织部', jurisdiction: null, url: '/units/y/' },
]);

describe('what pages tell search', () => {
  test('a document: kind, its 文号, issuers, year and units', () => {
    expect(documentFacets(doc, ['县委组织部'])).toEqual({
      filters: { kind: ['document'], document: ['建教党〔2020〕9号'], issuer: ['中共建始县教育局委员会'], year: ['2020'], unit: ['县委组织部'] },
      meta: {},
    });
  });
  test('a measure: its document’s filters, its units, and the document title to show', () => {
    const f = measureFacets({ ...doc, docNumber: null, date: null, issuers: [] }, []);
    expect(f.filters).toEqual({ kind: ['measure'], document: ['关于做好2020年党建工作的通知'], issuer: ['中共建始县教育局委员会'], year: [], unit: [] });
    expect(f.meta).toEqual({ document: doc.title });
    expect(unitFacets('党校')).toEqual({ filters: { kind: ['unit'], unit: ['党校'] }, meta: {} });
  });
  test('units become their unit page’s label, qualified by jurisdiction where the name is relative', () => {
    expect(unitFacetNames(['县委 组织部', '县委组织部', '湛江市委组织部', '党校'], ['x', 'x', 'y', 'z'], lookup)).toEqual(['县委组织部（建始县）', '湛江市委组织部', '党校']);
  });
  test('filter options: years newest first, issuers by count, documents in site order', () => {
    const options = filterOptionsOf([doc, { ...doc, docNumber: null, date: '2019-01-01' }], [{ name: '党校', measures: 2 }]);
    expect(options.year).toEqual([['2020', '2020年（1）'], ['2019', '2019年（1）']]);
    expect(options.issuer).toEqual([['中共建始县教育局委员会', '中共建始县教育局委员会（2）']]);
    expect(options.document.map(([v]) => v)).toEqual(['建教党〔2020〕9号', '关于做好2020年党建工作的通知']);
    expect(options.unit).toEqual([['党校', '党校（2）']]);
  });
});
