/** Where a document's corrections file is: content/corrections/<file name without extension>.yaml, .yml or .json. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CORRECTION_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The corrections file of a document, by its file name without extension: YAML or JSON. */
export function correctionsFileOf(correctionsDir: string, source: string): string | null {
  const base = source.replace(/\.[^.]*$/, '');
  for (const ext of CORRECTION_EXTENSIONS) {
    const path = join(correctionsDir, base + ext);
    if (existsSync(path)) return path;
  }
  return null;
}
