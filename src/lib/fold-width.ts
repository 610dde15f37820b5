/**
 * Full-width ASCII (１２３．（） ：) → half-width, ideographic space → space. One UTF-16 unit maps
 * to one, so offsets found in the folded text are offsets in the original: we recognise on the
 * folded copy and keep the text as written.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** The key two names share when they differ only in spacing or full/half-width form. */
export function nameKey(name: string): string {
  return foldWidth(name).replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}
