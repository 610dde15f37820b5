/** A setting that is a count (jobs, documents per part): a whole number ≥ 1; empty or absent is `fallback`. */
export function wholeNumberFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new RangeError(`${name}: expected a whole number ≥ 1, got ${JSON.stringify(value)}`);
  return n;
}
