/** Small text helpers for titles, descriptions and share text. */

/** Markdown / MDX source to plain text: drops tags, link targets, emphasis marks and extra space. */
export function plainText(source: string): string {
  return source
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters, cut with `…`; Chinese has no word boundaries to respect. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** `item · 文号`, the house pattern for <title>; without a number, `item · 政策知识站`. */
export const pageTitle = (item: string, docNumber?: string | null) =>
  `${truncate(item, 40)} · ${docNumber || '政策知识站'}`;

/** `2018年8月24日` from `2018-08-24`; `日期不详` when missing. */
export function chineseDate(iso: string | null): string {
  if (!iso) return '日期不详';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
