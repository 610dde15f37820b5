/**
 * Body paragraphs that read as headings but carry no outline number: what a document numbered by
 * Word looks like once its numbers are gone. A .doc or .wps keeps its automatic numbers in list
 * tables beside the text; the reader writes them back (read/doc/doc-numbers.ts), except where a
 * paragraph is numbered only through its style, or the tables do not parse, and then 一、 （一）
 * 1. vanish and the split finds no outline. Rules:
 * - `short-heading`: a body paragraph of at most HEADING_MAX characters that ends without
 *   sentence punctuation (工作目标, 加强政治建设), followed by another body paragraph.
 * - `enough`: two such paragraphs make an outline; one alone is a caption or a stray line.
 */
import type { OutlineItem } from './outline-nodes.ts';

const HEADING_MAX = 20;
const ENDS_SENTENCE = /[。；;，,：:！!？?…、）)”"]$/;
const MIN_HEADINGS = 2;

/** The headings found (line and text), or none when the body does not look like a lost outline. */
export function unnumberedHeadings(body: OutlineItem[]): { line: number; text: string }[] {
  const paragraphs = body.flatMap((item) => (item.type === 'paragraph' && item.paragraph.role === 'body' ? [item.paragraph] : []));
  const headings = paragraphs.filter((p, i) => {
    const text = p.text.trim();
    return i + 1 < paragraphs.length && text.length >= 2 && text.length <= HEADING_MAX && !ENDS_SENTENCE.test(text);
  });
  return headings.length >= MIN_HEADINGS ? headings.map((p) => ({ line: p.line, text: p.text.trim() })) : [];
}
