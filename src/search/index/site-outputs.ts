/**
 * What the indexing step (scripts/build-index.ts) writes into the built site, named once: the
 * offline step packs these last, after the pages it may pack while the site is being indexed.
 */

/** Pagefind's index, its code and WebAssembly. */
export const pagefindFolder = 'pagefind';

/** The script SearchHighlight.astro loads on a page a result opened (src/search/browser/highlight-entry.ts). */
export const highlightScript = 'search/highlight.js';

/** True for a file (path relative to the site root) the indexing step writes. */
export const madeByIndexing = (path: string) => path.startsWith(`${pagefindFolder}/`) || path === highlightScript;
