/**
 * The index in shards: Pagefind's indexer holds about 1 MB per document page until it has written
 * the index, so a library is indexed a shard at a time, each by its own Pagefind process, and
 * searched as one through Pagefind's multisite merge (`mergeIndex`). The first shard is the
 * `pagefind/` folder the site has always had; the others sit inside it. Shared by the indexer
 * (scripts/build-index.ts), the search page (which says how many shards there are) and the tests.
 */

/**
 * Most documents one Pagefind process indexes. Measured at 1,000 bench documents (one shard):
 * the indexing step's process tree peaked at about 1.1 GB; the target is ≤ 1.5 GB at any size.
 */
export const documentsPerShard = 1000;

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
