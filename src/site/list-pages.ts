/**
 * Long lists split into pages of bounded size. A unit, a term or the deadline timeline gathers
 * items from every document, so on one page it grows with the library: at 1,000 documents the
 * timeline was 2.3 MB of HTML and a term page 1.6 MB, too much for a phone in a chat app's
 * browser. Pure: which items go on which page, and each page's address.
 */

/** Items on one list page. */
export const listPageSize = 100;

/**
 * Consecutive groups (a document's measures, a month's deadlines) packed into pages of about
 * `size` items: a group is never split unless it alone is larger than a page, and then it is cut
 * into page-sized parts. There is always at least one page, possibly empty.
 */
export function groupPagesOf<G, T>(groups: G[], itemsOf: (g: G) => T[], withItems: (g: G, items: T[]) => G, size = listPageSize): G[][] {
  const pages: G[][] = [[]];
  let filled = 0;
  for (const group of groups) {
    const items = itemsOf(group);
    if (filled > 0 && filled + items.length > size) {
      pages.push([]);
      filled = 0;
    }
    if (items.length <= size) {
      pages.at(-1)!.push(group);
      filled += Math.max(items.length, 1);
      continue;
    }
    for (let start = 0; start < items.length; start += size) {
      if (filled > 0) {
        pages.push([]);
        filled = 0;
      }
      const part = items.slice(start, start + size);
      pages.at(-1)!.push(withItems(group, part));
      filled = part.length;
    }
  }
  return pages;
}

/** Items cut into pages of `size`; at least one page. */
export const pagesOf = <T>(items: T[], size = listPageSize): T[][] =>
  items.length === 0 ? [[]] : Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Address of page `n` (from 1) of a list whose first page is at `first` (`/units/x/` →
 * `/units/x/2/`); `rest` puts the later pages elsewhere, where `first` has other children
 * (`/documents/` → `/documents/page/2/`, since `/documents/2/` could be a document).
 */
export const listPageUrl = (first: string, n: number, rest = first) => (n <= 1 ? first : `${rest}${n}/`);

/** The `[...page]` route parameter of page `n`: none for the first page. */
export const pageParam = (n: number) => (n <= 1 ? undefined : String(n));

/**
 * Which page numbers a pager shows: the first, the last, and one either side of the current one;
 * `null` marks a gap. Seven pages or fewer are all shown. At most seven numbers, so with the two
 * arrows the pager fits one line of a 360 px phone.
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  if (total <= 7) return Array.from({ length: total }, (_, i) => i + 1);
  const shown = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    if (out.length > 0 && n - (out.at(-1) as number) > 1) out.push(null);
    out.push(n);
  }
  return out;
}
