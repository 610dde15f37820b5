/**
 * Moves a built `documents` part's pages into the site: its documents' and measures' folders and
 * the assets they load. The rest of its output (the few fixed pages every Astro build renders,
 * here from a share of the library) is left behind: the library part renders those.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A rename, or a copy where the part was built on another file system than the site's. */
function moveTo(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export type PartPages = { documentIds: string[]; measureIds: string[] };

/** Throws when a page the part should have rendered is missing, or the site already has it. */
export function mergeDocumentsPart(partDist: string, dist: string, part: PartPages): void {
  const move = (section: string, id: string) => {
    const from = join(partDist, section, id);
    const to = join(dist, section, id);
    if (!existsSync(from)) throw new Error(`${from}: the part rendered no page for ${section}/${id}`);
    if (existsSync(to)) throw new Error(`${to}: rendered twice`);
    moveTo(from, to);
  };
  for (const section of ['documents', 'measures']) mkdirSync(join(dist, section), { recursive: true });
  for (const id of part.documentIds) move('documents', id);
  for (const id of part.measureIds) move('measures', id);
  // Asset names are hashes of their content: a name the site has is the same file.
  const assets = join(partDist, '_astro');
  if (!existsSync(assets)) return;
  mkdirSync(join(dist, '_astro'), { recursive: true });
  for (const name of readdirSync(assets)) {
    if (!existsSync(join(dist, '_astro', name))) moveTo(join(assets, name), join(dist, '_astro', name));
  }
}
