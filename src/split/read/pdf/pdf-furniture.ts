/**
 * Page furniture in a PDF's lines, each a named rule: what is printed on every page and is no part
 * of the text. Only the first and last two lines of a page are candidates.
 * - `page-number`: — 3 —, - 3 -, 第3页 共7页, 第 3 页, 3/7, a bare number.
 * - `running-header`: a page's first (or last) line that repeats on at least half the pages (numbers
 *   ignored), e.g. a document title or an office's name printed above each page.
 */
import type { PdfLine } from './pdf-lines.ts';

export const PAGE_NUMBER = [
  /^[—–－\-－‒―~·•]*\s*\d{1,4}\s*[—–－\-‒―~·•]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(?:共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^page\s*\d+(?:\s*of\s*\d+)?$/i,
];

const lineText = (l: PdfLine) => l.segments.map((s) => s.text).join(' ').trim();
const key = (l: PdfLine) => lineText(l).replace(/\d+/g, '#').replace(/\s+/g, '');

export interface FurnitureRemoval {
  rule: 'page-number' | 'running-header';
  page: number;
  text: string;
}

/** The pages' lines without page furniture, and what was removed. */
export function withoutFurniture(pages: PdfLine[][]): { pages: PdfLine[][]; removed: FurnitureRemoval[] } {
  const removed: FurnitureRemoval[] = [];
  const edges = (lines: PdfLine[]) => [lines[0], lines[1], lines[lines.length - 2], lines[lines.length - 1]].filter((l): l is PdfLine => !!l);
  // A running header is the first or the last line of a page; a page number may have one line beyond it.
  const outer = (lines: PdfLine[]) => [lines[0], lines[lines.length - 1]].filter((l): l is PdfLine => !!l);
  const counts = new Map<string, number>();
  for (const lines of pages) for (const k of new Set(outer(lines).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const repeated = (l: PdfLine) => pages.length >= 2 && (counts.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2);
  const kept = pages.map((lines) => {
    const edge = new Set(edges(lines));
    const top = new Set(outer(lines));
    return lines.filter((l) => {
      if (!edge.has(l)) return true;
      const text = lineText(l).replace(/\s+/g, ' ');
      const rule = PAGE_NUMBER.some((re) => re.test(text)) ? 'page-number' : top.has(l) && repeated(l) ? 'running-header' : null;
      if (rule) removed.push({ rule, page: l.page, text });
      return !rule;
    });
  });
  return { pages: kept, removed };
}
