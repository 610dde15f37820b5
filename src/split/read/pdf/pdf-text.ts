/** Text rules for joining what a PDF splits. */

/**
 * `cjk-autospace`: the space a layout puts between Chinese and Latin or digits (2024 年, 12 号) is
 * spacing, not text: typed, it is 2024年.
 */
export function withoutAutospace(text: string): string {
  const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
  return text
    .replace(new RegExp(`(${CJK}) +(?=[0-9A-Za-z%])`, 'gu'), '$1')
    .replace(new RegExp(`([0-9A-Za-z%]) +(?=${CJK})`, 'gu'), '$1');
}

/** Two pieces of one sentence cut by a line end: joined, with a space only between two Latin words. */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
