/**
 * A PDF with a text layer → the pipeline's text, through unpdf (pdf.js): each page's text items
 * with their positions (pdf-lines.ts), page numbers and running headers removed
 * (pdf-furniture.ts), paragraphs and tables rebuilt (pdf-paragraphs.ts, pdf-table.ts).
 * A PDF without text (a scan) is reported with what to provide instead: no OCR is done.
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import type { ReadResult } from '../reader.ts';
import { itemsToLines, type PdfItem, type PdfLine } from './pdf-lines.ts';
import { withoutFurniture } from './pdf-furniture.ts';
import { linesToText } from './pdf-paragraphs.ts';
import { pdfjsCMapFolder } from './pdf-cmaps.ts';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** A page of a scan may carry a few stray characters; fewer than this per page is no text layer. */
const MIN_CHARS_PER_PAGE = 10;

type PdfWorker = InstanceType<Awaited<ReturnType<typeof getResolvedPDFJS>>['PDFWorker']>;
let sharedWorker: PdfWorker | undefined;

/**
 * One pdf.js worker for every document of the process (in Node an in-thread one): a loading task
 * without one sets up its own. The worker holds no handle, so it does not keep the process alive.
 */
async function worker(): Promise<PdfWorker> {
  sharedWorker ??= new (await getResolvedPDFJS()).PDFWorker({ verbosity: 0 });
  return sharedWorker;
}

export interface PdfReadOptions {
  /** The folder of pdf.js's packed CJK character maps; null reads without them (for tests). */
  cMapFolder: string | null;
}

export async function pdfToText(bytes: Uint8Array, options: PdfReadOptions = { cMapFolder: pdfjsCMapFolder() }): Promise<ReadResult> {
  // pdf.js takes the buffer over; it gets a copy so the caller's bytes stay readable. Only text is
  // wanted: no font faces are built and no system fonts looked up.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), {
    worker: await worker(), disableFontFace: true, useSystemFonts: false, verbosity: 0,
    cMapUrl: options.cMapFolder ?? undefined, cMapPacked: true, useWorkerFetch: false,
  });
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
    }
    if (chars < MIN_CHARS_PER_PAGE * pdf.numPages) {
      return { ok: false, id: 'scanned-pdf', reason: 'PDF 没有文字层（扫描件），无法识别文字：请提供 Word 原件（.docx/.doc/.wps）或带文字层的 PDF' };
    }
    return { ok: true, text: linesToText(withoutFurniture(pages).pages.flat()), format: 'pdf' };
  } finally {
    // Destroying the loading task frees the document on the worker's side too; cleanup() alone
    // left every document read so far registered with the worker.
    await pdf.loadingTask.destroy();
  }
}
