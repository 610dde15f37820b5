/**
 * Build glue: copies the documents' original files, which the split put beside the collections
 * (`<collections>/originals/`), into the built site, where their 下载原文 links point.
 */
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectionsDir } from './collections-dir.ts';

export function copyOriginals(): AstroIntegration {
  return {
    name: 'copy-originals',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const from = `${collectionsDir}originals`;
        if (existsSync(from)) cpSync(from, fileURLToPath(new URL('originals', dir)), { recursive: true });
      },
    },
  };
}
