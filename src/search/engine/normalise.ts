/**
 * Text folding shared by the query and the page text, so that what a reader types matches what a
 * page shows the way Ctrl+F would: full-width letters, digits and punctuation (ＡＢＣ１２３，？) fold
 * to ASCII, the ideographic space and other white space to a plain space, A–Z to a–z.
 * One UTF-16 unit in, one out: an offset found in folded text is the offset in the original, so
 * excerpts and highlights are cut from the text as written.
 */

/** Folds one UTF-16 code unit (see the module comment). */
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000 || code === 0xa0 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c) return 0x20;
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** `ＡＢＣ　１２３` → `abc 123`; same length as the input. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

/** Han ideographs (CJK unified, extensions, compatibility). */
export const hanPattern = /\p{Script=Han}/u;
export const isHan = (char: string) => hanPattern.test(char);

/** Letters and digits of any script other than Han: the parts Pagefind indexes as whole words. */
export const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char) && !isHan(char);

/**
 * Pagefind's `content` separates the words it segmented with zero-width spaces; the text a
 * reader sees has none.
 */
export const pageTextOf = (content: string) => content.replace(/\u200b/g, '');
