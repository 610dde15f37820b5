/**
 * `npm run build:site [-- astro build options]`: `astro build` with a heap limit sized to the
 * library (scripts/build/site-heap.ts), counted from the documents the split wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { collectionsDir } from '../src/site/collections-dir.ts';
import { siteHeapMb } from './build/site-heap.ts';

const documentsDir = join(collectionsDir, 'documents');
const documents = existsSync(documentsDir) ? readdirSync(documentsDir).filter((n) => n.endsWith('.mdx')).length : 0;
// The package exports no path to its CLI: it sits at bin/astro.mjs beside dist/, where `astro` resolves.
const astro = join(dirname(createRequire(import.meta.url).resolve('astro')), '..', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [`--max-old-space-size=${siteHeapMb(documents)}`, astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
