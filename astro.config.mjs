// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionsDir } from './src/site/collections-dir.ts';
import { bodyOnlyMdx } from './src/site/body-only-mdx.ts';
import { dataStoreFromFile } from './src/site/data-store-from-file.ts';
import { copyOriginals } from './src/site/copy-originals.ts';

/**
 * Environment:
 * - SITE_URL     origin the site is served from, e.g. https://zc.example.gov.cn; enables absolute
 *                canonical / og:url / og:image. Unset: canonical and og:url are left out, og:image is
 *                root-relative.
 * - POLICY_DIST  output folder (default `dist`).
 * - POLICY_COLLECTIONS where the split wrote the collections (src/site/collections-dir.ts).
 * - POLICY_SITE_PART  which pages this build renders (src/site/site-part.ts); set by
 *                scripts/build-site.ts when it builds a large library in parts.
 *
 * Every build rewrites links to relative `…/index.html` paths and guards module scripts
 * (src/middleware.ts), so one dist/ works opened from disk (file://), served at the
 * root and served under any sub-path.
 */
const site = process.env.SITE_URL || undefined;

// Astro keeps the content store (and the modules it lists) in its cache folder, keyed by nothing
// but the project: a build from another collections folder (a test's or the benchmark's) then
// imported entries of a folder that no longer exists. One cache per collections folder, and per
// part of a build in parts (the library part loads the documents without their bodies).
const cacheKey = `${resolve(collectionsDir)}\n${process.env.POLICY_SITE_PART || 'whole'}`;
const project = fileURLToPath(new URL('.', import.meta.url));
const cacheDir = resolve(project, 'node_modules/.astro', createHash('sha256').update(cacheKey).digest('hex').slice(0, 12));

export default defineConfig({
  cacheDir,
  site,
  outDir: resolve(project, process.env.POLICY_DIST || 'dist'),
  // Every URL in the data ends in `/` (`/documents/x/`): keep the folder format and say so.
  trailingSlash: 'always',
  // Four pages in flight: with one, rendering waited on each page's write (generation 26 s → 20 s
  // at 1,000 documents, scripts/bench.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // A document page shows its text exactly as written: no smart quotes, dashes or ellipses
  // (`"三会一课"` stays straight, `--` and `......` stay), so search finds the same words on every
  // page (tests/site/sample-build.test.ts). Astro's Markdown default would rewrite them.
  integrations: [mdx({ smartypants: false }), copyOriginals()],
  // Pages are static reading pages; nothing to prefetch and no dev toolbar noise.
  devToolbar: { enabled: false },
  vite: {
    plugins: [bodyOnlyMdx(collectionsDir + 'documents'), dataStoreFromFile(resolve(cacheDir, 'data-store.json'))],
    // The benchmark's work folder holds whole built sites (90,000 files at 3,000 documents):
    // watched, `npm run dev` ran out of the system's file watchers.
    server: { watch: { ignored: ['**/.bench/**', '**/dist/**', '**/.site-parts/**'] } },
    build: {
      rolldownOptions: {
        // Every compiled MDX file carries a module-level directive that the bundler drops and
        // logs once per file; with hundreds of files that buries real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
