/**
 * The Astro integration that makes one dist/ work opened from disk (file://), served at the root
 * and served under any sub-path, with no rebuild. After the build it rewrites every page:
 * 1. root paths become relative file paths (src/site/relative-urls.ts);
 * 2. module scripts load only where they can (module-scripts.ts): never from disk, where
 *    Chromium blocks them and logs an error on every page; the classic offline scripts do their
 *    work there.
 * 404.html keeps root paths: a server shows it at whatever address was missing, at any depth, so
 * no relative path is right there; root paths are right whenever the site is served at the root.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativizeHtml } from '../site/relative-urls.ts';
import { guardModuleScripts } from './module-scripts.ts';

/** `documents/d/index.html` → `/documents/d/` (the page's site path). */
const sitePathOf = (file: string) => '/' + file.split(sep).join('/').replace(/index\.html$/, '');

export function portablePages() {
  return {
    name: 'policy-portable-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: { info(msg: string): void } }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html') && f !== '404.html');
        for (const file of files) {
          const html = await readFile(join(root, file), 'utf8');
          await writeFile(join(root, file), guardModuleScripts(relativizeHtml(html, sitePathOf(relative(root, join(root, file))))));
        }
        logger.info(`relative links and guarded module scripts in ${files.length} pages`);
      },
    },
  };
}
