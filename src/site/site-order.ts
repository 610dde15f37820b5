/**
 * The site's orders, in one place because a build in parts computes from them twice: in each
 * Astro build (collections.ts) and before the builds, for the facts shared by the parts
 * (library-facts.ts). Related measures break ties by position, so both must sort alike.
 */
type Dated = { id: string; data: { date: string | null } };
type Ordered = { data: { documentId: string; order: number } };

/** Newest first; undated documents last; then by id. */
export const byDocumentOrder = (a: Dated, b: Dated) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id);

/** By document id, then in document order. */
export const byMeasureOrder = (a: Ordered, b: Ordered) => a.data.documentId.localeCompare(b.data.documentId) || a.data.order - b.data.order;
