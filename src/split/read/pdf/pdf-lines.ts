/**
 * The text items of a PDF page (pdf.js: a string, its baseline position and width) → lines, each a
 * list of segments: items on one baseline, left to right, joined where they touch. A gap wider than
 * GAP_EM font sizes separates two segments (table cells, or the parts of a spread-out line).
 */
export interface PdfItem {
  str: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  width: number;
  /** Font size (the text matrix's scale). */
  size: number;
  bold: boolean;
}

export interface Segment {
  x: number;
  end: number;
  text: string;
  /** Whether the segment opens with bold text, and where that bold text ends (character index). */
  boldUntil: number;
}

export interface PdfLine {
  page: number;
  y: number;
  x: number;
  end: number;
  size: number;
  segments: Segment[];
}

/** A gap this many font sizes wide separates two segments of a line. */
const GAP_EM = 1.5;
/** Two items whose baselines differ by less than this share a line (a smaller list number sits on the same baseline). */
const SAME_LINE_EM = 0.3;

export function itemsToLines(items: PdfItem[], page: number): PdfLine[] {
  const visible = items.filter((i) => i.str.trim() !== '');
  const rows: PdfItem[][] = [];
  const reach = SAME_LINE_EM * Math.max(0, ...visible.map((i) => i.size));
  for (const item of [...visible].sort((a, b) => b.y - a.y || a.x - b.x)) {
    // The first row near enough; rows open top-down, so only the last few can be (scanning every
    // row for every item grew with the square of a page's lines).
    let row: PdfItem[] | undefined;
    for (let k = rows.length - 1; k >= 0 && rows[k][0].y - item.y < reach; k--) {
      if (Math.abs(rows[k][0].y - item.y) < SAME_LINE_EM * Math.max(rows[k][0].size, item.size)) row = rows[k];
    }
    if (row) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((i) => i.size));
    const segments: Segment[] = [];
    let boldOpen = true;
    for (const item of row) {
      const last = segments[segments.length - 1];
      const text = item.str;
      if (last && item.x - last.end < GAP_EM * size) {
        if (boldOpen && item.bold && last.boldUntil === last.text.length) last.boldUntil += text.length;
        else if (!item.bold && text.trim()) boldOpen = false;
        last.text += text;
        last.end = Math.max(last.end, item.x + item.width);
      } else {
        boldOpen = segments.length === 0 ? item.bold : false;
        segments.push({ x: item.x, end: item.x + item.width, text, boldUntil: item.bold && segments.length === 0 ? text.length : 0 });
      }
    }
    return { page, y: row[0].y, x: segments[0].x, end: Math.max(...segments.map((s) => s.end)), size, segments };
  });
}
