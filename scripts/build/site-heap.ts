/**
 * How much JavaScript heap an Astro build of the site may use. Under a loose limit V8 lets garbage
 * pile up: at 1,000 documents the library part's heap held 0.2 GB alive but the process grew to
 * 1.05 GB with Node's 4 GB limit, and a 500-document part held 0.21 GB alive and grew to 1.51 GB.
 * So each part gets a limit about twice what it was measured to keep alive (`--trace-gc`, the
 * heap after each mark-compact, bench corpus):
 * - a documents part, 0.21 GB alive at 500 documents whatever the library's size: 1 MB a
 *   document, at least 512 MB;
 * - the library part, alive 0.21 / 0.58 / 1.56 GB at 1,000 / 3,000 / 10,000 documents (0.16 MB a
 *   document): 512 MB and 0.2 MB a document;
 * - one build of a whole library, which holds every document's compiled body as well: Node's own
 *   4 GB, and 1 MB a document past that (10,000 documents ran out at 4 GB).
 */
import type { SitePart } from '../../src/site/site-part.ts';

export const siteHeapFloorMb = 4096;

export function siteHeapMb(part: SitePart, documents: number): number {
  switch (part) {
    case 'documents':
      return Math.max(512, Math.ceil(documents));
    case 'library':
      return 512 + Math.ceil(documents * 0.2);
    case 'whole':
      return Math.max(siteHeapFloorMb, Math.ceil(documents));
  }
}
