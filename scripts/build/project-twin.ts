/**
 * A twin of the project for one Astro build beside another: the files Astro reads, hard-linked
 * (nothing copied), and node_modules linked. Astro keeps working files in `<root>/.astro/` — the
 * list of content modules among them, which a second build in the same project overwrites — so two
 * builds at once need two roots. A twin and not the same source under another root: Astro names
 * each component's scoped styles after its path under the root, and the twin keeps those paths,
 * so the pages come out the same, byte for byte.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { hardLinkOrCopy } from './hard-link.ts';
import { join } from 'node:path';

/** What an Astro build of this project reads from the project itself. */
export const twinEntries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'] as const;

function linkTree(from: string, to: string): void {
  const entries = readdirSync(from, { withFileTypes: true });
  mkdirSync(to, { recursive: true });
  for (const entry of entries) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else if (entry.isFile()) hardLinkOrCopy(join(from, entry.name), join(to, entry.name));
  }
}

/** Makes `dir` a twin of `project`, afresh; what else `dir` holds (the part's collections) stays. */
export function makeProjectTwin(project: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of [...twinEntries, 'node_modules', '.astro']) rmSync(join(dir, name), { recursive: true, force: true });
  for (const name of twinEntries) {
    const from = join(project, name);
    if (!existsSync(from)) continue;
    if (name.includes('.')) hardLinkOrCopy(from, join(dir, name));
    else linkTree(from, join(dir, name));
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
