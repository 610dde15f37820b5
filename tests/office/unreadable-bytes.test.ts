/**
 * A file that does not read says, in one Chinese line, what its bytes are and what to provide:
 * by its signature when no reader takes it (src/split/read/binary-reason.ts), by the reader that
 * took it when that reader fails on it (a damaged Word or PDF file).
 */
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { expect, test } from 'vitest';
import { readDocument } from '../../src/split/read/read-document.ts';

const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { mtime: new Date('2024-01-01T00:00:00Z') });
const reason = async (bytes: Uint8Array, name: string) => {
  const read = await readDocument(bytes, name);
  return read.ok ? `read as ${read.format}` : read.reason;
};

test.each([
  ['a damaged .docx (a zip that does not unzip)', readFileSync('tests/fixtures/artifacts/binary.docx'), '不是文本文件：开头是 ZIP（.docx 的格式）但无法解压，文件已损坏或不完整；请重新获取原件，或在 Word/WPS 中打开后另存为 .docx'],
  ['an Excel workbook named .docx', zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), '不是文本文件：是 Excel 表格（.xlsx），不读取；请提供同一文件的 Word（.docx）或 PDF'],
  ['an OpenDocument text', zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }), '不是文本文件：是 OpenDocument 文档（.odt 等），不读取；请在 WPS 或 LibreOffice 中另存为 .docx'],
  ['a zip of other files', zip({ 'readme.txt': '说明' }), '不是文本文件：是 ZIP 压缩包，其中没有 Word 文档；请解压后放入其中的文件'],
  ['a scan saved as a picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), '不是文本文件：是 PNG 图片，不做文字识别；请提供 Word 原件（.docx/.doc/.wps）或带文字层的 PDF'],
  ['a JPEG photo of a page', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), '不是文本文件：是 JPEG 图片，不做文字识别；请提供 Word 原件（.docx/.doc/.wps）或带文字层的 PDF'],
  ['other binary bytes', new Uint8Array([1, 2, 0, 3, 4]), '不是文本文件：含有 NUL 字节，也不是 Word、WPS、PDF 或图片；请提供 Word（.docx/.doc/.wps）、带文字层的 PDF 或 .txt'],
])('%s', async (_, bytes, expected) => {
  expect(await reason(bytes, 'file.docx')).toBe(expected);
});

test('a PDF cut short names itself, what to provide, then pdf.js\'s words', async () => {
  const cut = readFileSync('tests/fixtures/office/notice/notice.pdf').subarray(0, 2000);
  expect(await reason(cut, 'notice.pdf')).toBe('是 PDF 但无法解析，文件已损坏、不完整或设有打开密码；请重新导出不加密的 PDF，或提供 Word 原件（技术信息：Invalid PDF structure.）');
});

test('an OLE file that is no Word document names itself and what to provide', async () => {
  const ole = new Uint8Array(1024);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect(await reason(ole, 'notice.doc')).toMatch(/^是 Word 97–2003\/WPS 格式（OLE 复合文件）但读不出文字，文件已损坏，或是 Excel、PowerPoint 等其他 OLE 文件；请在 Word\/WPS 中打开后另存为 \.docx（技术信息：.+）$/);
});
