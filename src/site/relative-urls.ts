/**
 * One dist/ for every place it is read: opened from disk (file://), root paths like `/measures/x/`
 * point at the file system root and folders do not open their index.html; served under a sub-path
 * (`/policy/`), root paths miss the prefix. Rewriting every root path in href, src and action to a
 * relative path that names the file fixes all three (NOTES.md: measured, 0.16 s for 1,000 pages),
 * so every build does it (src/middleware.ts). Absolute URLs (canonical, og:url with
 * SITE_URL) are left alone.
 *
 * Links end in `index.html`: on file:// a folder URL opens a directory listing, not the page. It
 * costs 2 % of the HTML bytes (measured on the sample site) and works on every static server.
 */
import { posix } from 'node:path';

/**
 * `/a/b/` → `a/b/index.html` relative to the page at `fromPath` (a site path such as `/measures/x/`);
 * a `?query` and `#hash` are kept.
 */
export function relativeUrl(fromPath: string, target: string): string {
  const cut = target.search(/[?#]/);
  const [path, hash] = cut < 0 ? [target, ''] : [target.slice(0, cut), target.slice(cut)];
  const file = path.endsWith('/') ? path + 'index.html' : path;
  const fromDir = fromPath.endsWith('/') ? fromPath : posix.dirname(fromPath) + '/';
  const rel = path === '' ? '' : relativePath(fromDir, file) || 'index.html';
  return rel + hash;
}

/**
 * posix.relative for what pages link: a folder path and a file path, both absolute. Every page
 * of a large site rewrites a hundred links, and posix.relative's resolving of both paths was most
 * of the rewrite's time; paths with `.` or `..` segments or doubled slashes still go to it.
 */
function relativePath(fromDir: string, file: string): string {
  if (/\/\.\.?(?:\/|$)|\/\//.test(fromDir + file)) return posix.relative(fromDir, file);
  const from = fromDir.split('/').filter(Boolean);
  const to = file.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return '../'.repeat(from.length - common) + to.slice(common).join('/');
}

/** Rewrites root-relative href / src / action values in one page; absolute and protocol URLs stay. */
export const relativizeHtml = (html: string, pagePath: string) =>
  html.replace(/(\s(?:href|src|action))="(\/(?!\/)[^"]*)"/g, (_m, attr: string, url: string) => `${attr}="${relativeUrl(pagePath, url)}"`);
