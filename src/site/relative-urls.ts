/**
 * Offline copies: opened from disk (file://), root paths like `/measures/x/` point at the file
 * system root and folders do not open their index.html. Rewriting every root path in href, src
 * and action to a relative path that names the file fixes both (NOTES.md: measured, 0.16 s for
 * 1,000 pages). Used only for an offline build (POLICY_OFFLINE=1): on a server the clean URLs
 * are what readers share.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `/a/b/` → `a/b/index.html` relative to the page at `fromPath` (a site path such as `/measures/x/`). */
export function relativeUrl(fromPath: string, target: string): string {
  const [path, hash] = target.split(/(?=#)/) as [string, string | undefined];
  const file = path.endsWith('/') ? path + 'index.html' : path;
  const fromDir = fromPath.endsWith('/') ? fromPath : posix.dirname(fromPath) + '/';
  const rel = path === '' ? '' : posix.relative(fromDir, file) || 'index.html';
  return rel + (hash ?? '');
}

/** Rewrites root-relative href / src / action values in one page; absolute and protocol URLs stay. */
export const relativizeHtml = (html: string, pagePath: string) =>
  html.replace(/(\s(?:href|src|action))="(\/(?!\/)[^"]*)"/g, (_m, attr: string, url: string) => `${attr}="${relativeUrl(pagePath, url)}"`);

/** Astro integration: after the build, rewrite every HTML file in the output folder. */
export function relativeUrls() {
  return {
    name: 'policy-relative-urls',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: { info(msg: string): void } }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const file of files) {
          const pagePath = '/' + relative(root, join(root, file)).split(sep).join('/').replace(/index\.html$/, '');
          const html = await readFile(join(root, file), 'utf8');
          await writeFile(join(root, file), relativizeHtml(html, pagePath));
        }
        logger.info(`relative URLs for file:// in ${files.length} pages`);
      },
    },
  };
}
