/**
 * What the reader typed → the terms every result must contain. Words separated by spaces are
 * separate terms (all must appear, anywhere in the page); text in quotes is one term, spaces
 * included. Quotes: ASCII "…", full-width ＂…＂, Chinese “…” and 「…」『…』, so a phone keyboard's
 * quotes work too. An unclosed quote runs to the end. Terms are folded (normalise.ts) and
 * simplified when a simplifier is given; `typed` keeps the reader's own spelling for messages.
 */
import { foldText } from './normalise.ts';
import type { Simplifier } from './traditional.ts';

export interface Term {
  /** Folded (and simplified) text that must occur in a page. */
  text: string;
  /** As typed (trimmed), for messages. */
  typed: string;
  /** Came from a quoted phrase. */
  quoted: boolean;
}

const closers: Record<string, string> = { '"': '"', '“': '”', '”': '“', '「': '」', '『': '』' };

/** Raw pieces in reading order, before folding. */
export function splitQuery(query: string): { typed: string; quoted: boolean }[] {
  // Full-width ＂ folds to ", so fold quotes and spaces first; everything else is folded later.
  const text = query.replace(/＂/g, '"');
  const pieces: { typed: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const close = closers[c];
    if (close !== undefined) {
      let end = text.indexOf(close, i + 1);
      // A lone ” or “ also closes its twin: phones sometimes type the same curly quote twice.
      if (end < 0 && (c === '“' || c === '”')) end = text.indexOf(c, i + 1);
      const inner = text.slice(i + 1, end < 0 ? text.length : end);
      if (inner.trim()) pieces.push({ typed: inner.trim().replace(/[\s\u3000]+/g, ' '), quoted: true });
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (/[\s\u3000]/.test(c)) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && !/[\s\u3000]/.test(text[end]!) && closers[text[end]!] === undefined) end++;
    pieces.push({ typed: text.slice(i, end), quoted: false });
    i = end;
  }
  return pieces;
}

/** The query's distinct terms, in the order typed. */
export function parseQuery(query: string, simplify?: Simplifier): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const piece of splitQuery(query)) {
    let text = foldText(piece.typed).replace(/ +/g, ' ').trim();
    if (simplify) text = simplify(text);
    if (!text || seen.has(text)) continue;
    seen.add(text);
    terms.push({ text, typed: piece.typed, quoted: piece.quoted });
  }
  return terms;
}

/**
 * The query's terms, and whether `simplify` changed any of them (the status line then says that
 * Traditional characters were searched as Simplified).
 */
export function queryToTerms(query: string, simplify?: Simplifier): { terms: Term[]; simplified: boolean } {
  const terms = parseQuery(query, simplify);
  const textsOf = (list: Term[]) => list.map((t) => t.text).join(' ');
  return { terms, simplified: simplify ? textsOf(terms) !== textsOf(parseQuery(query)) : false };
}

/** The query as it would be typed back, e.g. for the search box after simplification. */
export const termsToQuery = (terms: Term[]) => terms.map((t) => (t.quoted || t.text.includes(' ') ? `"${t.text}"` : t.text)).join(' ');
