/**
 * A PDF whose font is not embedded and is addressed through Adobe's predefined CJK character maps
 * (STSong-Light, UniGB-UCS2-H over Adobe-GB1, no ToUnicode: tests/fixtures/office/cmap, written by
 * scripts/fixtures/cmap-pdf.ts) is read with the maps pdfjs-dist ships, from disk.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readDocument } from '../../src/split/read/read-document.ts';
import { pdfToText } from '../../src/split/read/pdf/pdf-to-text.ts';

const pdf = readFileSync('tests/fixtures/office/cmap/notice-stsong.pdf');
const typed = readFileSync('tests/fixtures/office/cmap/notice-stsong.txt', 'utf8').trimEnd();

test('a PDF in a predefined CJK CMap decodes to the text it shows, line for line', async () => {
  expect(await readDocument(pdf, 'notice-stsong.pdf')).toEqual({ ok: true, text: typed, format: 'pdf' });
});

test('without the character maps the same PDF yields no text at all', async () => {
  expect(await pdfToText(pdf, { cMapFolder: null })).toMatchObject({ ok: false, id: 'scanned-pdf' });
});
