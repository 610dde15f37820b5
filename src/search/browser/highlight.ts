/**
 * On the page a result opens: mark every occurrence of the searched terms in the main content
 * and bring the first one (at or after the `#` target, if any) into view. Matching folds the same
 * way as search (normalise.ts) and runs across inline elements (a match may span a link), never
 * across blocks, like the search text it came from. Text is wrapped in <mark>, nothing else moves.
 */
import { foldText } from '../engine/normalise.ts';
import { spansOf } from '../engine/match.ts';

const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'SELECT', 'BUTTON', 'TEMPLATE']);
const inline = new Set(['A', 'ABBR', 'B', 'CITE', 'CODE', 'DATA', 'DEL', 'EM', 'I', 'INS', 'KBD', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'BR', 'WBR']);

interface Piece {
  node: Text;
  /** Offset of the node's text in the joined text. */
  at: number;
}

/** Text nodes under `root` in order, with the joined text; blocks are separated by U+2029, which no query contains. */
function collectText(root: Element): { pieces: Piece[]; text: string } {
  const pieces: Piece[] = [];
  let text = '';
  let lastBlock: Element | null = null;
  const blockOf = (node: Node) => {
    let el = node.parentElement;
    while (el && el !== root && inline.has(el.tagName)) el = el.parentElement;
    return el;
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
        if (skipped.has(el.tagName) || el.hasAttribute('data-pagefind-ignore')) return 2; // FILTER_REJECT
      }
      return 1; // FILTER_ACCEPT
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node);
    if (lastBlock && block !== lastBlock) text += '\u2029';
    lastBlock = block;
    pieces.push({ node: node as Text, at: text.length });
    text += (node as Text).data;
  }
  return { pieces, text };
}

/** Merged [start, end) ranges of every term in `text` (terms already folded). */
export function rangesOf(text: string, terms: readonly string[]): [number, number][] {
  const folded = foldText(text);
  const ranges = terms
    .filter((t) => t.trim())
    .flatMap((t) => spansOf(folded, t))
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Wraps every occurrence of `terms` under `root` in <mark class="search-hit">; returns the marks in order. */
export function markTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  const { pieces, text } = collectText(root);
  const ranges = rangesOf(text, terms);
  if (ranges.length === 0) return [];
  const doc = root.ownerDocument;
  const marks: HTMLElement[] = [];
  let r = 0;
  for (const { node, at } of pieces) {
    const end = at + node.data.length;
    const cuts: [number, number][] = [];
    while (r < ranges.length && ranges[r]![0] < end) {
      const [s, e] = ranges[r]!;
      if (e > at) cuts.push([Math.max(s, at) - at, Math.min(e, end) - at]);
      if (e > end) break; // the range continues in the next node
      r++;
    }
    if (cuts.length === 0) continue;
    const parts = doc.createDocumentFragment();
    let pos = 0;
    for (const [s, e] of cuts) {
      if (s > pos) parts.append(node.data.slice(pos, s));
      const mark = doc.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = node.data.slice(s, e);
      parts.append(mark);
      marks.push(mark);
      pos = e;
    }
    if (pos < node.data.length) parts.append(node.data.slice(pos));
    node.replaceWith(parts);
  }
  return marks;
}

/** The mark to show first: the first at or after `target` (inside it included), else the first. */
export function firstMarkFrom(marks: readonly HTMLElement[], target: Element | null): HTMLElement | undefined {
  if (target) {
    const after = marks.find((m) => target.contains(m) || (target.compareDocumentPosition(m) & 4) /* FOLLOWING */ !== 0);
    if (after) return after;
  }
  return marks[0];
}
