/**
 * A deterministic synthetic corpus of Party-building policy documents for the benchmark.
 *
 * Documents recombine the structures of the five seed documents (headers, outline styles,
 * unit and deadline phrasing, task tables) with phrase pools. Pure: text in memory, no fs.
 * Same (n, seed) → the same files byte for byte; document i does not depend on n.
 */
import { identityForIndex } from './corpus-identity.ts';
import { outlineBlocks, outlineStyles, type OutlineStyle } from './corpus-outline.ts';
import { backLines, frontLines } from './corpus-frame.ts';
import { chance, mulberry32, pick, randomInt, seedFor, type Random } from './random.ts';

export type CorpusFile = { name: string; text: string };

export const defaultSeed = 20190424;
/** The issue asks for 3–20 KB per document (UTF-8 bytes). */
export const minBytes = 3 * 1024;
export const maxBytes = 20 * 1024;
/** Targets stay inside the bounds with room for the last block and the back matter's estimate. */
const targetRange = [3600, 18500] as const;

/** UTF-8 length without allocating: CJK is 3 bytes, which is why 20 KB is only ~6,800 characters. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) { bytes += 4; i++; }
    else bytes += 3;
  }
  return bytes;
}

/** Task lists get the 任务清单 outline most of the time, other documents any style. */
function styleFor(random: Random, title: string): OutlineStyle {
  if (title.includes('清单') && chance(random, 0.7)) return 'list';
  return pick(random, outlineStyles);
}

/** File names keep the title (as the real sources do) behind a fixed-width index that sorts. */
function fileName(index: number, title: string): string {
  return `${String(index + 1).padStart(5, '0')}-${title.replace(/[《》“”〈〉/\\]/g, '')}.txt`;
}

export function generateDocument(index: number, seed: number = defaultSeed): CorpusFile {
  const documentSeed = seedFor(seed, index);
  const random = mulberry32(documentSeed);
  const id = identityForIndex(index, seed, random);
  const style = styleFor(random, id.innerTitle ?? id.title);
  const separator = chance(random, 0.5) ? '\n\n' : '\n';
  const target = randomInt(random, targetRange[0], targetRange[1]);
  const separatorBytes = separator.length;

  const front = frontLines(random, id, style);
  // The back matter has its own stream: rendered once with three-character chapter numerals (九十七…九十九)
  // to reserve its size, and again below with the real number, drawing the same phrases.
  const backSeed = seedFor(documentSeed, 1);
  const backReserve = utf8Bytes(backLines(mulberry32(backSeed), id, style, 97).join(separator));

  let size = utf8Bytes(front.lines.join(separator)) + backReserve + 2 * separatorBytes + 1;
  let chapter = front.nextChapter - 1;
  const body: string[] = [];
  const blocks = outlineBlocks(random, id.place, style, front.nextChapter);
  for (;;) {
    const block = blocks.next().value!;
    const blockBytes = utf8Bytes(block.lines.join(separator)) + separatorBytes;
    const enough = size >= minBytes + 64 && body.length > 0;
    if (enough && size + blockBytes > target) break;
    body.push(...block.lines);
    size += blockBytes;
    chapter = block.chapter;
  }

  const back = backLines(mulberry32(backSeed), id, style, chapter + 1);
  const text = `${[...front.lines, ...body, ...back].join(separator)}\n`;
  return { name: fileName(index, id.innerTitle ?? id.title), text };
}

export function generateCorpus(n: number, seed: number = defaultSeed): CorpusFile[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`generateCorpus: n must be a positive integer, got ${n}`);
  return Array.from({ length: n }, (_, index) => generateDocument(index, seed));
}
