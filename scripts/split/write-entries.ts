/** Writes MDX entries into the collections' folders; the main thread (units) and each worker (its documents' entries) use it. */
import { readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MdxFile } from '../../src/split/emit/entries-to-mdx.ts';

/**
 * A writer of entries into `outDir`, given them a few at a time: each document's entries (in its
 * worker) and each unit's (on the main thread) are written as soon as they are made, so that they
 * die young instead of being held, and copied by every garbage collection, until all are made.
 *
 * Unchanged files are left alone. Overwriting in place is what costs: ext4 flushes a file that is
 * truncated and rewritten (auto_da_alloc), which made rewriting 30,000 entries take seconds;
 * reading and comparing takes a fraction of that, and a changed entry is removed and written
 * afresh. What exists is listed once per folder, on the writer's first entry there: trying to read
 * each of 30,000 missing files into an empty folder cost 0.3 s in thrown errors.
 */
export function entryWriter(outDir: string): (files: Iterable<MdxFile>) => void {
  const existing = new Map<string, Set<string>>();
  const exists = (collection: string, name: string) => {
    let names = existing.get(collection);
    if (!names) {
      names = new Set(readdirSync(join(outDir, collection)));
      existing.set(collection, names);
    }
    return names.has(name);
  };
  // Folder paths joined once, not once a file: path.join normalises the whole path each time.
  const folders = new Map<string, string>();
  return (files) => {
    for (const f of files) {
      const name = `${f.id}.mdx`;
      let folder = folders.get(f.collection);
      if (folder === undefined) folders.set(f.collection, (folder = join(outDir, f.collection)));
      const path = `${folder}/${name}`;
      const old = exists(f.collection, name) ? readFileSync(path, 'utf8') : null;
      if (old === f.mdx) continue;
      if (old !== null) rmSync(path);
      writeFileSync(path, f.mdx);
    }
  };
}
