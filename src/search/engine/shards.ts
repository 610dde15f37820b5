/**
 * The index in shards: Pagefind's indexer holds about 1 MB per document page until it has written
 * the index, so a library is indexed a shard at a time, each by its own Pagefind process, and
 * searched as one through Pagefind's multisite merge (`mergeIndex`). The first shard is the
 * `pagefind/` folder the site has always had; the others sit inside it. Shared by the indexer
 * (scripts/build-index.ts), the search page (which says how many shards there are) and the tests.
 */

/**
 * Most documents one Pagefind process indexes. The indexing step's whole process tree peaked at
 * 0.95 GB for one shard of 1,000 bench documents, 2.82 GB for shards of 2,500 and 3.01 GB for
 * one of 3,500 (the bound is 4 GB): fewer, larger shards make a first search lighter, since every
 * shard's metadata loads (at 10,000 documents, with repacked chunks: 410 KB in four).
 */
export const documentsPerShard = 2500;

/**
 * The shard size a build uses: `POLICY_DOCUMENTS_PER_SHARD` when set to a positive number (tests
 * build small libraries in several shards), else `documentsPerShard`. The search page and the
 * indexer both read it, and the indexer fails when they disagree.
 */
export const shardSizeOf = (setting: string | undefined) => (Number(setting) >= 1 ? Math.floor(Number(setting)) : documentsPerShard);

/** Shards for a library of `documents` documents (an empty library still has one, empty). */
export const shardCount = (documents: number, perShard = documentsPerShard) => Math.max(1, Math.ceil(documents / perShard));

/** Folder of shard `n` (from 1) inside `pagefind/`: '' for the first, `shard-2/` … for the others. */
export const shardFolder = (n: number) => (n > 1 ? `shard-${n}/` : '');
