/**
 * A Word table → lines of the text pipeline's task tables (structure/task-table.ts): one row a
 * line, cells joined by tabs, on Word's grid.
 *
 * Merges, each by a named rule:
 * - `vmerge-repeat`: a vertically merged cell (`w:vMerge` restart … continue) applies to every row
 *   it covers, so its text is repeated in each: one merged 牵头单位 cell is the lead of every row.
 * - `gridspan-empty`: a horizontally merged cell (`w:gridSpan`) is written once, followed by an
 *   empty cell for each further grid column it spans, so the columns after it stay in place.
 * - `full-row`: a row that is one cell across the whole grid (a category row, 一、提升…) is written
 *   as a line of its own, as typed text has it.
 * - `grid-before`: cells missing before a row's first cell (`w:gridBefore`) are empty cells.
 */
import { child, childrenNamed, val, type XmlElement } from './xml-tree.ts';

interface Cell {
  text: string;
  span: number;
  merge: 'restart' | 'continue' | null;
}

function rowCells(tr: XmlElement, cellText: (tc: XmlElement) => string): Cell[] {
  const before = Number(val(child(tr, 'w:trPr'), 'w:gridBefore') ?? 0);
  const cells: Cell[] = Array.from({ length: before }, () => ({ text: '', span: 1, merge: null }));
  const tcs = tr.children.flatMap((c) =>
    typeof c === 'object' && c.name === 'w:tc' ? [c] : typeof c === 'object' && c.name === 'w:sdt' ? childrenNamed(child(c, 'w:sdtContent'), 'w:tc') : [],
  );
  for (const tc of tcs) {
    const tcPr = child(tc, 'w:tcPr');
    const vMerge = child(tcPr, 'w:vMerge');
    cells.push({
      text: cellText(tc),
      span: Math.max(1, Number(val(tcPr, 'w:gridSpan') ?? 1)),
      merge: vMerge ? (vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null,
    });
  }
  return cells;
}

export function tableToLines(tbl: XmlElement, cellText: (tc: XmlElement) => string): string[] {
  const rows = childrenNamed(tbl, 'w:tr').map((tr) => rowCells(tr, cellText));
  const width = Math.max(childrenNamed(child(tbl, 'w:tblGrid'), 'w:gridCol').length, ...rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
  // The text of the cell a vertical merge started, by grid column.
  const above = new Map<number, string>();
  const lines: string[] = [];
  for (const cells of rows) {
    const out: string[] = [];
    for (const cell of cells) {
      const col = out.length;
      const text = cell.merge === 'continue' ? (above.get(col) ?? '') : cell.text;
      if (cell.merge === 'restart') above.set(col, cell.text);
      else if (cell.merge === null) above.delete(col);
      out.push(text, ...Array.from({ length: cell.span - 1 }, () => ''));
    }
    if (out.every((t) => t === '')) continue;
    const full = cells.length === 1 && cells[0].span >= width;
    lines.push(full ? out[0] : out.join('\t'));
  }
  return lines;
}
