/** The numbering styles of Chinese official documents, and how to read one at the start of a text. */
import { chineseNumeral } from '../text/patterns.ts';
import { foldWidth } from '../../model/name-key.ts';

export type MarkerStyle =
  | 'chapter' | 'cn-dun' | 'cn-paren' | 'num-dot' | 'num-dun' | 'num-paren' | 'circled' | 'dash' | 'article' | 'bold' | 'attachment';

export interface Marker {
  style: MarkerStyle;
  /** Sequence number; null for —— and bold leads, which are counted among their siblings. */
  number: number | null;
  /** The marker as written, e.g. `（四）`, `3.`, `——`. */
  text: string;
}

const CN = '[一二三四五六七八九十百]+';
// Matched against width-folded text: （ → (, １ → 1, ． → . .
const STYLES: { style: MarkerStyle; re: RegExp; num: (m: RegExpExecArray) => number | null }[] = [
  { style: 'chapter', re: new RegExp(`^第\\s*(${CN})\\s*(?:章|部分|节)\\s*`), num: (m) => chineseNumeral(m[1]) },
  { style: 'article', re: new RegExp(`^第\\s*(${CN})\\s*条\\s*`), num: (m) => chineseNumeral(m[1]) },
  { style: 'cn-dun', re: new RegExp(`^(${CN})\\s*[、.]\\s*`), num: (m) => chineseNumeral(m[1]) },
  { style: 'cn-paren', re: /^\(\s*([一二三四五六七八九十]+)\s*\)\s*/, num: (m) => chineseNumeral(m[1]) },
  { style: 'num-paren', re: /^\(\s*(\d{1,4})\s*\)\s*/, num: (m) => Number(m[1]) },
  { style: 'num-dot', re: /^(\d{1,4})\s*\.(?!\d)\s*/, num: (m) => Number(m[1]) },
  { style: 'num-dun', re: /^(\d{1,4})\s*、\s*/, num: (m) => Number(m[1]) },
  { style: 'circled', re: /^([①-⑳])\s*/, num: (m) => m[1].charCodeAt(0) - 0x2460 + 1 },
  // A dash lead (——, --, ---) before text; a line of dashes alone (`---`, `———`) is a rule, not an item.
  { style: 'dash', re: /^(?:—{1,3}|－{2,3}|-{2,3})(?![-—－])\s*(?=[^\s\-—－])/, num: () => null },
];

/** Reads a marker at the start of `folded` (width-folded text); `original` gives it as written. */
export function readMarker(folded: string, original: string): Marker | null {
  for (const { style, re, num } of STYLES) {
    const m = re.exec(folded);
    if (!m) continue;
    const n = num(m);
    if (n !== null && !(n > 0)) continue;
    // 一是…二是… and 一要…: sub-points of one paragraph, never outline markers.
    if (style === 'cn-dun' && /^[是要]/.test(folded.slice(m[0].length))) continue;
    return { style, number: n, text: original.slice(0, m[0].length).trim() };
  }
  return null;
}

/**
 * “3.5G重点区域…”, “11.121人才梯队项目”: a number, a dot and a digit, which {@link readMarker} leaves alone
 * because it reads like a decimal. The outline takes it as an item only where that number is next.
 */
export function readDigitLedNumber(folded: string, original: string): Marker | null {
  const m = /^(\d{1,4})\.(?=\d)/.exec(folded);
  return m ? { style: 'num-dot', number: Number(m[1]), text: original.slice(0, m[0].length) } : null;
}

/** Whether a line, as written, opens with an outline marker (where a title or a paragraph ends). */
export function startsWithMarker(line: string): boolean {
  const t = line.trim();
  // Most lines start with none of the characters a marker starts with: no folding, no styles.
  return MARKER_FIRST.test(t) && readMarker(foldWidth(t), t) !== null;
}

/** The first character of every style's marker, full-width forms included. */
const MARKER_FIRST = /^[第一二三四五六七八九十百(（\d０-９①-⑳—－-]/;

/** The path label of a marker as written: `四`, `（四）`, `3`, `（1）`. */
export function markerLabel(marker: Marker, ordinal: number): string {
  switch (marker.style) {
    case 'cn-dun':
    case 'num-dot':
    case 'num-dun':
      return marker.text.replace(/[、.．\s]/g, '');
    case 'dash':
    case 'bold':
      return String(ordinal);
    case 'attachment':
      return marker.text.replace(/[：:\s]/g, '');
    default:
      return marker.text.replace(/\s/g, '');
  }
}

/**
 * Inline marker candidates inside a paragraph (documents flattened onto a few lines): a whole run
 * of white space followed by a marker. The run is taken atomically (`(?=(\s+))\1`) and only from
 * its first character (`(?<!\s)`), so a long run without a marker after it costs its length once,
 * not its length squared (a 200 KB line of spaces took 114 s).
 */
export const INLINE_MARKER = /(?<!\s)(?=(\s+))\1(?=(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,4}[、.](?!\d)|[①-⑳]))/g;
