/**
 * A Word 97–2003 .doc or a WPS Office .wps (both OLE compound files) → the pipeline's text,
 * through word-extractor. The library gives the text stream, not the formatting: no bold, no
 * automatic numbering (a number Word generates is not in the text), and table cells as tabs.
 *
 * Named rules:
 * - `page-furniture`: headers and footers are not read.
 * - `text-boxes-after`: text boxes of the body are appended after it (the library gives them apart,
 *   without their place).
 * - `notes-appended`: footnotes and endnotes are appended, one `注：` line each.
 * - `table-rows`: a row's cells joined by tabs on one line, as text tables are; a vertically merged
 *   cell is empty below its first row (Word keeps its text once), as typed tables leave it.
 *
 * Word's automatic numbering is lost: a number Word generates is not in the text stream. The split
 * warns (`word-numbering-lost`, structure/unnumbered-headings.ts) when the paragraphs read as an
 * outline without numbers. Recovering the numbers would take, beside word-extractor (whose OLE
 * reader is internal; `cfb` could read the streams): the FIB's fcPlcfBtePapx and fcPlfLst/fcPlfLfo;
 * each paragraph's PAPX (the FKP pages of WordDocument) for sprmPIlfo (0x460B) and sprmPIlvl
 * (0x260A), and its style's (the STSH) when numbered through a style; the piece table to tie those
 * paragraphs (file offsets) to the text's paragraphs; the LSTF/LVLF records (start, number format
 * nfc, the number text with its level placeholders, restarts) and the LFO overrides; and counters
 * per list and level. With a fixture numbered by Word and made .doc by LibreOffice, about 300–400
 * lines.
 */
import WordExtractor from 'word-extractor';
import type { ReadResult } from './reader.ts';

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

export async function oleToText(bytes: Uint8Array, format: 'doc' | 'wps'): Promise<ReadResult> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const lines = oleBodyToLines(doc.getBody(KEEP));
  const boxes = doc.getTextboxes({ ...KEEP, includeHeadersAndFooters: false }).trim();
  if (boxes) lines.push(...boxes.split(/\n+/));
  const notes = [doc.getFootnotes(KEEP), doc.getEndnotes(KEEP)].join('\n').split('\n').map((l) => l.trim()).filter(Boolean);
  notes.forEach((n, i) => lines.push(`注${i + 1}：${n}`));
  const text = lines.join('\n');
  if (!text.trim()) return { ok: false, id: 'undecodable', reason: `${format} 文件中没有读到文字` };
  return { ok: true, text, format };
}
