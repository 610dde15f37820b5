/**
 * The text a built page shows, for tests that compare it with what the split wrote: the
 * "nothing lost" check (every word of a document's text on its page, in order, as written).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from './parse-mdx.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML character references decoded (named ones the build writes, and numeric ones). */
export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/** The visible text of an HTML fragment: scripts, styles and tags dropped, references decoded. */
export function htmlText(html: string): string {
  return decodeHtml(html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, ' '));
}

/** The document's text on its page: what `<div class="doc-text">` holds (before the references footer). */
export function documentTextOf(html: string): string {
  const start = html.indexOf('<div class="doc-text">');
  const end = html.indexOf('<footer class="doc-refs"', start);
  if (start < 0 || end < 0) throw new Error('no <div class="doc-text"> … <footer class="doc-refs"> on the page');
  return htmlText(html.slice(start, end));
}

/**
 * The first whitespace-separated piece of `expected` that `shown` does not contain in order
 * (whitespace ignored on both sides, since tags may split or join lines), or null when every
 * piece is there.
 */
export function firstMissing(expected: string, shown: string): { piece: string; index: number } | null {
  const text = shown.replace(/\s+/g, '');
  let at = 0;
  const pieces = expected.split(/\s+/).filter(Boolean);
  for (const [index, piece] of pieces.entries()) {
    const found = text.indexOf(piece, at);
    if (found < 0) return { piece, index };
    at = found + piece.length;
  }
  return null;
}

const leafBlocks = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The text a reader should see in an MDX file, one line per paragraph, heading or table cell
 * (the page puts other things, such as a measure's units, between blocks, never inside one).
 */
export function mdxBlocksText(mdx: string): string {
  const lines: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'yaml') return;
    if (leafBlocks.has(node.type)) lines.push(toString(node));
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(mdxToMdast(mdx));
  return lines.join('\n');
}

/** Each document MDX in a collections folder with the text a reader should see, by id. */
export function documentTexts(collections: string): Map<string, string> {
  const dir = join(collections, 'documents');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => [f.slice(0, -'.mdx'.length), mdxBlocksText(readFileSync(join(dir, f), 'utf8'))]),
  );
}

/** Ids of documents whose page lost or rewrote text, with the first missing piece. */
export function documentsLosingText(collections: string, dist: string): string[] {
  const lost: string[] = [];
  for (const [id, expected] of documentTexts(collections)) {
    const html = readFileSync(join(dist, 'documents', id, 'index.html'), 'utf8');
    const missing = firstMissing(expected, documentTextOf(html));
    if (missing) lost.push(`${id}: piece ${missing.index} «${missing.piece}» not on the page in order`);
  }
  return lost;
}
