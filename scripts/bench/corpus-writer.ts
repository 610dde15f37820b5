/**
 * Writes a generated corpus to a directory, refusing to mix it with files it did not write:
 * `--corpus content/sources` by mistake must not clobber the real documents.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile } from './corpus.ts';

/** Dotfile left in every corpus directory; split globs *.txt and never sees it. */
export const corpusMarker = '.bench-corpus.json';

export class CorpusDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusDirError';
  }
}

/** Writes the files and returns their total size in bytes. A previous bench corpus is replaced. */
export function writeCorpus(dir: string, files: readonly CorpusFile[], meta: { n: number; seed: number }): number {
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(corpusMarker)) {
      throw new CorpusDirError(`${dir}: not empty and not written by the benchmark (no ${corpusMarker}); choose an empty or new directory`);
    }
    // Only what the benchmark wrote goes: .txt files and the marker.
    for (const entry of entries) if (entry.endsWith('.txt') || entry === corpusMarker) rmSync(join(dir, entry));
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, corpusMarker), `${JSON.stringify({ generator: 'scripts/bench.ts', ...meta })}\n`);
  let bytes = 0;
  for (const file of files) {
    const data = Buffer.from(file.text, 'utf8');
    writeFileSync(join(dir, file.name), data);
    bytes += data.length;
  }
  return bytes;
}
