/**
 * Short ASCII ids that survive a rebuild: each is a function of the thing's own text (发文字号,
 * title, outline path, name), never of its position in the corpus, so adding a document changes
 * no existing id.
 */
import { pinyin } from 'pinyin-pro';
import { foldWidth, nameKey } from './name-key.ts';
import { chineseNumeral } from './chinese-numeral.ts';

const MAX_SYLLABLES = 10;

/** FNV-1a, base 36: a short stable fingerprint where pinyin alone is ambiguous or too long. */
export function shortHash(text: string, length = 4): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0').slice(-length);
}

function toSlug(parts: string[]): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

function syllables(text: string): string[] {
  return pinyin(foldWidth(text), { toneType: 'none', type: 'array', nonZh: 'consecutive' });
}

function initials(text: string): string {
  return pinyin(foldWidth(text), { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const DOC_NUMBER_PARTS = /^(.*?)\s*[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*第?\s*(\d+)/;

/**
 * 台教党字〔2018〕35号 → taijiaodangzi-2018-35. Full syllables, not initials: 湛组通 and 珠组通 share
 * initials, and a library of thousands of documents would collide. Without a 文号: title
 * initials, date and a fingerprint.
 */
export function documentId(docNumber: string | null, title: string, date: string | null): string {
  const m = docNumber ? DOC_NUMBER_PARTS.exec(foldWidth(docNumber)) : null;
  if (m) {
    const organ = syllables(m[1].replace(/\s/g, '')).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
    const short = organ.length > 24 ? `${organ.slice(0, 20)}${shortHash(m[1])}` : organ;
    // A 纪要's 〔2025〕第8期 names no organ: the title's initials stand in for it.
    return `${short || initials(title.replace(/^关于/, '')).slice(0, 8) || 'doc'}-${m[2]}-${Number(m[3])}`;
  }
  const head = initials(title.replace(/^关于/, '')).slice(0, 8) || 'doc';
  return toSlug([head, date ? date.replace(/-/g, '') : '', shortHash(title)]);
}

/** Outline path `四.（四）.3` → `4-4-3`; table rows keep their labels (`b1-3-2`). */
export function pathSlug(path: string): string {
  return toSlug(
    path.split('.').map((label) => {
      // 第四章 / 第十三条 → 4 / 13, like 四、 and 13.: the ordinal is what identifies the level.
      const core = foldWidth(label).replace(/[()（）、.\s]/g, '').replace(/^第(.+?)(?:章|条|节|部分)$/, '$1');
      if (/^\d+(?:-\d+)*$/.test(core)) return core; // a table row continued from the one above: 12-2
      const n = chineseNumeral(core);
      if (!Number.isNaN(n)) return String(n);
      if (/^[①-⑳]$/.test(core)) return String(core.charCodeAt(0) - 0x2460 + 1);
      if (/^表\d+$/.test(core)) return `t${core.slice(1)}`;
      return initials(core) || shortHash(core);
    }),
  );
}

export function measureId(documentId: string, path: string): string {
  return `${documentId}-${pathSlug(path)}`;
}

/** Pinyin is the costly part of an id and the same names recur across thousands of entries. */
function memo(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) cache.set(text, (v = fn(text)));
    return v;
  };
}

/** 市县党委组织部 → shi-xian-dang-wei-zu-zhi-bu; long names are cut and fingerprinted. */
export const unitId = memo((name: string): string => {
  const key = nameKey(name);
  const all = syllables(key);
  if (all.length <= MAX_SYLLABLES) return toSlug(all) || shortHash(key, 6);
  return toSlug([...all.slice(0, MAX_SYLLABLES), shortHash(key)]);
});

/** A quoted term or cited title → initials and a fingerprint: “三会一课” → shyk-xxxx. */
export const termId = memo((term: string): string => toSlug([initials(term).slice(0, 12), shortHash(nameKey(term))]));

/**
 * Ids for the keys whose natural ids coincide though the keys differ (安丰市 and 安峰市's 市教育局
 * both read an-feng-shi-shi-jiao-yu-ju): every key of such a group gets its id plus a fingerprint of
 * the key — every one, not the second, so that who gets which id depends neither on the order the
 * keys come in nor on which was met first. A key alone under its id keeps it (existing addresses
 * stay), so only the changed keys are returned, key → id. Four characters of fingerprint, or the
 * whole seven when four do not tell the group apart or would make an id some other key has.
 */
export function homophoneIds(idOfKey: ReadonlyMap<string, string>): Map<string, string> {
  const keysOfId = new Map<string, string[]>();
  for (const [key, id] of idOfKey) {
    const keys = keysOfId.get(id);
    if (keys) keys.push(key);
    else keysOfId.set(id, [key]);
  }
  const changed = new Map<string, string>();
  for (const [id, keys] of keysOfId) {
    if (keys.length < 2) continue;
    const withHash = (n: number) => keys.map((key) => `${id}-${shortHash(key, n)}`);
    const short = withHash(4);
    const ids = new Set(short).size === keys.length && !short.some((i) => keysOfId.has(i)) ? short : withHash(7);
    keys.forEach((key, i) => changed.set(key, ids[i]));
  }
  return changed;
}
