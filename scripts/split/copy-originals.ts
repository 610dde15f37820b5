/**
 * Puts each written document's original file beside the collections, in `<out>/originals/`, under
 * the name its download link uses (src/model/urls.ts originalUrl); the site build copies the folder
 * into dist/ (src/site/copy-originals.ts). Each worker copies its own share's originals (names
 * cannot clash: each carries its document's id); the main thread then removes the files of
 * documents no longer written. Unchanged files are left alone.
 */
import { copyFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { originalUrl } from '../../src/model/urls.ts';

export const originalsDir = (outDir: string) => join(outDir, 'originals');
const nameOf = (d: { id: string; source: string }) => basename(originalUrl(d.id, d.source));

export function copyOriginals(inDir: string, outDir: string, documents: { id: string; source: string }[]): void {
  const dir = originalsDir(outDir);
  for (const d of documents) {
    const from = join(inDir, d.source);
    const to = join(dir, nameOf(d));
    if (existsSync(to) && statSync(to).size === statSync(from).size && statSync(to).mtimeMs >= statSync(from).mtimeMs) continue;
    copyFileSync(from, to);
  }
}

/** Removes from `<out>/originals/` every file that is not the original of one of `documents`. */
export function removeStaleOriginals(outDir: string, documents: { id: string; source: string }[]): void {
  const dir = originalsDir(outDir);
  const wanted = new Set(documents.map(nameOf));
  for (const name of readdirSync(dir)) if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
}
