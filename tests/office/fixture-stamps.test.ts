/**
 * The office fixtures regenerate byte for byte: LibreOffice's time and random-ID stamps in a PDF
 * are rewritten by scripts/fixtures/stable-pdf.ts, in place, so the PDF stays valid.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { withStableStamps } from '../../scripts/fixtures/stable-pdf.ts';
import { readDocument } from '../../src/split/read/read-document.ts';

const committed = readFileSync('tests/fixtures/office/notice/notice.pdf');
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
/** The committed PDF as another run would stamp it: another second, another random /ID and checksum. */
const restamped = new Uint8Array(Buffer.from(latin1(committed)
  .replace(/(\/CreationDate\(D:)\d{14}/, '$120261127093015')
  .replace(/(\/ID \[ <)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}/, `$1${'A1'.repeat(16)}$2${'A1'.repeat(16)}`)
  .replace(/(\/DocChecksum \/)[0-9A-F]{32}/, `$1${'B2'.repeat(16)}`), 'latin1'));

test('another run\'s stamps give back the committed bytes', () => {
  expect(latin1(restamped)).not.toBe(latin1(committed));
  expect(Buffer.from(withStableStamps(restamped)).equals(committed)).toBe(true);
});

test('the stamps are fixed where they were: dates, /ID and /DocChecksum', () => {
  const text = latin1(committed);
  expect(text.match(/\/CreationDate\(D:\d+/g)).toEqual(['/CreationDate(D:20240101000000']);
  expect(text).toMatch(/\/ID \[ <([0-9A-F]{32})>\s*<\1> \]\s*\/DocChecksum \/[0-9A-F]{32}/);
});

test('the restamped PDF still reads', async () => {
  expect(await readDocument(withStableStamps(restamped), 'notice.pdf')).toMatchObject({ ok: true, format: 'pdf' });
});
