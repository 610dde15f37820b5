/**
 * When two written names are the same name. The split merges units by this key, the site links a
 * measure's units to unit pages by it, and the search facets fold unit names with it: one notion
 * of “the same unit” everywhere (tests/model/name-key.test.ts).
 */

const WIDE = /[\uFF01-\uFF5E\u3000]/g;
const fold = (c: string) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Full-width ASCII (１２３．（） ：) → half-width, ideographic space → space. One UTF-16 unit maps
 * to one, so offsets found in the folded text are offsets in the original: the split recognises on
 * the folded copy and keeps the text as written.
 */
export function foldWidth(text: string): string {
  return text.replace(WIDE, fold);
}

/**
 * The key two names share when they differ only in form: full/half width, spaces, the bracket
 * style, and compatibility characters. NFKC folds the Kangxi radicals that text taken from PDFs is
 * full of (⼯ U+2F2F for 工) and the other compatibility forms (㈠, ｶ, ﹙); brackets are then
 * brought to one form each, since （） and () or 〔〕 and [] name the same thing.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[[［〔【]/g, '〔')
    .replace(/[\]］〕】]/g, '〕');
}
