/** The document outline as a tree for the table of contents (the split gives it flat, with depths). */
import type { OutlineEntry } from '../model/schemas/document.ts';

export interface OutlineNode extends OutlineEntry {
  children: OutlineNode[];
}

/** Nests entries under the nearest earlier entry of smaller depth; a skipped level nests under what is there. */
export function outlineTreeOf(entries: OutlineEntry[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const entry of entries) {
    const node: OutlineNode = { ...entry, children: [] };
    while (stack.length && stack.at(-1)!.depth >= node.depth) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** The outline entry for a measure, for its anchor in the document page. */
export const outlineEntryOf = (entries: OutlineEntry[], measureId: string) =>
  entries.find((e) => e.measureId === measureId);
