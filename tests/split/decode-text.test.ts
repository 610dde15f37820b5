/** decodeText: the bytes of an input file → its text and encoding, or the reason it is not text. */
import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/split/read/decode-text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('text encodings a policy document arrives in', () => {
  test('UTF-8 without a BOM is read as UTF-8', () => {
    expect(decodeText(utf8('关于印发《实施方案》的通知\n'))).toEqual({ ok: true, text: '关于印发《实施方案》的通知\n', encoding: 'utf-8' });
  });

  test('a UTF-8 BOM is dropped from the text', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('通知')))).toEqual({ ok: true, text: '通知', encoding: 'utf-8' });
  });

  test("UTF-16LE with BOM (Word's “Unicode text”) is read without its BOM", () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x1a, 0x90, 0xe5, 0x77))).toEqual({ ok: true, text: '通知', encoding: 'utf-16le' });
  });

  test('UTF-16BE with BOM is read without its BOM', () => {
    expect(decodeText(bytes(0xfe, 0xff, 0x90, 0x1a, 0x77, 0xe5))).toEqual({ ok: true, text: '通知', encoding: 'utf-16be' });
  });

  test('GBK bytes that are not valid UTF-8 are read as GB18030', () => {
    // 关于印发通知\r\n in GBK.
    const gbk = bytes(0xb9, 0xd8, 0xd3, 0xda, 0xd3, 0xa1, 0xb7, 0xa2, 0xcd, 0xa8, 0xd6, 0xaa, 0x0d, 0x0a);
    expect(decodeText(gbk)).toEqual({ ok: true, text: '关于印发通知\r\n', encoding: 'gb18030' });
  });

  test('an empty file is empty UTF-8 text', () => {
    expect(decodeText(bytes())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});

describe('encodings told apart, never read as mojibake', () => {
  const notice = '关于开展2022年基层党建工作的通知\n各支部：为贯彻落实上级要求，现将有关事项通知如下。';
  const traditional = '關於開展2022年基層黨建工作的通知\n各支部：為貫徹落實上級要求，現將有關事項通知如下。';
  test('Big5 is read as Big5, not as GB18030', () => {
    expect(decodeText(iconv.encode(traditional, 'big5'))).toEqual({ ok: true, text: traditional, encoding: 'big5' });
    expect(decodeText(iconv.encode('通知', 'big5'))).toEqual({ ok: true, text: '通知', encoding: 'big5' });
  });
  test('GB18030 stays GB18030', () => {
    expect(decodeText(iconv.encode(notice, 'gb18030'))).toEqual({ ok: true, text: notice, encoding: 'gb18030' });
  });
  test('UTF-16 without a BOM, little and big endian, with and without ASCII', () => {
    expect(decodeText(iconv.encode(notice, 'utf-16le'))).toEqual({ ok: true, text: notice, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(notice, 'utf-16be'))).toEqual({ ok: true, text: notice, encoding: 'utf-16be' });
    expect(decodeText(iconv.encode('关于印发通知', 'utf-16le'))).toEqual({ ok: true, text: '关于印发通知', encoding: 'utf-16le' });
  });
  test('Latin-1 (windows-1252) is read', () => {
    const text = 'Policy café, naïve résumé: déjà vu.\n';
    expect(decodeText(iconv.encode(text, 'latin1'))).toEqual({ ok: true, text, encoding: 'windows-1252' });
  });
});

describe('files that are not text', () => {
  test('a NUL byte marks a binary file, told by what it looks like (here the start of a zip)', () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toEqual({
      ok: false,
      reason: '不是文本文件：开头是 ZIP（.docx 的格式）但无法解压，文件已损坏或不完整；请重新获取原件，或在 Word/WPS 中打开后另存为 .docx',
    });
  });

  test('bytes in none of the encodings read are refused with the reason', () => {
    expect(decodeText(bytes(0x41, 0xff, 0x42))).toEqual({ ok: false, reason: '无法识别的字符编码（不是 UTF-8、UTF-16、GB18030/GBK、Big5 或 Latin-1 等常见编码）' });
  });

  test('UTF-16 with an odd number of bytes after the BOM fails to decode', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x1a, 0x90, 0xe5))).toEqual({ ok: false, reason: '按 utf-16le 解码失败' });
  });

  test('more than 1% control characters makes a file not text, one in a hundred does not', () => {
    const body = '各单位要认真贯彻落实本通知精神，'.repeat(7).slice(0, 99);
    expect(decodeText(utf8(`${body}\x07`))).toEqual({ ok: true, text: `${body}\x07`, encoding: 'utf-8' });
    expect(decodeText(utf8(`${body.slice(1)}\x07\x07`))).toEqual({ ok: false, reason: '不是文本文件（含有大量控制字符）' });
  });

  test('tabs, line feeds, carriage returns and form feeds are not control debris', () => {
    const text = '序号\t任务\r\n1\t建立台账\f\n';
    expect(decodeText(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });
});
