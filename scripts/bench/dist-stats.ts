/**
 * What the build left in dist/: page counts and the sizes the benchmark reports.
 * The only place in the benchmark that knows the site's output layout.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The offline step's search data, as a path relative to dist/: the offline search script and the
 * copies of the Pagefind index it reads from disk (`_offline/`).
 */
export const offlineSearchData = /^(?:offline-search[^/]*\.js|_offline\/.+)$/;

/** Per-page HTML is measured on these pages: each document and each measure has its own page. */
const documentPage = /^documents\/[^/]+\/index\.html$/;
const measurePage = /^measures\/[^/]+\/index\.html$/;
const pagefindDir = 'pagefind/';

export type DistStats = {
  /** HTML pages in dist/, Pagefind's own files excluded. */
  pages: number;
  distBytes: number;
  /** null when dist/pagefind does not exist (indexing did not run). */
  pagefindBytes: number | null;
  /** null when no file matches `offlineSearchData`. */
  offlineBytes: number | null;
  offlineFiles: string[];
  /** Byte size of every document page and every measure page, unsorted. */
  documentPageBytes: number[];
  measurePageBytes: number[];
  /** The largest other page (lists, indexes): pages that gather from the whole library. */
  largestOtherPage: { path: string; bytes: number } | null;
};

/** Every file under `root`, as [path relative to root with / separators, size]. */
function listFiles(root: string): [string, number][] {
  const files: [string, number][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push([relative(root, path).split(sep).join('/'), statSync(path).size]);
    }
  };
  walk(root);
  return files;
}

/** null when dist/ does not exist (the site build did not run). */
export function distStats(dist: string): DistStats | null {
  if (!existsSync(dist)) return null;
  const files = listFiles(dist);
  const sum = (list: [string, number][]) => list.reduce((total, [, size]) => total + size, 0);
  const pagefind = files.filter(([path]) => path.startsWith(pagefindDir));
  const offline = files.filter(([path]) => offlineSearchData.test(path));
  return {
    pages: files.filter(([path]) => path.endsWith('.html') && !path.startsWith(pagefindDir)).length,
    distBytes: sum(files),
    pagefindBytes: existsSync(join(dist, pagefindDir)) ? sum(pagefind) : null,
    offlineBytes: offline.length > 0 ? sum(offline) : null,
    offlineFiles: offline.map(([path]) => path),
    documentPageBytes: files.filter(([path]) => documentPage.test(path)).map(([, size]) => size),
    measurePageBytes: files.filter(([path]) => measurePage.test(path)).map(([, size]) => size),
    largestOtherPage: files
      .filter(([path]) => path.endsWith('.html') && !path.startsWith(pagefindDir) && !documentPage.test(path) && !measurePage.test(path))
      .reduce<DistStats['largestOtherPage']>((top, [path, bytes]) => (top === null || bytes > top.bytes ? { path, bytes } : top), null),
  };
}
