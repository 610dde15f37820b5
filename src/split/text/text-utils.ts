/** Small text helpers shared by the extractors. */

/** Removes `**` bold markers (conversion debris; the outline keeps them to find bold leads). */
export function stripBold(text: string): string {
  return text.replace(/\*\*/g, '');
}

/** Non-whitespace form, for comparing texts that differ only in spacing. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Splits at top-level separators, never inside （…）, 《…》, “…” or 【…】. */
export function splitTopLevel(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if ('（(《〈“【[<'.includes(c)) depth++;
    else if ('）)》〉”】]>'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(c)) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}
