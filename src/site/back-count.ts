/**
 * How many 落款 blocks a page has rendered so far, keyed by the page's request (one per page
 * render), so each gets its own id. Counted before anything is awaited, so in page order.
 */
const counts = new WeakMap<Request, number>();

export function nextBackNumber(request: Request): number {
  const n = (counts.get(request) ?? 0) + 1;
  counts.set(request, n);
  return n;
}
