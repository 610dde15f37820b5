/**
 * How much JavaScript heap the site build may use. Astro holds the whole content store in one
 * process (it inlines it as one module), so what the build keeps alive grows with the library:
 * under 1 GB at 1,000 documents, about 4 GB at 10,000, where Node's default limit (about 4 GB)
 * ended the build with "heap out of memory". The limit grows with the library instead: 1 MB a
 * document, never under Node's own 4 GB.
 */
export const siteHeapFloorMb = 4096;

export function siteHeapMb(documents: number): number {
  return Math.max(siteHeapFloorMb, Math.ceil(documents));
}
