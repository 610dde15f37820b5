/**
 * Traditional → Simplified for the QUERY (pages are Simplified and stay as written): 組織生活 →
 * 组织生活. The table is OpenCC's t→cn data reduced at build time (traditional-table.ts) to one
 * character map plus the phrases whose reading differs from character by character (乾坤 stays
 * 乾坤 although 乾 alone becomes 干). It is fetched only when the query needs it: a 2.6 KB bit set of
 * the characters the table changes, shipped with the search page, says so.
 */

/** The table as served (`search/t2s.json`). */
export interface SimplifyTable {
  /** Traditional characters, one per code point, and their Simplified forms at the same index. */
  from: string;
  to: string;
  /** `繁 简` pairs joined by `|`, for phrases that convert differently from their characters. */
  phrases: string;
}

/** First code point of the bit set: the CJK Unified Ideographs block. */
export const detectorStart = 0x4e00;
export const detectorEnd = 0x9fff;

export type Simplifier = (text: string) => string;

/** A converter for `table`: longest phrase first, else character by character. */
export function simplifierOf(table: SimplifyTable): Simplifier {
  const chars = new Map<string, string>();
  const from = [...table.from];
  const to = [...table.to];
  from.forEach((c, i) => chars.set(c, to[i]!));
  const phrases = new Map<string, string>();
  let longest = 0;
  for (const pair of table.phrases ? table.phrases.split('|') : []) {
    const [t, s] = pair.split(' ');
    if (!t || s === undefined) continue;
    phrases.set(t, s);
    longest = Math.max(longest, [...t].length);
  }
  return (text) => {
    const cps = [...text];
    let out = '';
    for (let i = 0; i < cps.length; ) {
      let done = false;
      for (let n = Math.min(longest, cps.length - i); n >= 2 && !done; n--) {
        const s = phrases.get(cps.slice(i, i + n).join(''));
        if (s !== undefined) {
          out += s;
          i += n;
          done = true;
        }
      }
      if (!done) {
        out += chars.get(cps[i]!) ?? cps[i]!;
        i++;
      }
    }
    return out;
  };
}

/** Base64 bit set → a test: may `text` change when simplified? */
export function detectorOf(bitsBase64: string): (text: string) => boolean {
  const raw = atob(bitsBase64);
  const bits = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bits[i] = raw.charCodeAt(i);
  return (text) => {
    for (const c of text) {
      const cp = c.codePointAt(0)!;
      if (cp >= detectorStart && cp <= detectorEnd) {
        const k = cp - detectorStart;
        if (bits[k >> 3]! & (1 << (k & 7))) return true;
      } else if (/\p{Script=Han}/u.test(c)) {
        // Outside the bit set (extension A, compatibility ideographs…): rare; let the table decide.
        return true;
      }
    }
    return false;
  };
}
