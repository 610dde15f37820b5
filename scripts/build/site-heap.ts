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

/**
 * What an Astro build's environment adds besides its heap limit. Its bundler (rolldown: native
 * code, with mimalloc) keeps the memory it has freed unless told to give it back at once: a
 * documents part of 500 held about 0.6 GB outside the JavaScript heap (`process.memoryUsage()`:
 * RSS 1,058 MB, heap 356 MB, external 62 MB) from its bundling to its end. Measured with
 * MIMALLOC_PURGE_DELAY=0 on the 1,000-document bench site, `build:site` alone, back to back: tree
 * peak 1.14 → 0.92 GB, largest process 1.03 → 0.81 GB, 94.6 against 97.0 s. A value the caller
 * set wins.
 */
export const siteBuildEnv = (env: Readonly<Record<string, string | undefined>>): Record<string, string> => ({
  MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0',
});
