/**
 * Pagefind as the engine's Retriever. Runs in the browser (search page) and in Node (the
 * search-quality test), against the same `pagefind/` bundle.
 *
 * Three things matter:
 * - `noWorker`: Pagefind 1.6 would otherwise download a second copy of its code (12 KB gzipped)
 *   to search in a web worker; our searches take milliseconds, the download does not.
 * - A piece that matches nothing is not allowed to match something shorter (see `find`).
 * - Pieces go to Pagefind as they are. The engine already chose them (bigrams, see pieces.ts);
 *   Pagefind would split them again with Intl.Segmenter when the page says `lang="zh-CN"`
 *   (活会 → 活|会, and 会 alone may match nothing in a page that has 活会), so the page's language
 *   is hidden from Pagefind for the moment it starts. Pagefind then opens its only index (zh-cn)
 *   as the fallback and treats each space-separated piece as one word.
 * - A library indexed in shards (engine/shards.ts) is searched as one: each further shard is
 *   merged into the first (Pagefind's multisite search), sharing its code and WebAssembly, so a
 *   shard costs its metadata and the index chunks a query needs.
 * - A one-character piece is found through the words that start with it (议 → 议党, 议精 …), which
 *   Pagefind looks for among the words it has loaded but loads only the first chunk of; the others
 *   are preloaded first, by the terms build:index listed (src/search/index/continuations.ts).
 */
import type { Anchor } from '../engine/excerpt.ts';
import type { Filters, Hit, PageData, Retriever } from '../engine/types.ts';
import { shardFolder } from '../engine/shards.ts';
import { continuationsFile, parseContinuations, type Continuations } from '../index/continuations.ts';

/** The parts of Pagefind's JS API the engine uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Adds another index (a shard) to every later search; it shares the first one's WebAssembly. */
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: ReturnType<typeof toPagefindFilters> }): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks that the space-separated terms fall in, in every shard, without searching. */
  preload(terms: string): Promise<void>;
}

interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matched words (present before the fragment is loaded). */
  words?: number[];
  matchedMetaFields?: string[];
  data(): Promise<{ url: string; content: string; raw_content?: string; meta?: Record<string, string>; filters?: Record<string, string[]>; anchors?: Anchor[] }>;
}

export interface PagefindOptions {
  /** URL of the `pagefind/` folder, ending in `/`. */
  bundlePath: string;
  /** Prefix for result URLs (Pagefind's `baseUrl`); default `/`. */
  baseUrl?: string;
  /** How many shards the index has (engine/shards.ts); default 1. */
  shards?: number;
}

/** Starts Pagefind without query segmentation (see the module comment). */
export async function startPagefind(api: PagefindApi, options: PagefindOptions): Promise<void> {
  await api.options({ basePath: options.bundlePath, baseUrl: options.baseUrl ?? '/', noWorker: true, excerptLength: 0 });
  const html = typeof document !== 'undefined' ? document.documentElement : null;
  const lang = html?.getAttribute('lang') ?? null;
  // Pagefind reads the language synchronously when it starts; `und` is no language it segments.
  html?.setAttribute('lang', 'und');
  let started: Promise<void>;
  try {
    started = api.init();
  } finally {
    if (html) lang === null ? html.removeAttribute('lang') : html.setAttribute('lang', lang);
  }
  await started;
  const shards = Array.from({ length: Math.max(0, (options.shards ?? 1) - 1) }, (_, i) => `${options.bundlePath}${shardFolder(i + 2)}`);
  await Promise.all(shards.map((path) => api.mergeIndex(path, { baseUrl: options.baseUrl ?? '/', excerptLength: 0 })));
}

/**
 * Our filters (values of one key are alternatives) → Pagefind's, where an array means all of them
 * and `{ any: [...] }` one of them.
 */
export function toPagefindFilters(filters: Filters): Record<string, string | { any: string[] }> {
  const out: Record<string, string | { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters)) {
    if (!values?.length) continue;
    out[key] = values.length === 1 ? values[0]! : { any: values };
  }
  return out;
}

/** Pagefind's `content` after data() has dropped the separators; `raw_content` keeps them (escaped). */
const contentWithSeparators = (d: { content: string; raw_content?: string }) =>
  d.raw_content !== undefined ? d.raw_content.replace(/&lt;/g, '<').replace(/&gt;/g, '>') : d.content;

/** `bundlePath`: the `pagefind/` folder's URL, ending in `/`, as given to startPagefind. */
export function pagefindRetriever(api: PagefindApi, bundlePath: string): Retriever {
  const results = new Map<string, PagefindResult>();
  let continuations: Promise<Continuations> | null = null;
  const loadContinuations = () =>
    (continuations ??= fetch(`${bundlePath}${continuationsFile}`)
      .then((response) => {
        if (!response.ok) throw new Error(`search: ${continuationsFile}: HTTP ${response.status}`);
        return response.text();
      })
      .then(parseContinuations)
      .catch((error: unknown) => {
        continuations = null; // a later search tries again
        throw error;
      }));
  const preloadFamily = async (character: string) => {
    const terms = (await loadContinuations())[character];
    if (terms?.length) await api.preload(terms.join(' '));
  };
  const pages = new Map<string, Promise<PageData>>();
  const hitsOf = (found: { results: PagefindResult[] } | null): Hit[] =>
    (found?.results ?? []).map((r) => {
      if (!results.has(r.id)) results.set(r.id, r);
      return { id: r.id, words: r.words ?? [], score: r.score, inTitle: r.matchedMetaFields?.includes('title') ?? false };
    });
  // Pieces are sent without spaces or punctuation, so Pagefind never splits or drops one.
  const clean = (piece: string) => piece.replace(/[\s"]+/g, '');
  return {
    async find(piece, filters) {
      const options = { filters: toPagefindFilters(filters) };
      const word = clean(piece);
      if ([...word].length === 1) await preloadFamily(word);
      // A piece no page has would match the longest indexed word it starts with instead (届换 →
      // 届): Pagefind's fallback. A quoted search looks the piece up exactly, never falls back,
      // but reports one position per page, so it only says whether the piece is there at all.
      // (One character has nothing shorter to fall back to, and may only exist inside words.)
      if ([...word].length > 1 && !(await api.search(`"${word}"`, options))?.results.length) return [];
      return hitsOf(await api.search(word, options));
    },
    all: async (filters) => hitsOf(await api.search(null, { filters: toPagefindFilters(filters) })),
    loose: async (pieces, filters) => hitsOf(await api.search(pieces.map(clean).filter(Boolean).join(' '), { filters: toPagefindFilters(filters) })),
    load(id) {
      let page = pages.get(id);
      if (!page) {
        const result = results.get(id);
        if (!result) return Promise.reject(new Error(`search: page ${id} was never found`));
        page = result.data().then((d) => ({
          url: d.url,
          content: contentWithSeparators(d),
          meta: d.meta ?? {},
          filters: d.filters ?? {},
          anchors: d.anchors ?? [],
        }));
        pages.set(id, page);
      }
      return page;
    },
  };
}
