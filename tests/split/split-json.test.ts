import { describe, expect, test } from 'vitest';
import { entryPieces, entryText, splitJsonPieces } from '../../src/split/emit/split-json.ts';

const whole = (value: { documents: unknown[]; units: unknown[]; problems: unknown[] }) => `${JSON.stringify(value, null, 1)}\n`;
const pieced = (value: { documents: unknown[]; units: unknown[]; problems: unknown[] }) =>
  [...splitJsonPieces({ documents: value.documents.map(entryText), units: value.units.map(entryText), problems: value.problems.map(entryText) })].join('');

describe('the JSON export written in pieces', () => {
  test('is the text of the whole export stringified at once, nested entries and text with line breaks included', () => {
    const value = {
      documents: [
        { id: 'a', text: '第一行\n第二行 "引号" \\ ', measures: [{ id: 'a-1', units: ['县委组织部'], deadlines: [] }], date: null },
        { id: 'b', measures: [], goals: [{ id: 'b-g1' }] },
      ],
      units: [{ id: 'u', name: '县委组织部', measures: ['a-1'] }],
      problems: [{ file: 'x.txt', line: 3, id: 'schema', message: '不符合' }],
    };
    expect(pieced(value)).toBe(whole(value));
    expect(pieced(value).split('\n').slice(0, 4)).toEqual(['{', ' "documents": [', '  {', '   "id": "a",']);
  });

  test('writes an empty list as [] like JSON.stringify does', () => {
    const value = { documents: [], units: [], problems: [] };
    expect(pieced(value)).toBe('{\n "documents": [],\n "units": [],\n "problems": []\n}\n');
    expect(pieced(value)).toBe(whole(value));
    const one = { documents: [{ id: 'a' }], units: [], problems: [] };
    expect(pieced(one)).toBe(whole(one));
  });
});

describe('the JSON export from the workers’ runs of document entries', () => {
  const value = { documents: [{ id: 'a' }, { id: 'b', text: '甲\n乙' }, { id: 'c' }], units: [{ id: 'u' }], problems: [] };
  const run = (docs: unknown[]) => (docs.length ? [...entryPieces(docs.map(entryText))].join('') : null);
  const fromRuns = (runs: (string | null)[]) =>
    [...splitJsonPieces({ documents: { runs }, units: value.units.map(entryText), problems: [] })].join('');

  test('is the whole export whatever the runs, empty runs included', () => {
    expect(fromRuns([run(value.documents)])).toBe(whole(value));
    expect(fromRuns([run(value.documents.slice(0, 1)), null, run(value.documents.slice(1))])).toBe(whole(value));
    expect(fromRuns([null, run(value.documents.slice(0, 2)), run(value.documents.slice(2)), null])).toBe(whole(value));
  });

  test('writes no documents as [] when every run is empty', () => {
    expect(fromRuns([null, null])).toBe(whole({ ...value, documents: [] }));
  });
});
