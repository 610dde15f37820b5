/**
 * Full-width ASCII (１２３．（） ：) → half-width, ideographic space → space. One UTF-16 unit maps
 * to one, so offsets found in the folded text are offsets in the original: we recognise on the
 * folded copy and keep the text as written.
 */
const WIDE = /[\uFF01-\uFF5E\u3000]/g;
const fold = (c: string) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export function foldWidth(text: string): string {
  return text.replace(WIDE, fold);
}

/** The key two names share when they differ only in spacing or full/half-width form. */
export function nameKey(name: string): string {
  return foldWidth(name).replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}
