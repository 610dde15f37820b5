/**
 * When two written names are the same name. The split merges units by this key, the site links a
 * measure's units to unit pages by it, and the search facets fold unit names with it: one notion
 * of “the same unit” everywhere (tests/model/name-key.test.ts).
 */

/**
 * Full-width ASCII (１２３．（） ：) → half-width, ideographic space → space. One UTF-16 unit maps
 * to one, so offsets found in the folded text are offsets in the original: the split recognises on
 * the folded copy and keeps the text as written. A loop, not a replace with a callback: Chinese
 * text is full of ，（）： and the split folds every line several times.
 */
export function foldWidth(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3000 && (c < 0xff01 || c > 0xff5e)) continue;
    out += text.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The same names are keyed again and again (every measure's units, every unit id); bounded so a long-lived process does not grow. */
const KEYS_KEPT = 100_000;
const keys = new Map<string, string>();

/**
 * The key two names share when they differ only in form: full/half width, spaces, the bracket
 * style, and compatibility characters. NFKC folds the Kangxi radicals that text taken from PDFs is
 * full of (⼯ U+2F2F for 工) and the other compatibility forms (㈠, ｶ, ﹙); brackets are then
 * brought to one form each, since （） and () or 〔〕 and [] name the same thing.
 */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = name
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/[[［〔【]/g, '〔')
      .replace(/[\]］〕】]/g, '〕');
    keys.set(name, key);
  }
  return key;
}
