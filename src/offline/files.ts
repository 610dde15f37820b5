import { madeByIndexing } from '../search/index/site-outputs.ts';

/**
 * Names of what the offline step (scripts/build-offline.ts) adds to the built site. The footer
 * links the zip, the search page loads the script, the script loads the twins: named once here.
 */

/** The downloadable copy of the whole site. */
export const offlineZip = 'policy-site-offline.zip';
/** Folder every file sits in inside the zip, so unpacking makes one folder, not thousands of files. */
export const offlineZipFolder = 'policy-site-offline';
/** The offline search: the search page's engine and Pagefind's own code, as one classic script. */
export const offlineSearchScript = 'offline-search.js';
/**
 * Folder of the twins: for each file the search fetches (pagefind/**, search/*.json), a classic
 * script that hands its bytes over, because a page read from disk may load scripts, not fetch.
 * `_offline/pagefind/fragment/x.pf_fragment.js` is the twin of `pagefind/fragment/x.pf_fragment`.
 */
export const twinFolder = '_offline';
/** Global function a twin calls: `__policyOfflineFile(path, base64)`. */
export const twinCallback = '__policyOfflineFile';

/** Files (paths relative to the site root) that get a twin: all Pagefind loads, and the search page's JSON. */
export const needsTwin = (path: string) => (path.startsWith('pagefind/') && path !== 'pagefind/pagefind.js') || /^search\/[^/]+\.json$/.test(path);

/** `pagefind/x` → `_offline/pagefind/x.js`. */
export const twinPathOf = (path: string) => `${twinFolder}/${path}.js`;

/**
 * Files written after the site's pages and downloads: by the indexing step, and by the offline
 * step itself (twins, its script). The zip holds them after all the others, so that the others can
 * be packed while the site is being indexed (`build:offline -- --before-index`).
 */
export const madeAfterPages = (path: string) => madeByIndexing(path) || path.startsWith(`${twinFolder}/`) || path === offlineSearchScript;

/** The order of the zip's entries, packed at once or in two runs: the pages' files, then those made after them, each sorted. */
export function zipOrder(paths: readonly string[]): string[] {
  return [...paths.filter((p) => !madeAfterPages(p)).sort(), ...paths.filter(madeAfterPages).sort()];
}
