/**
 * What build:index does to a shard once Pagefind has written it: its chunks regrouped and renamed
 * (src/search/index/repack.ts), then the files the site never loads removed. File glue around the
 * pure repacking; run on a worker thread (finish-shard-worker.ts) while Pagefind indexes the next shard.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repackShard } from '../../src/search/index/repack.ts';

/** Files Pagefind writes that the site never loads. */
const unusedFiles = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;
/** What a shard after the first needs: its own metadata and chunks; code and WebAssembly come from the first. */
const shardFiles = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|filter|fragment)$/;

/**
 * Regroups the shard's index chunks so that a query downloads the words it asks for and little
 * else, and renames the metadata after its new content.
 */
function repackIndex(outputPath: string, shard: number): [character: string, term: string][] {
  const entryFile = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const continuations: [string, string][] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(outputPath, `pagefind.${info.hash}.pf_meta`);
    const indexDir = join(outputPath, 'index');
    const fragmentDir = join(outputPath, 'fragment');
    const repacked = repackShard(readFileSync(metaFile), (name) => readFileSync(join(indexDir, `${name}.pf_index`)), shard);
    rmSync(indexDir, { recursive: true });
    for (const [name, bytes] of repacked.chunks) {
      mkdirSync(dirname(join(indexDir, name)), { recursive: true });
      writeFileSync(join(indexDir, `${name}.pf_index`), bytes);
    }
    for (const [from, to] of repacked.fragments) {
      mkdirSync(dirname(join(fragmentDir, to)), { recursive: true });
      renameSync(join(fragmentDir, `${from}.pf_fragment`), join(fragmentDir, `${to}.pf_fragment`));
    }
    rmSync(metaFile);
    info.hash = `${language}_${createHash('sha256').update(repacked.meta).digest('hex').slice(0, 13)}`;
    writeFileSync(join(outputPath, `pagefind.${info.hash}.pf_meta`), repacked.meta);
    continuations.push(...repacked.continuations);
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return continuations;
}

/**
 * Shard number `shard` (from 1) as Pagefind wrote it into `outputPath`, made into what the site
 * serves; returns what a one-character query must preload in it (src/search/index/continuations.ts).
 */
export function finishShard(outputPath: string, shard: number): [character: string, term: string][] {
  const continuations = repackIndex(outputPath, shard);
  const first = shard === 1;
  for (const file of readdirSync(outputPath)) {
    if (first ? unusedFiles.test(file) : !shardFiles.test(file)) rmSync(join(outputPath, file), { recursive: true });
  }
  return continuations;
}
