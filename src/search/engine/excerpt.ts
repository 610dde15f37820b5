/**
 * What a result shows and where it leads: an excerpt around the first match with every match in
 * it marked, the heading of the section the match is in, and the element id to land on.
 * Works on Pagefind's fragment data: `content` with its words separated by zero-width spaces, and
 * `anchors` (every element with an id, at a word position).
 */
import type { Occurrence } from './match.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** Pagefind joins blocks with `. `; between Chinese text a space reads better. */
const blockJoin = /(?<=[^\x00-\x7f])\. /g;
const boundary = /[。；！？\n]|(?<=[^\x00-\x7f])\. /g;

/**
 * About `width` characters of `text` around the first occurrence: from the last sentence or block
 * boundary at most `lead` characters before it (else `lead` characters before it), marked with
 * every occurrence that falls inside. `…` where text was cut.
 */
export function excerptOf(text: string, occurrences: readonly Occurrence[], width = 80, lead = 20): Segment[] {
  const first = occurrences[0];
  if (!first) return text ? [{ text: text.slice(0, width) + (text.length > width ? '…' : ''), hit: false }] : [];
  let start = Math.max(0, first.start - lead);
  const before = text.slice(start, first.start);
  let cut = -1;
  for (const m of before.matchAll(boundary)) cut = m.index + m[0].length;
  if (cut >= 0) start += cut;
  else if (start > 0) {
    // Do not split a surrogate pair.
    if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--;
  }
  let end = Math.min(text.length, Math.max(start + width, first.end));
  // A match cut by the end of the window is left out rather than shown in part.
  const straddling = occurrences.find((o) => o !== first && o.start < end && o.end > end);
  if (straddling) end = straddling.start;
  if (/[\udc00-\udfff]/.test(text[end] ?? '')) end++;
  const segments: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += s;
    else segments.push({ text: s, hit });
  };
  while (start < first.start && /\s/.test(text[start]!)) start++;
  if (start > 0) push('…', false);
  let at = start;
  for (const o of occurrences) {
    if (o.end <= at || o.start >= end) continue;
    const s = Math.max(o.start, at);
    push(text.slice(at, s).replace(blockJoin, ' '), false);
    push(text.slice(s, Math.min(o.end, end)), true);
    at = Math.min(o.end, end);
  }
  push(text.slice(at, end).replace(blockJoin, ' ').trimEnd(), false);
  if (end < text.length) push('…', false);
  return segments;
}

/** Word position (as Pagefind counts) of character `offset` of the text without separators. */
export function wordIndexAt(words: readonly string[], offset: number): number {
  let seen = 0;
  for (let i = 0; i < words.length; i++) {
    seen += words[i]!.length;
    if (offset < seen) return i;
  }
  return Math.max(0, words.length - 1);
}

export interface Landing {
  /** Id of the last element with an id at or before the match (`#…` of the result link). */
  id: string | null;
  /** Text of the last heading (h2–h6) at or before the match: the section a result names. */
  heading: string | null;
}

/** Elements that only wrap the page: landing on them says nothing. */
const wrapperIds = new Set(['main']);

export function landingOf(anchors: readonly Anchor[], wordIndex: number): Landing {
  let id: string | null = null;
  let heading: string | null = null;
  for (const a of [...anchors].sort((x, y) => x.location - y.location)) {
    if (a.location > wordIndex) break;
    if (!wrapperIds.has(a.id)) id = a.id;
    if (/^h[2-6]$/i.test(a.element) && a.text?.trim()) heading = a.text.trim();
  }
  return { id, heading };
}
