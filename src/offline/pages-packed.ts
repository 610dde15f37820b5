/**
 * The offline zip begun before the site is indexed (`build:offline -- --before-index`) and
 * finished after (`build:offline`): the record the first run leaves beside its part of the zip,
 * and the check the second run makes before going on from it. Pure: stats in, answer out.
 */
import { z } from 'zod';

const packedFileSchema = z.object({
  /** Path relative to the site root. */
  path: z.string(),
  /** The file as it was packed: a file that changed since is not what the part holds. */
  bytes: z.number().int().nonnegative(),
  mtimeMs: z.number(),
});

const writtenEntrySchema = z.object({
  name: z.string(),
  crc: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  compressedSize: z.number().int().nonnegative(),
  method: z.union([z.literal(0), z.literal(8)]),
  offset: z.number().int().nonnegative(),
});

export const pagesPackedSchema = z.object({
  /** The files packed, in the zip's order. */
  files: z.array(packedFileSchema),
  /** The part's length in bytes and its entries, to go on writing the zip from. */
  offset: z.number().int().nonnegative(),
  entries: z.array(writtenEntrySchema),
});

export type PagesPacked = z.output<typeof pagesPackedSchema>;
export type PackedFileStat = z.output<typeof packedFileSchema>;

/**
 * Why the part cannot be gone on from, or null when it can: it must hold exactly the files that
 * come first in the zip now, each unchanged since it was packed.
 */
export function staleReason(packed: PagesPacked, now: readonly PackedFileStat[]): string | null {
  if (packed.entries.length !== packed.files.length) return 'its record is incomplete';
  const before = new Map(packed.files.map((f) => [f.path, f]));
  const added = now.filter((f) => !before.has(f.path));
  if (added.length > 0) return `${added.length} file(s) added since, such as ${added[0]!.path}`;
  if (now.length !== packed.files.length) return `${packed.files.length - now.length} file(s) removed since`;
  const changed = now.find((f) => before.get(f.path)!.bytes !== f.bytes || before.get(f.path)!.mtimeMs !== f.mtimeMs);
  if (changed) return `${changed.path} changed since`;
  if (now.some((f, i) => packed.files[i]!.path !== f.path)) return 'its files are in another order';
  return null;
}
