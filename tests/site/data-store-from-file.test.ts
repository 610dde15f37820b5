import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Plugin } from 'vite';
import { dataStoreFromFile, storeModule, storeModuleCode } from '../../src/site/data-store-from-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-store-from-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Stands for Astro's content plugin as the site build meets it: listed before ours, `enforce: 'pre'`,
 * resolving the store module and loading it as the whole store inlined in one string.
 */
const astroLikeStore: Plugin = {
  name: 'astro-like-store',
  enforce: 'pre',
  resolveId: { filter: { id: /^astro:data-layer-content$/ }, handler: () => storeModule },
  load: {
    filter: { id: new RegExp(`^${storeModule}$`) },
    handler: () => ({ code: `export default JSON.parse(${JSON.stringify('{"inlined":"整个库"}')})`, map: { mappings: '' } }),
  },
};

const entry = join(dir, 'entry.js');
writeFileSync(entry, `import store from 'astro:data-layer-content';\nexport default store;\n`);

async function bundle(storeFile: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: [astroLikeStore, dataStoreFromFile(storeFile)],
    build: { ssr: entry, write: false, minify: false },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  return outputs.map((o) => ('code' in o ? o.code : '')).join('\n');
}

describe('the site build reads the content store from its file', () => {
  it('loads the store module before Astro inlines the store into the bundle', async () => {
    const storeFile = join(dir, 'data-store.json');
    writeFileSync(storeFile, '{"from":"文件"}');
    const code = await bundle(storeFile);
    expect(code).not.toContain('整个库');
    expect(code).toContain(JSON.stringify(storeFile));
  });

  it("leaves the module to Astro when there is no store file", async () => {
    const code = await bundle(join(dir, 'missing.json'));
    expect(code).toContain('整个库');
  });

  it('stands for the store: importing the module gives the parsed file, characters as written', async () => {
    const storeFile = join(dir, 'store-2.json');
    writeFileSync(storeFile, JSON.stringify({ text: '{ <三会一课> } import "x"' }));
    const module = join(dir, 'store.mjs');
    writeFileSync(module, storeModuleCode(storeFile));
    const { default: store } = await import(pathToFileURL(module).href);
    expect(store).toEqual({ text: '{ <三会一课> } import "x"' });
  });
});
