/**
 * Puts each written document's original file beside the collections, in `<out>/originals/`, under
 * the name its download link uses (src/model/urls.ts originalUrl); the site build copies the folder
 * into dist/ (src/site/copy-originals.ts). Unchanged files are left alone; files of documents no
 * longer written are removed.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { originalUrl } from '../../src/model/urls.ts';

export function copyOriginals(inDir: string, outDir: string, documents: { id: string; source: string }[]): void {
  const dir = join(outDir, 'originals');
  mkdirSync(dir, { recursive: true });
  const wanted = new Set<string>();
  for (const d of documents) {
    const name = basename(originalUrl(d.id, d.source));
    wanted.add(name);
    const from = join(inDir, d.source);
    const to = join(dir, name);
    if (existsSync(to) && statSync(to).size === statSync(from).size && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
    copyFileSync(from, to);
  }
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
}
