/**
 * A Vite plugin for the site build: the prerenderer reads the content store from Astro's own
 * store file instead of from a copy inlined in the bundle. Astro inlines the store as one module,
 * `export default JSON.parse("…")` (330 MB at 10,000 documents), which the bundler then parses and
 * writes out and Node compiles and keeps as source: at 3,000 documents 10.8 s of the library build's
 * 91 s went to compiling it alone. The store file is what that string was read from, written by
 * the same build before bundling; the module now reads it when the prerenderer imports it.
 */
import { existsSync } from 'node:fs';

/** Astro's id for the store module (astro/dist/content/consts.js), as resolved. */
const storeModule = '\0astro:data-layer-content';
/** The only shape replaced: a single-file store. Anything else (a chunked store, none) stays Astro's. */
const inlined = /^export default JSON\.parse\(/;

export function dataStoreFromFile(storeFile: string) {
  return {
    name: 'policy-data-store-from-file',
    apply: 'build' as const,
    transform(code: string, id: string) {
      if (id !== storeModule || !inlined.test(code) || !existsSync(storeFile)) return null;
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
        map: null,
      };
    },
  };
}
