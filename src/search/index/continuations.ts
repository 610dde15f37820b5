/**
 * The terms a one-character query preloads (rechunk.ts, `continuationTerms`), for every shard in
 * one file beside Pagefind's: `pagefind/continuations.json`, `{ "议": ["议精", "议考"], … }`.
 * Written by build:index, read by the search (src/search/browser/pagefind.ts), online and offline.
 * One file for all shards, one request: a term from another shard loads, in a shard whose family
 * is not split, a chunk of that character's words, or one that holds none, never a wrong result.
 */

/** The file's name in the `pagefind/` folder. */
export const continuationsFile = 'continuations.json';

/** Character → terms, each sorted, without repeats. */
export type Continuations = Record<string, string[]>;

export function mergeContinuations(pairs: Iterable<readonly [character: string, term: string]>): Continuations {
  const byCharacter = new Map<string, Set<string>>();
  for (const [character, term] of pairs) {
    let terms = byCharacter.get(character);
    if (!terms) byCharacter.set(character, (terms = new Set()));
    terms.add(term);
  }
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(sorted(byCharacter.keys()).map((character) => [character, sorted(byCharacter.get(character)!)]));
}

/** The file's content, checked: a search must not preload from a file it misreads. */
export function parseContinuations(text: string): Continuations {
  const value: unknown = JSON.parse(text);
  const ok =
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.entries(value).every(([character, terms]) => [...character].length === 1 && Array.isArray(terms) && terms.every((t) => typeof t === 'string' && t.startsWith(character)));
  if (!ok) throw new Error(`${continuationsFile}: not a map of one character to the terms that start with it`);
  return value as Continuations;
}
