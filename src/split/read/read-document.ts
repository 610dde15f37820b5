/**
 * A file's bytes → the text the pipeline reads, by the reader its content calls for: the registry
 * of input readers. Content decides (magic bytes, the entries of a zip), not the extension: a
 * .doc that is really a .docx is read as one, a scan saved as .pdf is told apart from a text PDF.
 * Order matters: the first reader that recognises the bytes reads them; text is the fallback.
 */
import { unzipSync } from 'fflate';
import { decodeText } from './decode-text.ts';
import { docxToText } from './docx/docx-to-text.ts';
import { oleToText } from './ole-to-text.ts';
import { pdfToText } from './pdf/pdf-to-text.ts';
import { startsWith, type Reader, type ReadResult } from './reader.ts';

export type { ReadResult } from './reader.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file signature of Word 97–2003 .doc and of WPS Office's .wps. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The names of a zip's entries, without inflating them. */
function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    return [];
  }
  return names;
}

export const readers = {
  docx: {
    recognises: (b) => startsWith(b, ZIP) && zipEntries(b).includes('word/document.xml'),
    read: async (b) => docxToText(b),
  },
  /** OFD (GB/T 33190, China's fixed-layout format): a zip with OFD.xml. Not read: say what to provide. */
  ofd: {
    recognises: (b) => startsWith(b, ZIP) && zipEntries(b).some((n) => n.replace(/^\//, '').toUpperCase() === 'OFD.XML'),
    read: async () => ({ ok: false, id: 'unsupported-format', reason: 'OFD 版式文件无法读取：请提供同一文件的 Word（.docx/.doc/.wps）或带文字层的 PDF' }),
  },
  ole: {
    recognises: (b) => startsWith(b, OLE),
    read: (b, name) => oleToText(b, /\.wps$/i.test(name) ? 'wps' : 'doc'),
  },
  pdf: {
    // The header may follow a few bytes of junk; readers look within the first kilobyte.
    recognises: (b) => new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-'),
    read: (b) => pdfToText(b),
  },
  /** RTF, often saved with a .doc name by older tools. Not read: say what to provide. */
  rtf: {
    recognises: (b) => startsWith(b, '{\\rtf'),
    read: async () => ({ ok: false, id: 'unsupported-format', reason: 'RTF 文件无法读取：请在 Word 或 WPS 中另存为 .docx 后再放入' }),
  },
  txt: {
    recognises: () => true,
    read: async (b) => {
      const decoded = decodeText(b);
      return decoded.ok ? { ok: true, text: decoded.text, format: 'txt' } : { ok: false, id: 'undecodable', reason: decoded.reason };
    },
  },
} satisfies Record<string, Reader>;

/** Reads a document with the first reader that recognises it. Never throws: a failure is a result. */
export async function readDocument(bytes: Uint8Array, name: string): Promise<ReadResult> {
  const reader = Object.values(readers).find((r: Reader) => r.recognises(bytes))!;
  try {
    return await reader.read(bytes, name);
  } catch (cause) {
    return { ok: false, id: 'undecodable', reason: `无法读取（${(cause as Error).message}）` };
  }
}
