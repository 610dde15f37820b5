/**
 * Best-effort task tables from a PDF's positions (the ruling lines are not read). A table is a run
 * of lines that starts at a line of three or more segments (its header); its columns start where
 * the header's segments start. Each later line's segments go to the column they start in; a line
 * with text in the first column starts a row, other lines continue the cells of the row above
 * (a cell's text wraps within its column). Rules:
 * - `table-end`: a line of another font size, or one whose text runs across the first column's
 *   boundary (a paragraph), ends the table.
 * - `merged-empty`: a vertically merged cell's text stands in its first row only (the PDF draws it
 *   once); the rows below get an empty cell, which the task-table reader fills from above.
 * - `full-row`: a row with text in its first column only (a category row) is written alone.
 */
import type { PdfLine } from './pdf-lines.ts';
import { joinText } from './pdf-text.ts';

export function startsTable(lines: PdfLine[], i: number): boolean {
  return lines[i].segments.length >= 3;
}

/** The table starting at `lines[start]` → its text lines, and the index after it. */
export function tableAt(lines: PdfLine[], start: number): { text: string[]; next: number } {
  const head = lines[start];
  const cols = head.segments.map((s) => s.x);
  const tol = head.size * 0.5;
  const colOf = (x: number) => cols.reduce((best, c, i) => (x + tol >= c ? i : best), 0);
  const rows: string[][] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (Math.abs(line.size - head.size) > head.size * 0.15) break;
    const first = line.segments[0];
    if (cols.length > 1 && line.segments.length === 1 && colOf(first.x) === 0 && first.end > cols[1] + head.size) break;
    const cells = Array<string>(cols.length).fill('');
    for (const s of line.segments) cells[colOf(s.x)] = joinText(cells[colOf(s.x)], s.text);
    if (cells[0] || rows.length === 0) rows.push(cells);
    else rows[rows.length - 1] = rows[rows.length - 1].map((c, k) => joinText(c, cells[k]));
  }
  const text = rows.map((r) => (r.slice(1).every((c) => !c) ? r[0] : r.join('\t')));
  return { text, next: i };
}
