/**
 * Every page of a built Pagefind index (all its shards) as Pagefind saw it — url, title, text, filters — read
 * straight from its fragment files (gzip, a `pagefind_dcd` signature, then JSON; one page per
 * file, or an object of pages when Pagefind grouped them). The ground truth search tests compare
 * against: a page "contains" a string when this text does.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { foldText, pageTextOf } from '../../src/search/engine/normalise.ts';

export interface IndexedPage {
  url: string;
  title: string;
  /** Text without Pagefind's word separators. */
  text: string;
  /** foldText(text), for substring tests. */
  folded: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

interface Fragment {
  url: string;
  content: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

const signature = 'pagefind_dcd';

function fragmentsOf(file: string): Fragment[] {
  let data = readFileSync(file);
  if (data.subarray(0, signature.length).toString() !== signature) data = gunzipSync(data);
  const json = JSON.parse(data.subarray(signature.length).toString('utf8')) as Fragment | Record<string, Fragment>;
  return 'content' in json && typeof json.content === 'string' ? [json as Fragment] : Object.values(json as Record<string, Fragment>);
}

/** Fragment files of every shard (src/search/engine/shards.ts): `pagefind/fragment/`, `pagefind/shard-2/fragment/` … */
function fragmentFiles(dist: string): string[] {
  const root = join(dist, 'pagefind');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.pf_fragment'))
    .map((e) => join(e.parentPath, e.name));
}

export function readIndexedPages(dist: string): IndexedPage[] {
  return fragmentFiles(dist)
    .flatMap((file) => fragmentsOf(file))
    .map((f) => {
      const text = pageTextOf(f.content);
      return { url: f.url, title: f.meta?.title ?? '', text, folded: foldText(text), filters: f.filters ?? {}, meta: f.meta ?? {} };
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** Urls of the pages whose text contains every term (folded). */
export const pagesContaining = (pages: readonly IndexedPage[], terms: readonly string[]) =>
  pages.filter((p) => terms.every((t) => p.folded.includes(foldText(t)))).map((p) => p.url);
