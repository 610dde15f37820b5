/**
 * A content loader for collections whose pages are drawn from data alone (measures, goals, units,
 * deadlines): it reads each entry's frontmatter and validates it with the collection's schema, but
 * never compiles the MDX body. With glob(), every one of tens of thousands of MDX entries became a
 * module in the site build; only documents need their bodies rendered.
 */
import type { Loader } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The frontmatter block of an MDX file, parsed: the split writes it as JSON, which is YAML too. */
export function frontmatterOf(mdx: string, file: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(mdx);
  if (!m) throw new Error(`${file}: no frontmatter`);
  try {
    return JSON.parse(m[1]);
  } catch (cause) {
    throw new Error(`${file}: frontmatter is not the JSON the split writes; run npm run split`, { cause });
  }
}

export function frontmatterLoader(dir: string): Loader {
  return {
    name: 'policy-frontmatter',
    load: async ({ store, parseData, generateDigest }) => {
      const base = resolve(dir);
      // No folder is an empty collection: an empty library, or the type-check, which needs no content.
      const names = existsSync(base) ? readdirSync(base).filter((n) => n.endsWith('.mdx')).sort() : [];
      store.clear();
      for (const name of names) {
        // Read synchronously: awaiting tens of thousands of small reads one by one left the build
        // idle for seconds, each read a round trip to libuv's thread pool.
        const text = readFileSync(join(base, name), 'utf8');
        const raw = frontmatterOf(text, join(dir, name));
        const id = String(raw.id);
        const data = await parseData({ id, data: raw, filePath: join(base, name) });
        store.set({ id, data, digest: generateDigest(text) });
      }
    },
  };
}

/** A collection this build does not use (src/site/site-part.ts): loaded as empty, nothing read. */
export function noEntries(): Loader {
  return { name: 'policy-no-entries', load: async ({ store }) => store.clear() };
}
