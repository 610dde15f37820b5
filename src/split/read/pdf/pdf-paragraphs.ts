/**
 * A PDF's lines (all pages, furniture removed) → the pipeline's text: paragraphs rebuilt, one a line.
 * Rules:
 * - `paragraph-join`: a line continues the paragraph above when the line above reaches the right
 *   margin (within 1.5 characters) and this one starts at the left margin (not indented, not
 *   centred), in the same font size: across line ends and page breaks alike.
 * - `spread-line`: segments of a line that is no table (a signature with two organs) are joined by
 *   spaces, as typed text has them.
 * - `bold-lead`: a bold run opening a line and followed by plain text is marked `**…**`, as in the
 *   docx reader, when items say they are bold (pdf-to-text.ts does not tell them yet: bold is lost).
 * - tables: pdf-table.ts.
 */
import type { PdfLine } from './pdf-lines.ts';
import { startsTable, tableAt } from './pdf-table.ts';
import { joinText, withoutAutospace } from './pdf-text.ts';

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function lineText(line: PdfLine): string {
  const [first, ...rest] = line.segments;
  const lead = first.boldUntil > 0 && first.boldUntil < first.text.trim().length ? `**${first.text.slice(0, first.boldUntil).trim()}**${first.text.slice(first.boldUntil)}` : first.text;
  return withoutAutospace([lead, ...rest.map((s) => s.text)].join('    ').trim());
}

export function linesToText(lines: PdfLine[]): string {
  if (!lines.length) return '';
  const left = mode(lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.end));
  const out: string[] = [];
  let open: PdfLine | null = null;
  for (let i = 0; i < lines.length; ) {
    if (startsTable(lines, i)) {
      const table = tableAt(lines, i);
      out.push(...table.text.map(withoutAutospace));
      open = null;
      i = table.next;
      continue;
    }
    const line = lines[i];
    const continues = open !== null && open.segments.length === 1 && line.segments.length === 1 && open.end >= right - 1.5 * open.size
      && Math.abs(line.x - left) < 0.5 * line.size && Math.abs(line.size - open.size) < 0.05 * open.size;
    if (continues) out[out.length - 1] = joinText(out[out.length - 1], withoutAutospace(line.segments[0].text.trim()));
    else out.push(lineText(line));
    open = line;
    i++;
  }
  return out.join('\n');
}
