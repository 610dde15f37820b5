import { describe, expect, test } from 'vitest';
import { unitFacetNames, documentFacets, measureMetaOf } from '../../src/search/facets/facets.ts';
import { unpackMeasures } from '../../src/search/engine/measure-meta.ts';
import { filterOptionsOf } from '../../src/search/facets/filter-options.ts';
import { unitLookupOf } from '../../src/model/unit-lookup.ts';

const doc = { title: '关于做好2020年党建工作的通知', docNumber: '建教党〔2020〕9号', issuer: '中共建始县教育局委员会', issuers: ['中共建始县教育局委员会'], date: '2020-08-28' };
const lookup = unitLookupOf([
  { id: 'x', name: '县委组织部', jurisdiction: '建始县', url: '/units/x/' },
  { id: 'y', name: '湛江市委组织部', jurisdiction: null, url: '/units/y/' },
]);

describe('what pages tell search', () => {
  test('a document: its 文号, issuers, year and units as filters; issuer, 文号 and date as metadata; no kind', () => {
    expect(documentFacets(doc, ['县委组织部'], [])).toEqual({
      filters: { document: ['建教党〔2020〕9号'], issuer: ['中共建始县教育局委员会'], year: ['2020'], unit: ['县委组织部'] },
      meta: { issuer: '中共建始县教育局委员会', number: '建教党〔2020〕9号', date: '2020-08-28' },
    });
    const bare = documentFacets({ ...doc, docNumber: null, date: null, issuer: null, issuers: [] }, [], []);
    expect(bare).toEqual({ filters: { document: ['关于做好2020年党建工作的通知'], issuer: [], year: [], unit: [] }, meta: {} });
  });
  test('its measures ride along as metadata: anchor, id, title, units lead first, deadlines as written, unit filter values', () => {
    const measure = {
      id: 'd-2-1',
      title: '开好组织生活会',
      units: ['县委 组织部', '党校'],
      unitIds: ['x', 'z'],
      deadlines: [
        { kind: 'recurring' as const, raw: '每年', frequency: 'yearly' as const, minTimes: null, maxTimes: null, when: null },
        { kind: 'recurring' as const, raw: '每年', frequency: 'yearly' as const, minTimes: null, maxTimes: null, when: null },
        { kind: 'date' as const, raw: '9月底前', date: '2020-09-30', bound: 'by' as const, precision: 'month' as const },
      ],
    };
    const meta = measureMetaOf(measure, 'm-2-1', lookup);
    expect(meta).toEqual({ anchor: 'm-2-1', id: 'd-2-1', title: '开好组织生活会', units: '县委 组织部、党校', deadline: '每年；9月底前', unitKeys: ['县委组织部（建始县）', '党校'] });
    const facets = documentFacets(doc, [], [meta]);
    // The document's unit filter has every measure's unit, so the unit filter finds the document.
    expect(facets.filters.unit).toEqual(['县委组织部（建始县）', '党校']);
    expect(facets.meta.measures).toBe('{"u":["县委组织部（建始县）","党校"],"m":[["m-2-1","d-2-1","开好组织生活会","县委 组织部、党校","每年；9月底前",[0,1]]]}');
    expect(unpackMeasures(facets.meta.measures)).toEqual([meta]);
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
