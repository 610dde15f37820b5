/**
 * A Vite plugin for the site build: the prerenderer reads the content store from Astro's own
 * store file instead of from a copy inlined in the bundle. Astro loads its store module by reading
 * the whole file, parsing it once to check it and writing it back out as one string,
 * `export default JSON.parse("…")` (177 MB at 10,000 documents in the library part), which the
 * bundler then parses and writes out and Node compiles and keeps as source: at 3,000 documents
 * 10.8 s of the library build's 91 s went to compiling it alone, and at 10,000 documents that load
 * was the library build's peak (4.2 GB, against 2.3 GB while rendering). The store file is what
 * that string was read from, written by the same build before bundling; this plugin answers the
 * load first, with a module that reads the file when the prerenderer imports it.
 *
 * Only for the single-file store (Astro's default; `experimental.collectionStorage` is not set in
 * astro.config.mjs): a chunked store's file is a list of chunks, which this module would not read.
 */
import { existsSync } from 'node:fs';

/** Astro's id for the store module (astro/dist/content/consts.js), as resolved. */
export const storeModule = '\0astro:data-layer-content';

/** The module that stands for the inlined store: it reads `storeFile` once, when first imported. */
export const storeModuleCode = (storeFile: string) =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;

export function dataStoreFromFile(storeFile: string) {
  return {
    name: 'policy-data-store-from-file',
    apply: 'build' as const,
    load: {
      // Before Astro's own load of the module (its plugins come first in the list), which would
      // read, parse and re-encode the whole store.
      order: 'pre' as const,
      filter: { id: new RegExp(`^${storeModule}$`) },
      handler(id: string) {
        if (id !== storeModule || !existsSync(storeFile)) return null;
        return { code: storeModuleCode(storeFile), map: null };
      },
    },
  };
}
