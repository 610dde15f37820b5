/**
 * Which pages one Astro build renders. A library too large for one build (memory grows with it:
 * 2.9 GB at 1,000 documents, 14 GB at 10,000) is built in parts: each `documents` part renders the
 * document and measure pages of its share of the documents, from its share of the collections and
 * the library-wide facts those pages need (library-facts.ts); the one `library` part renders every
 * other page from all the collections' data, no document body compiled. `whole` is one build of all.
 */
export const siteParts = ['whole', 'documents', 'library'] as const;
export type SitePart = (typeof siteParts)[number];

/** POLICY_SITE_PART; unset or empty is a whole build. */
export function sitePartOf(value: string | undefined): SitePart {
  if (value === undefined || value === '') return 'whole';
  if ((siteParts as readonly string[]).includes(value)) return value as SitePart;
  throw new RangeError(`POLICY_SITE_PART: expected one of ${siteParts.join(', ')}, got ${JSON.stringify(value)}`);
}

/** Document and measure pages. */
export const rendersDocumentPages = (part: SitePart) => part !== 'library';
/** Every other page: lists, units, terms, deadlines, search, home. */
export const rendersLibraryPages = (part: SitePart) => part !== 'documents';

/** Where a `documents` part's library facts (library-facts.ts) lie: in its collections folder. */
export const libraryFactsFile = 'library-facts.json';
