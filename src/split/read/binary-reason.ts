/**
 * Why a file with binary bytes (a NUL) that no reader took cannot be read, in one line: what the
 * bytes are, by their signature, and what to provide instead. Word, WPS and PDF files never get
 * here (their readers take them); what does is a damaged one of them, an image, or another format.
 * Rules as data, first match wins, each with why it is told apart.
 */
import { startsWith } from './reader.ts';
import { zipEntries } from './zip-entries.ts';

const PROVIDE = '请提供 Word（.docx/.doc/.wps）、带文字层的 PDF 或 .txt';

interface Signature {
  magic: (number[] | string)[];
  /** What the bytes are, completing 不是文本文件：… */
  is: string;
}

/** Scans arrive as pictures: say it is one, and that no text is recognised in it. */
const IMAGES: Signature[] = [
  { magic: [[0x89, 0x50, 0x4e, 0x47]], is: 'PNG 图片' },
  { magic: [[0xff, 0xd8, 0xff]], is: 'JPEG 图片' },
  { magic: ['GIF8'], is: 'GIF 图片' },
  { magic: [[0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]], is: 'TIFF 图片' },
  { magic: ['BM'], is: 'BMP 图片' },
];

/** A zip that is not a Word document: which zip it is decides what to say. */
function zipReason(bytes: Uint8Array): string {
  const entries = zipEntries(bytes);
  if (entries.length === 0) return '开头是 ZIP（.docx 的格式）但无法解压，文件已损坏或不完整；请重新获取原件，或在 Word/WPS 中打开后另存为 .docx';
  if (entries.some((e) => e.startsWith('xl/'))) return '是 Excel 表格（.xlsx），不读取；请提供同一文件的 Word（.docx）或 PDF';
  if (entries.some((e) => e.startsWith('ppt/'))) return '是 PowerPoint 演示文稿（.pptx），不读取；请提供同一文件的 Word（.docx）或 PDF';
  if (entries.includes('mimetype') && entries.includes('content.xml')) return '是 OpenDocument 文档（.odt 等），不读取；请在 WPS 或 LibreOffice 中另存为 .docx';
  return '是 ZIP 压缩包，其中没有 Word 文档；请解压后放入其中的文件';
}

export function binaryReason(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return `不是文本文件：${zipReason(bytes)}`;
  const image = IMAGES.find((s) => s.magic.some((m) => startsWith(bytes, m)));
  if (image) return `不是文本文件：是 ${image.is}，不做文字识别；请提供 Word 原件（.docx/.doc/.wps）或带文字层的 PDF`;
  return `不是文本文件：含有 NUL 字节，也不是 Word、WPS、PDF 或图片；${PROVIDE}`;
}
