/**
 * Where each unit and deadline of a measure is written: the smallest phrase around it that a
 * reader recognises (a 【…】 tag, a （…） bracket, a label line, a table cell, or the clause), and
 * its line in the source file. Found after the rules ran, from the text itself, so it holds
 * whichever rule found the name.
 */
import type { Source } from '../../model/schemas/source.ts';
import type { OutlineNode } from '../structure/outline.ts';
import { stripBold } from '../text/text-utils.ts';

export interface LineText {
  line: number;
  text: string;
}

const PHRASE_MAX = 80;

/** The lines a measure's text comes from: its paragraphs (and, for an article, its points), or its table row's cells. */
export function nodeLines(node: OutlineNode, nested: boolean): LineText[] {
  if (node.kind === 'row') return node.row.cells.map((text) => ({ line: node.line, text: stripBold(text) }));
  const own = node.paragraphs.map((p) => ({ line: p.line, text: stripBold(p.text) }));
  return nested ? [...own, ...node.children.flatMap((c) => nodeLines(c, true))] : own;
}

/** The innermost bracket pair around [start, end) in `text`, if it is short enough to read. */
function enclosingBracket(text: string, start: number, end: number): string | null {
  const pairs: [string, string][] = [['【', '】'], ['（', '）'], ['(', ')']];
  let best: string | null = null;
  for (const [open, close] of pairs) {
    const from = text.lastIndexOf(open, start);
    const to = text.indexOf(close, end);
    if (from < 0 || to < 0 || text.slice(from + 1, start).includes(close)) continue;
    const phrase = text.slice(from, to + 1);
    if (phrase.length <= PHRASE_MAX && (!best || phrase.length < best.length)) best = phrase;
  }
  return best;
}

/** The clause around [start, end): from the previous 。；; or line start to the next one, cut to a readable length. */
function enclosingClause(text: string, start: number, end: number): string {
  const stops = /[。；;！？\n]/g;
  let from = 0;
  for (let m; (m = stops.exec(text)) && m.index < start; ) from = m.index + 1;
  stops.lastIndex = end;
  const next = stops.exec(text);
  const to = next ? next.index + 1 : text.length;
  const clause = text.slice(from, to).trim();
  if (clause.length <= PHRASE_MAX) return clause;
  const at = Math.max(0, start - from - 30);
  return `${at > 0 ? '…' : ''}${clause.slice(at, at + PHRASE_MAX)}…`;
}

/** Where `needle` is written among `lines`; null when it is not written there as such. */
export function locate(needle: string, lines: readonly LineText[]): { phrase: string; line: number } | null {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  for (const { line, text } of lines) {
    let start = text.indexOf(needle);
    let found = text;
    if (start < 0) {
      // Written with spaces inside (“县委 组织部”): look in the text without them.
      found = squeeze(text);
      start = found.indexOf(squeeze(needle));
      if (start < 0) continue;
    }
    const end = start + (found === text ? needle.length : squeeze(needle).length);
    return { phrase: enclosingBracket(found, start, end) ?? enclosingClause(found, start, end), line };
  }
  return null;
}

/** The source of each name or phrase: the measure's own lines first, then the headings above it. */
export function sourcesOf(needles: readonly string[], own: readonly LineText[], headings: readonly LineText[], fallbackLine: number): Source[] {
  return needles.map((needle) => {
    const inText = locate(needle, own);
    if (inText) return { from: 'text', ...inText };
    const inHeading = locate(needle, headings);
    if (inHeading) return { from: 'heading', ...inHeading };
    // A name the rules built from parts (a shared prefix, a list split apart): the first line says where.
    return { from: 'text', phrase: own[0]?.text.slice(0, PHRASE_MAX) ?? '', line: own[0]?.line ?? fallbackLine };
  });
}
