/**
 * Bytes of an input document → text. Policy documents arrive as UTF-8 (with or without BOM),
 * UTF-16 with BOM (Word's "Unicode text"), or GB18030/GBK from older Windows tools.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: string };

const decoders = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true }),
  gb18030: new TextDecoder('gb18030', { fatal: true }),
};

function tryDecode(name: keyof typeof decoders, bytes: Uint8Array): string | null {
  try {
    return decoders[name].decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, LF, CR, FF (and U+FFFD): a text document has (almost) none. */
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F\uFFFD]/g;

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  return (text.match(CONTROL)?.length ?? 0) / text.length;
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return check(tryDecode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return check(tryDecode('utf-16be', bytes.subarray(2)), 'utf-16be');
  // A NUL byte never occurs in UTF-8 or GB18030 text: it marks a binary file (docx, pdf, image).
  if (bytes.includes(0)) return { ok: false, reason: '不是文本文件（含有 NUL 字节，可能是 docx、pdf 或图片）' };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return check(utf8.replace(/^\uFEFF/, ''), 'utf-8');
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return check(gb, 'gb18030');
  return { ok: false, reason: '无法识别的字符编码（既不是 UTF-8，也不是 GB18030/GBK）' };
}

function check(text: string | null, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'): DecodeResult {
  if (text === null) return { ok: false, reason: `按 ${encoding} 解码失败` };
  if (controlRatio(text) > 0.01) return { ok: false, reason: '不是文本文件（含有大量控制字符）' };
  return { ok: true, text, encoding };
}
