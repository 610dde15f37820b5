/**
 * Makes one dist/ work opened from disk (file://), served at the root and served under any
 * sub-path, with no rebuild. Every page is rewritten as it is rendered:
 * 1. root paths become relative file paths (src/site/relative-urls.ts);
 * 2. module scripts load only where they can (src/offline/module-scripts.ts): never from disk,
 *    where Chromium blocks them and logs an error on every page; the classic offline scripts do
 *    their work there.
 * Doing it here rather than over dist/ after the build spares reading and rewriting every page
 * (10 s of a 55 s build at 1,000 documents, most of it waiting on the disk).
 * 3. a Content-Security-Policy meta with the hashes of the page's inline scripts (src/site/csp.ts),
 *    last, once no script changes any more.
 * 404.html is shown at whatever address was missing, at any depth, so no relative path is right
 * there: its paths are relative to a <base> that a script points at the site's folder
 * (src/site/not-found-page.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { relativizeHtml } from './site/relative-urls.ts';
import { guardModuleScripts } from './offline/module-scripts.ts';
import { withContentSecurityPolicy } from './site/csp.ts';
import { notFoundPageHtml } from './site/not-found-page.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const path = context.url.pathname;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const notFound = path === '/404/' || path === '/404';
  const page = await response.text();
  const html = withContentSecurityPolicy(notFound ? notFoundPageHtml(page) : guardModuleScripts(relativizeHtml(page, path)));
  return new Response(html, { status: response.status, headers: response.headers });
});
