/**
 * Bytes of an input document → text. Policy documents arrive as UTF-8 (with or without BOM),
 * UTF-16 (Word's "Unicode text", with or without BOM), GB18030/GBK from older Windows tools, Big5
 * from Hong Kong, Macao and Taiwan, and now and then a single-byte Western encoding (Latin-1,
 * windows-1252). What is none of these is refused with the reason, never published as mojibake.
 */
import { binaryReason } from './binary-reason.ts';
import { sniffLegacyEncoding, type LegacyEncoding } from './sniff-encoding.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

export type DecodeResult = { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: string };

const UNKNOWN = '无法识别的字符编码（不是 UTF-8、UTF-16、GB18030/GBK、Big5 或 Latin-1 等常见编码）';

function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, LF, CR, FF (and U+FFFD, C1 controls): a text document has (almost) none. */
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F-\x9F\uFFFD]/g;

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  return (text.match(CONTROL)?.length ?? 0) / text.length;
}

/** Characters a Chinese or Western text is made of: CJK, ASCII, Latin letters, CJK and full-width punctuation. */
const TEXTY = /[\u4e00-\u9fff\u3400-\u4dbf\x20-\x7e\t\n\r\f\u00a0-\u024f\u2000-\u206f\u3000-\u303f\uff00-\uffef\u2460-\u24ff\u25a0-\u25ff]/g;

function textyRatio(text: string): number {
  return text.length ? (text.match(TEXTY)?.length ?? 0) / text.length : 1;
}

/** High bytes of UTF-16 code units of Chinese text: ASCII, general and CJK punctuation, CJK, full-width forms. */
const isUtf16High = (b: number) => b === 0x00 || b === 0x20 || b === 0x30 || (b >= 0x4e && b <= 0x9f) || b === 0xff;

/**
 * UTF-16 without a BOM: the high byte of every code unit of Chinese text is 0x00 (ASCII), 0x30
 * (CJK punctuation), 0x4E–0x9F (CJK) or 0xFF (full width), so one of the two byte positions is
 * almost nothing else; and what it decodes to must be text, not the CJK soup any binary gives.
 */
function utf16WithoutBom(bytes: Uint8Array): DecodeResult | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (isUtf16High(bytes[i])) evenHigh++;
    if (isUtf16High(bytes[i + 1])) oddHigh++;
  }
  const units = bytes.length / 2;
  const encoding = oddHigh >= evenHigh ? 'utf-16le' : 'utf-16be';
  if (Math.max(evenHigh, oddHigh) < units * 0.95) return null;
  const text = tryDecode(encoding, bytes);
  return text !== null && textyRatio(text) > 0.98 && controlRatio(text) <= 0.01 ? { ok: true, text, encoding } : null;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return check(tryDecode('utf-8', bytes.subarray(3)), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return check(tryDecode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return check(tryDecode('utf-16be', bytes.subarray(2)), 'utf-16be');
  const hasNul = bytes.includes(0);
  const utf8 = hasNul ? null : tryDecode('utf-8', bytes);
  if (utf8 !== null) return check(utf8, 'utf-8');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  // A NUL byte never occurs in UTF-8, GB18030 or Big5 text: a binary file.
  if (hasNul) return { ok: false, reason: binaryReason(bytes) };
  for (const encoding of sniffLegacyEncoding(bytes)) {
    const text = tryDecode(encoding, bytes);
    if (text !== null && controlRatio(text) <= 0.01 && textyRatio(text) > 0.95) return { ok: true, text, encoding };
  }
  return { ok: false, reason: UNKNOWN };
}

function check(text: string | null, encoding: TextEncoding): DecodeResult {
  if (text === null) return { ok: false, reason: `按 ${encoding} 解码失败` };
  if (controlRatio(text) > 0.01) return { ok: false, reason: '不是文本文件（含有大量控制字符）' };
  return { ok: true, text, encoding };
}
