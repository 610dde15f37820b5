/**
 * Regrouping a Pagefind index's words into chunks. Pagefind closes a chunk only after it has passed
 * 20,000 word positions, so the chunk that holds a common word also holds up to 20,000 positions of
 * the words sorted before it, and a query downloads them all (one such chunk per shard). Here a
 * word of `alone` bytes or more travels alone, and the others share chunks of at most `limit`
 * bytes.
 */

/** Bytes of CBOR: a chunk holds at most `limit`, and a word of `alone` or more is a chunk by itself. */
export interface ChunkSizes {
  limit: number;
  alone: number;
}

/**
 * Splits `sizes` (in order) into runs of consecutive indexes, each at most `limit` in total and
 * each item of `alone` or more in a run by itself, unless `joined[i]` says item i must stay with
 * the one before it.
 */
export function chunkRuns(sizes: readonly number[], { limit, alone }: ChunkSizes, joined: readonly boolean[] = []): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let total = 0;
  let closed = false;
  sizes.forEach((size, i) => {
    if (run.length > 0 && !joined[i] && (closed || size >= alone || total + size > limit)) {
      runs.push(run);
      run = [];
      total = 0;
      closed = false;
    }
    run.push(i);
    total += size;
    closed ||= size >= alone;
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The `from`/`to` a chunk is listed under in the metadata: its first and last word, and between
 * neighbours only as many characters as tell them apart (Pagefind's `chunk_meta`), which is what
 * its search compares a query word against.
 */
export function chunkBounds(chunks: readonly (readonly string[])[]): [from: string, to: string][] {
  const bounds = chunks.map((words): [string, string] => [words[0] ?? '', words.at(-1) ?? '']);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = [...bounds[i]![1]];
    const b = [...bounds[i + 1]![0]];
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    bounds[i]![1] = a.slice(0, common + 1).join('');
    bounds[i + 1]![0] = b.slice(0, common + 1).join('');
  }
  return bounds;
}

/**
 * Which words must stay in the chunk of the word before them: those that extend an earlier word of
 * two characters or more. Pagefind looks a term up in the one chunk whose bounds hold it, and finds
 * the words that extend it (议党 → 议党员) among the words loaded, so a word travels with its
 * extensions. A one-character word is the exception: every bigram of its character extends it
 * (议 → 议党, 议精, 议考 …), and keeping them together made the chunk a query for 议党 loads at
 * 10,000 documents 60 KB a shard instead of 15. A one-character query instead loads the family's
 * other chunks first (`continuationTerms`).
 */
export function joinedToPrevious(words: readonly string[]): boolean[] {
  const roots: string[] = [];
  return words.map((word) => {
    while (roots.length > 0 && !word.startsWith(roots.at(-1)!)) roots.pop();
    const joined = roots.length > 0;
    if ([...word].length > 1) roots.push(word);
    return joined;
  });
}

/**
 * For each chunk that goes on with the words of the character the chunk before it ended with: that
 * character and a term that only this chunk's bounds hold (its `from`, which then has two
 * characters or more). Pagefind loads for a one-character term only the chunk whose bounds hold the
 * character, the first of its family; loading these as well (Pagefind's preload) puts every word
 * that starts with the character among the words its search extends the character to.
 */
export function continuationTerms(bounds: readonly (readonly [from: string, to: string])[]): [character: string, term: string][] {
  return bounds.slice(1).flatMap(([from]): [string, string][] => {
    const characters = [...from];
    return characters.length > 1 ? [[characters[0]!, from]] : [];
  });
}
