/**
 * A file's bytes → the text the pipeline reads, by the reader its content calls for: the registry
 * of input readers. Content decides (magic bytes, the entries of a zip), not the extension: a
 * .doc that is really a .docx is read as one, a scan saved as .pdf is told apart from a text PDF.
 * Order matters: the first reader that recognises the bytes reads them; text is the fallback.
 */
import { decodeText } from './decode-text.ts';
import { docxToText } from './docx/docx-to-text.ts';
import { oleToText } from './ole-to-text.ts';
import { pdfToText } from './pdf/pdf-to-text.ts';
import { MissingCMaps } from './pdf/pdf-cmaps.ts';
import { startsWith, type Reader, type ReadResult } from './reader.ts';
import { zipEntries } from './zip-entries.ts';

export type { ReadResult } from './reader.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file signature of Word 97–2003 .doc and of WPS Office's .wps. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const readers = {
  docx: {
    recognises: (b) => startsWith(b, ZIP) && zipEntries(b).includes('word/document.xml'),
    read: async (b) => docxToText(b),
    damaged: '是 Word 文档（.docx）但内容无法解析，文件已损坏；请在 Word/WPS 中打开后重新另存为 .docx',
  },
  /** OFD (GB/T 33190, China's fixed-layout format): a zip with OFD.xml. Not read: say what to provide. */
  ofd: {
    recognises: (b) => startsWith(b, ZIP) && zipEntries(b).some((n) => n.replace(/^\//, '').toUpperCase() === 'OFD.XML'),
    read: async () => ({ ok: false, id: 'unsupported-format', reason: 'OFD 版式文件无法读取：请提供同一文件的 Word（.docx/.doc/.wps）或带文字层的 PDF' }),
    damaged: 'OFD 版式文件无法读取：请提供同一文件的 Word（.docx/.doc/.wps）或带文字层的 PDF',
  },
  ole: {
    recognises: (b) => startsWith(b, OLE),
    read: (b, name) => oleToText(b, /\.wps$/i.test(name) ? 'wps' : 'doc'),
    // Excel 97 (.xls), PowerPoint 97 (.ppt) and WPS 表格 (.et) are OLE files too.
    damaged: '是 Word 97–2003/WPS 格式（OLE 复合文件）但读不出文字，文件已损坏，或是 Excel、PowerPoint 等其他 OLE 文件；请在 Word/WPS 中打开后另存为 .docx',
  },
  pdf: {
    // The header may follow a few bytes of junk; readers look within the first kilobyte.
    recognises: (b) => new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-'),
    read: (b) => pdfToText(b),
    damaged: '是 PDF 但无法解析，文件已损坏、不完整或设有打开密码；请重新导出不加密的 PDF，或提供 Word 原件',
  },
  /** RTF, often saved with a .doc name by older tools. Not read: say what to provide. */
  rtf: {
    recognises: (b) => startsWith(b, '{\\rtf'),
    read: async () => ({ ok: false, id: 'unsupported-format', reason: 'RTF 文件无法读取：请在 Word 或 WPS 中另存为 .docx 后再放入' }),
    damaged: 'RTF 文件无法读取：请在 Word 或 WPS 中另存为 .docx 后再放入',
  },
  txt: {
    recognises: () => true,
    read: async (b) => {
      const decoded = decodeText(b);
      return decoded.ok ? { ok: true, text: decoded.text, format: 'txt' } : { ok: false, id: 'undecodable', reason: decoded.reason };
    },
    damaged: '无法按文本读取；请提供 Word（.docx/.doc/.wps）、带文字层的 PDF 或 UTF-8 的 .txt',
  },
} satisfies Record<string, Reader>;

/**
 * Reads a document with the first reader that recognises it. A bad file never throws: it is a
 * result saying what the bytes are and what to provide, with the library's own words after it.
 * Only a fault of the installation throws (the CJK character maps missing).
 */
export async function readDocument(bytes: Uint8Array, name: string): Promise<ReadResult> {
  const reader: Reader = Object.values(readers).find((r: Reader) => r.recognises(bytes))!;
  try {
    return await reader.read(bytes, name);
  } catch (cause) {
    if (cause instanceof MissingCMaps) throw cause;
    return { ok: false, id: 'undecodable', reason: `${reader.damaged}（技术信息：${(cause as Error).message}）` };
  }
}
