/**
 * Where each measure sits in its document's indexed text, so that a match in the text can be
 * given to the measure it belongs to. Pagefind reports every element with an id (its anchors) at
 * a word position; a measure runs from its own anchor to the next anchor that starts something
 * else: another measure, a section (`<section id="s-…">`) or a 落款 (`#doc-back`). Goal marks
 * (`goal-…`) and heading slugs inside a measure do not end it.
 */
import type { Anchor } from './excerpt.ts';

/** A measure's part of the page text: [start, end) in characters of the text without separators. */
export interface Extent {
  anchor: string;
  start: number;
  end: number;
}

/** Ids of the 落款 blocks (Back.astro), in page order: text after a measure that belongs to none. */
export const backAnchorOf = (n: number) => (n > 1 ? `doc-back-${n}` : 'doc-back');
const isBackAnchor = (id: string) => /^doc-back(-\d+)?$/.test(id);

/** Character offset (in the text without separators) where each word of `content` starts. */
function wordStarts(content: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const word of content.split('\u200b')) {
    starts.push(at);
    at += word.length;
  }
  return starts;
}

/** Extents of the measures whose anchors are in `measureAnchors`, in text order. */
export function measureExtents(content: string, anchors: readonly Anchor[], measureAnchors: ReadonlySet<string>): Extent[] {
  const starts = wordStarts(content);
  const length = starts.length > 0 ? starts[starts.length - 1]! + content.split('\u200b').at(-1)!.length : 0;
  const offsetOf = (location: number) => (location < starts.length ? starts[location]! : length);
  const ends = (a: Anchor) => measureAnchors.has(a.id) || a.element.toLowerCase() === 'section' || isBackAnchor(a.id);
  const sorted = [...anchors].sort((x, y) => x.location - y.location);
  const extents: Extent[] = [];
  sorted.forEach((a, i) => {
    if (!measureAnchors.has(a.id)) return;
    const next = sorted.slice(i + 1).find(ends);
    extents.push({ anchor: a.id, start: offsetOf(a.location), end: next ? offsetOf(next.location) : length });
  });
  return extents;
}

/** The extent holding character `offset`, or null when it is outside every measure. */
export function extentAt(extents: readonly Extent[], offset: number): Extent | null {
  return extents.find((e) => offset >= e.start && offset < e.end) ?? null;
}
