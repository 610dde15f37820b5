/**
 * A PDF with a text layer → the pipeline's text, through unpdf (pdf.js): each page's text items
 * with their positions (pdf-lines.ts), page numbers and running headers removed
 * (pdf-furniture.ts), paragraphs and tables rebuilt (pdf-paragraphs.ts, pdf-table.ts).
 * A PDF without text (a scan) is reported with what to provide instead: no OCR is done.
 */
import { getDocumentProxy } from 'unpdf';
import type { ReadResult } from '../reader.ts';
import { itemsToLines, type PdfItem, type PdfLine } from './pdf-lines.ts';
import { withoutFurniture } from './pdf-furniture.ts';
import { linesToText } from './pdf-paragraphs.ts';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** A page of a scan may carry a few stray characters; fewer than this per page is no text layer. */
const MIN_CHARS_PER_PAGE = 10;

export async function pdfToText(bytes: Uint8Array): Promise<ReadResult> {
  // pdf.js takes the buffer over; it gets a copy so the caller's bytes stay readable. Only text is
  // wanted: no font faces are built and no system fonts looked up (a third less time per document).
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const pages: PdfLine[][] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = (content.items as TextItem[]).filter((i) => 'str' in i).map((i) => ({
        str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, size: Math.hypot(i.transform[0], i.transform[1]) || Math.abs(i.transform[3]), bold: false,
      }));
      chars += items.reduce((s, i) => s + i.str.trim().length, 0);
      pages.push(itemsToLines(items, n));
      page.cleanup();
    }
    if (chars < MIN_CHARS_PER_PAGE * pdf.numPages) {
      return { ok: false, id: 'scanned-pdf', reason: 'PDF 没有文字层（扫描件），无法识别文字：请提供 Word 原件（.docx/.doc/.wps）或带文字层的 PDF' };
    }
    return { ok: true, text: linesToText(withoutFurniture(pages).pages.flat()), format: 'pdf' };
  } finally {
    await pdf.cleanup();
  }
}
