/**
 * The library's text files written in pieces are the files written whole: the pieces join to the
 * JSON `JSON.stringify` writes, the CSV csv-stringify writes for the whole table, the same calendar.
 */
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { chunkRows, splitToRows, splitToViews, type ExportView } from '../../src/exports/index.ts';
import { headers, rowToCells } from '../../src/exports/columns.ts';
import { csvChunks, neutraliseFormula } from '../../src/exports/csv.ts';
import { calendarFooter, calendarHeader, icsChunks, rowToVevents } from '../../src/exports/ics.ts';
import { jsonChunks } from '../../src/exports/json.ts';
import { smallSplit } from './small-split.ts';

const rows = splitToRows(smallSplit);
const { library } = splitToViews(smallSplit, rows);
/** More rows than a chunk holds, so that there are several. */
const big: ExportView = { ...library, rows: Array.from({ length: Math.ceil((chunkRows * 2.5) / rows.length) }, () => rows).flat() };

describe('files in pieces', () => {
  it('joins to the split’s JSON as JSON.stringify writes it, also with an empty list', () => {
    expect([...jsonChunks(library)].join('')).toBe(`${JSON.stringify({ documents: library.documents, units: library.units }, null, 1)}\n`);
    const empty = { ...library, units: [] };
    expect([...jsonChunks(empty)].join('')).toBe(`${JSON.stringify({ documents: empty.documents, units: [] }, null, 1)}\n`);
  });

  it('joins to the CSV of the whole table, in several pieces', () => {
    const pieces = [...csvChunks(big)];
    expect(pieces.length).toBe(1 + Math.ceil(big.rows.length / chunkRows));
    expect(pieces.join('')).toBe(stringify([headers, ...big.rows.map((r) => rowToCells(r).map(neutraliseFormula))], { bom: true, record_delimiter: 'windows' }));
  });

  it('joins to the whole calendar, in several pieces', () => {
    const pieces = [...icsChunks(big)];
    expect(pieces.length).toBe(2 + Math.ceil(big.rows.length / chunkRows));
    expect(pieces.join('')).toBe(calendarHeader(big.title) + big.rows.map(rowToVevents).join('') + calendarFooter);
  });
});
