/** Small text helpers shared by the extractors. */

/**
 * Placeholders are written with `**` too (“20**年**月**日前”, “第**号”, “某**单位”): a `**` touching
 * a digit or a date or counting word is one, never a bold marker.
 */
const PLACEHOLDER_NEIGHBOUR = /[0-9０-９年月日号時时分秒期届次个名]/;

/** Offsets of the `**` pairs that mark bold spans: two or more characters, no `*`, on one line, no placeholder. */
export function boldSpans(text: string): { open: number; close: number }[] {
  const spans: { open: number; close: number }[] = [];
  if (!text.includes('**')) return spans;
  const markers: number[] = [];
  for (let at = text.indexOf('**'); at >= 0; at = text.indexOf('**', at + 2)) {
    const placeholder = PLACEHOLDER_NEIGHBOUR.test(text[at - 1] ?? '') || PLACEHOLDER_NEIGHBOUR.test(text[at + 2] ?? '');
    if (!placeholder) markers.push(at);
  }
  for (let i = 0; i + 1 < markers.length; i++) {
    const [open, close] = [markers[i], markers[i + 1]];
    const inner = text.slice(open + 2, close);
    if (inner.length >= 2 && inner.length <= 200 && !/[*\n]/.test(inner)) {
      spans.push({ open, close });
      i++;
    }
  }
  return spans;
}

/** Text and bold alternating, starting with text: `a**b**c` → [a, b, c]; other `**` stay as text. */
export function splitBold(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const { open, close } of boldSpans(text)) {
    parts.push(text.slice(from, open), text.slice(open + 2, close));
    from = close + 2;
  }
  parts.push(text.slice(from));
  return parts;
}

/** Removes `**` bold markers (conversion debris; the outline keeps them to find bold leads); other `**` stay. */
export function stripBold(text: string): string {
  return text.includes('**') ? splitBold(text).join('') : text;
}

/** Whether the text opens with a bold span (`**加强组织领导。**…`). */
export const startsWithBold = (text: string): boolean => boldSpans(text)[0]?.open === 0;

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
