/** decodeText: the bytes of an input file → its text and encoding, or the reason it is not text. */
import { describe, expect, test } from 'vitest';
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

describe('files that are not text', () => {
  test('a NUL byte marks a binary file such as a docx', () => {
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toEqual({
      ok: false,
      reason: '不是文本文件（含有 NUL 字节，可能是 docx、pdf 或图片）',
    });
  });

  test('bytes that are neither UTF-8 nor GB18030 are refused with the reason', () => {
    expect(decodeText(bytes(0x41, 0xff, 0x42))).toEqual({ ok: false, reason: '无法识别的字符编码（既不是 UTF-8，也不是 GB18030/GBK）' });
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
