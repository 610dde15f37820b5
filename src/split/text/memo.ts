/**
 * A pure function of one string, remembered. The unit rules ask the same questions of the same
 * words again and again (is “县委组织部” a name? which bodies does “县委组织部、县财政局” list?):
 * every measure of a document, every prefix a clause is tried at. Bounded, so that a long run or a
 * long-lived process does not grow without end; arrays are handed out as copies, so that a caller
 * that changes its result cannot change the next caller's.
 */
export function memoByText<T>(fn: (text: string) => T, kept = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      if (cache.size >= kept) cache.clear();
      value = fn(text);
      cache.set(text, value);
    }
    return (Array.isArray(value) ? value.slice() : value) as T;
  };
}
