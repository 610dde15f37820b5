/**
 * A Word 97–2003 .doc or a WPS Office .wps (both OLE compound files) → the pipeline's text,
 * through word-extractor. The library gives the text stream, not the formatting: no bold, no
 * automatic numbering (read here from the list tables), and table cells as tabs.
 *
 * Named rules:
 * - `page-furniture`: headers and footers are not read.
 * - `text-boxes-after`: text boxes of the body are appended after it (the library gives them apart,
 *   without their place).
 * - `notes-appended`: footnotes and endnotes are appended, one `注：` line each.
 * - `table-rows`: a row's cells joined by tabs on one line, as text tables are; a vertically merged
 *   cell is empty below its first row (Word keeps its text once), as typed tables leave it.
 *
 * - `list-numbers`: Word's automatic numbering, which is not in the text stream, is read from the
 *   file's list tables and written before its paragraphs (doc/doc-numbers.ts). Not read: numbering
 *   a paragraph gets only through its style (the STSH), which the split then warns about
 *   (`word-numbering-lost`) when the paragraphs read as an outline without numbers.
 */
import WordExtractor from 'word-extractor';
import type { ReadResult } from './reader.ts';
import { docStreams } from './doc/doc-streams.ts';
import { docParagraphs } from './doc/doc-paragraphs.ts';
import { docListDefinitions } from './doc/doc-lists.ts';
import { numberedParagraphs, withListNumbers } from './doc/doc-numbers.ts';

const KEEP = { filterUnicode: false };

/**
 * The body with table rows as text tables write them. word-extractor turns each cell mark into a tab
 * and the row's end into a line break, so a row reads `a\tb\t\tc\t` (an empty cell between b and c):
 * the tab before the line break closes the last cell and is dropped. A cell of several paragraphs
 * breaks its row over several lines (the library gives no cell boundaries to rejoin them).
 */
export function oleBodyToLines(body: string): string[] {
  return body.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\t$/, ''));
}

/** The numbered paragraphs of the file; none when its list tables do not parse (the text is still read). */
async function listNumbers(buffer: Buffer): Promise<{ text: string; number: string }[]> {
  try {
    const { word, table } = await docStreams(buffer);
    return numberedParagraphs(docParagraphs(word, table), docListDefinitions(word, table));
  } catch {
    return [];
  }
}

export async function oleToText(bytes: Uint8Array, format: 'doc' | 'wps'): Promise<ReadResult> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const doc = await new WordExtractor().extract(buffer);
  const lines = withListNumbers(oleBodyToLines(doc.getBody(KEEP)), await listNumbers(buffer));
  const boxes = doc.getTextboxes({ ...KEEP, includeHeadersAndFooters: false }).trim();
  if (boxes) lines.push(...boxes.split(/\n+/));
  const notes = [doc.getFootnotes(KEEP), doc.getEndnotes(KEEP)].join('\n').split('\n').map((l) => l.trim()).filter(Boolean);
  notes.forEach((n, i) => lines.push(`注${i + 1}：${n}`));
  const text = lines.join('\n');
  if (!text.trim()) return { ok: false, id: 'undecodable', reason: `${format} 文件中没有读到文字` };
  return { ok: true, text, format };
}
