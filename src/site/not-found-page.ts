/**
 * 404.html is shown by a server at whatever address was missing, at any depth, and under any
 * sub-path the site is served from (`/policy/no/such/page/`): no relative path is right for it,
 * and root paths leave the site under a sub-path (unstyled page, links to the host's root).
 * So its paths are written relative to a `<base>`, which is `/` (root paths, as before) until a
 * small inline script at the top of <head>, before any stylesheet or link, sets it to the site's
 * folder: the part of the address before the first of the site's top folders
 * (`/policy/documents/x/` → `/policy/`), else the shortest prefix under which the page's own
 * stylesheet exists (one synchronous HEAD request each; the file name is content-hashed).
 * Without JavaScript the base stays `/`: the page works as before when the site is at the root.
 */
import { relativizeHtml } from './relative-urls.ts';
import { sectionUrls } from '../model/urls.ts';

/** The site's top-level folders, as the first segment of its paths. */
const topFolders = [...new Set([...Object.values(sectionUrls), '/measures/', '/_astro/', '/pagefind/'].map((u) => u.split('/')[1]).filter(Boolean))];

// Links to a place on this page (the skip link) would follow the base to the home page: they get
// this page's own path instead, once the page is parsed.
const findRoot = `(function (base) {
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('a[href^="#"]').forEach(function (a) { a.href = location.pathname + location.search + a.getAttribute('href'); });
  });
  var parts = location.pathname.split('/'), top = JSON.parse(base.getAttribute('data-top')), probe = base.getAttribute('data-probe'), i;
  for (i = 1; i < parts.length - 1; i++) if (top.indexOf(parts[i]) >= 0) { base.href = parts.slice(0, i).join('/') + '/'; return; }
  for (i = 1; i < parts.length; i++) {
    var root = parts.slice(0, i).join('/') + '/';
    try { var x = new XMLHttpRequest(); x.open('HEAD', root + probe, false); x.send(); if (x.status === 200) { base.href = root; return; } } catch (e) {}
  }
})(document.currentScript.previousElementSibling);`;

/** The built 404 page with paths relative to a `<base>` that its inline script points at the site's folder. */
export function notFoundPageHtml(html: string): string {
  const relative = relativizeHtml(html, '/').replace(/(\s(?:href|src|action))="index\.html"/g, '$1="./"');
  const probe = /<link rel="stylesheet" href="([^"]+)"/.exec(relative)?.[1] ?? 'favicon.svg';
  const head = `<base href="/" data-top='${JSON.stringify(topFolders)}' data-probe="${probe}"><script>${findRoot}</script>`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(relative);
  const at = charset ? charset.index + charset[0].length : relative.indexOf('<head>') + '<head>'.length;
  return relative.slice(0, at) + head + relative.slice(at);
}
