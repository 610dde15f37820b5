import { describe, expect, test } from 'vitest';
import { buildSimplifyTable } from '../../src/search/engine/traditional-table.ts';
import { detectorOf, simplifierOf } from '../../src/search/engine/traditional.ts';

const { table, detector } = buildSimplifyTable();
const simplify = simplifierOf(table);
const needs = detectorOf(detector);

describe('Traditional → Simplified for queries', () => {
  test('characters convert', () => {
    expect(simplify('組織生活會')).toBe('组织生活会');
    expect(simplify('三會一課 黨建')).toBe('三会一课 党建');
  });
  test('phrases that read differently from their characters keep their reading', () => {
    expect(simplify('乾淨')).toBe('干净');
    expect(simplify('乾坤')).toBe('乾坤');
  });
  test('Simplified text and other characters pass through', () => {
    expect(simplify('组织生活会 ABC 2019')).toBe('组织生活会 ABC 2019');
  });
  test('the detector says when the table is needed', () => {
    expect(needs('组织生活会')).toBe(false);
    expect(needs('組織生活')).toBe(true);
    expect(needs('ABC 123')).toBe(false);
  });
  test('the table stays small (it is downloaded)', () => {
    expect(JSON.stringify(table).length).toBeLessThan(30_000);
    expect(detector.length).toBeLessThan(4_000);
  });
});
