/**
 * Build time only (Node): OpenCC's Traditional → Simplified (t→cn) data reduced to what a query
 * needs. Every Han code point is run through opencc-js's t2cn converter; those that change make
 * the character map, and TSPhrases entries whose conversion differs from character-by-character
 * conversion are kept as phrases. About 3,600 characters and 400 phrases: 19 KB gzipped, fetched
 * only for queries that need it (see traditional.ts), against 52 KB for opencc-js's t2cn bundle.
 */
import * as OpenCC from 'opencc-js/t2cn';
// The phrase list ships as a plain module (`export default "繁 简|…"`) without types.
// @ts-expect-error no declaration file for the dictionary module
import tsPhrases from 'opencc-js/dict/TSPhrases';
import { detectorEnd, detectorStart, type SimplifyTable } from './traditional.ts';

/** Unicode blocks of Han code points scanned for the character map. */
const hanBlocks: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

export interface BuiltSimplifyTable {
  table: SimplifyTable;
  /** Base64 bit set over U+4E00–U+9FFF: 1 where the character map changes the character. */
  detector: string;
}

let built: BuiltSimplifyTable | undefined;

/** The table and its detector; computed once per process (about 0.3 s). */
export function buildSimplifyTable(): BuiltSimplifyTable {
  if (built) return built;
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const from: string[] = [];
  const to: string[] = [];
  const chars = new Map<string, string>();
  const bits = new Uint8Array((detectorEnd - detectorStart + 1) / 8);
  for (const [start, end] of hanBlocks) {
    for (let cp = start; cp <= end; cp++) {
      const c = String.fromCodePoint(cp);
      const s = convert(c);
      if (s === c || [...s].length !== 1) continue;
      from.push(c);
      to.push(s);
      chars.set(c, s);
      if (cp >= detectorStart && cp <= detectorEnd) bits[(cp - detectorStart) >> 3]! |= 1 << ((cp - detectorStart) & 7);
    }
  }
  const byChars = (t: string) => [...t].map((c) => chars.get(c) ?? c).join('');
  const phrases: string[] = [];
  for (const entry of String(tsPhrases).split('|')) {
    const t = entry.split(' ')[0];
    if (!t || /[ |]/.test(t)) continue;
    const s = convert(t);
    if (s !== byChars(t) && !/[ |]/.test(s)) phrases.push(`${t} ${s}`);
  }
  built = {
    table: { from: from.join(''), to: to.join(''), phrases: phrases.join('|') },
    detector: Buffer.from(bits).toString('base64'),
  };
  return built;
}
