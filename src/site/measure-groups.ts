/**
 * Measures grouped by their document, the documents in the site's order: how unit and term pages
 * list them. Pure, so its order can be tested without a build.
 */
export interface Grouped<D, M> {
  doc: D;
  measures: M[];
}

/**
 * The documents named, in the order of `rank` (a document's place in the site's list), each with
 * those of the measures named that it holds, in the order given; a document named without
 * measures gets an empty group, and a document the library does not hold is left out.
 *
 * Sorting the few documents named by rank, not filtering the whole list: a large library has a
 * page for each of 100,000 units, and a scan of 10,000 documents for each grew with the square.
 */
export function groupMeasuresByDocument<D, M extends { documentId: string }>(
  docs: { rank: ReadonlyMap<string, number>; at: (rank: number) => D },
  measureOf: (id: string) => M | undefined,
  documentIds: readonly string[],
  measureIds: readonly string[],
): Grouped<D, M>[] {
  const byDocument = new Map<string, M[]>(documentIds.map((id) => [id, []]));
  for (const id of measureIds) {
    const m = measureOf(id);
    if (!m) continue;
    const list = byDocument.get(m.documentId);
    if (list) list.push(m);
    else byDocument.set(m.documentId, [m]);
  }
  return [...byDocument.keys()]
    .filter((id) => docs.rank.has(id))
    .sort((a, b) => docs.rank.get(a)! - docs.rank.get(b)!)
    .map((id) => ({ doc: docs.at(docs.rank.get(id)!), measures: byDocument.get(id)! }));
}
