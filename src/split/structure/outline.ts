/**
 * Paragraphs → outline: nested numbered items (一、 （一） 1. 1、 （1） ① —— and bold leads) and task
 * tables. Nesting follows the order styles are met, as a reader would: a style already open closes
 * back to its level, a new one opens a level below.
 */
import type { Paragraph } from './paragraphs.ts';
import { foldWidth } from '../../model/name-key.ts';
import { readMarker, readDigitLedNumber, markerLabel, INLINE_MARKER, type Marker, type MarkerStyle } from './outline-markers.ts';
import { textToCells, cellsToColumns } from './task-table.ts';
import { headingOf, noMarker, type ItemNode, type OutlineItem, type OutlineNode, type TableNode } from './outline-nodes.ts';
import { addGroup, addRow, categoryText, rowsFollowing } from './outline-tables.ts';

export { headingOf };
export type { GroupNode, ItemNode, OutlineItem, OutlineNode, RowNode, TableNode } from './outline-nodes.ts';

/** Where the next inline item starts in `text` (documents flattened onto a few lines), or -1. */
function nextInlineCut(text: string, expected: (m: Marker) => boolean): number {
  INLINE_MARKER.lastIndex = 1;
  let m: RegExpExecArray | null;
  while ((m = INLINE_MARKER.exec(text))) {
    const at = m.index + m[0].length;
    const ahead = text.slice(at, at + 12);
    const marker = readMarker(foldWidth(ahead), ahead);
    if (marker && expected(marker)) return m.index;
  }
  return -1;
}

// “1、” and “2.” are one list when the number goes on: writers mix the two arabic styles in one list
// (“1、…；2.…”), while a sub-list of the other style starts again at 1.
const ARABIC_TWIN: Partial<Record<MarkerStyle, MarkerStyle>> = { 'num-dot': 'num-dun', 'num-dun': 'num-dot' };

const BOLD_LEAD = [/^\*\*[^*]{2,60}?[。：:]\*\*/, /^\*\*[^*]{2,60}\*\*\S/];

/** The outline as it is being read: the top-level items, the open items and the open table. */
class OutlineBuilder {
  readonly items: OutlineItem[] = [];
  private readonly stack: OutlineNode[] = [];
  private table: TableNode | null = null;

  private get top(): OutlineNode | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Children of each style under each parent (the top level under `this`), counted as they are attached. */
  private readonly styleCounts = new Map<OutlineNode | OutlineBuilder, Map<MarkerStyle, number>>();

  private attach(node: OutlineNode): void {
    const parent = this.top ?? this;
    if (this.top) this.top.children.push(node);
    else this.items.push({ type: 'node', node });
    const counts = this.styleCounts.get(parent) ?? new Map<MarkerStyle, number>();
    counts.set(node.marker.style, (counts.get(node.marker.style) ?? 0) + 1);
    this.styleCounts.set(parent, counts);
  }

  /** The 1-based place of the next sibling of this style: counted, not searched (documents of 10,000 items). */
  private ordinal(style: MarkerStyle): number {
    return (this.styleCounts.get(this.top ?? this)?.get(style) ?? 0) + 1;
  }

  /** Where an item of this style and number closes back to: the open item of its style, or of its twin continued. */
  private openAt(style: MarkerStyle, number: number | null = null): number {
    const twin = ARABIC_TWIN[style];
    return this.stack.findLastIndex(
      (n) => n.kind === 'item' && (n.marker.style === style || (n.marker.style === twin && number !== null && number > 1 && n.marker.number === number - 1)),
    );
  }

  /** Whether `m` is the number a reader expects next: the first of a new style, or the next of an open one. */
  readonly expected = (m: Marker): boolean => {
    const at = this.openAt(m.style, m.number);
    if (at < 0) return m.number === 1 || m.style === 'dash';
    return m.number === null || m.number === (this.stack[at].marker.number ?? 0) + 1;
  };

  /** “3.5G…” right after item 2. of an open list: item 3, not a decimal. */
  private digitLedNext(text: string): Marker | null {
    const m = readDigitLedNumber(foldWidth(text), text);
    const at = this.stack.findLastIndex((n) => n.kind === 'item' && n.marker.style === 'num-dot');
    return m && at >= 0 && m.number === (this.stack[at].marker.number ?? 0) + 1 ? m : null;
  }

  startItem(marker: Marker, rest: string, line: number): ItemNode {
    const at = this.openAt(marker.style, marker.number);
    if (at >= 0) this.stack.length = at;
    const parent = this.top;
    const label = markerLabel(marker, this.ordinal(marker.style));
    const node: ItemNode = {
      kind: 'item', marker, label, path: parent ? `${parent.path}.${label}` : label, depth: this.stack.length + 1,
      heading: headingOf(rest), paragraphs: [{ line, text: rest }], line, children: [],
    };
    this.attach(node);
    this.stack.push(node);
    return node;
  }

  /** Text outside the outline (header, signature): it closes every open item. */
  closeAll(paragraph: Paragraph | null): void {
    this.stack.length = 0;
    this.table = null;
    if (paragraph) this.items.push({ type: 'paragraph', paragraph });
  }

  /** An attachment's title: the first body line after “附件”. */
  takesAttachmentTitle(p: Paragraph): boolean {
    const top = this.top;
    if (top?.marker.style !== 'attachment' || top.heading || textToCells(p.text)) return false;
    top.heading = headingOf(p.text);
    top.paragraphs.push({ line: p.line, text: p.text });
    return true;
  }

  /**
   * A table header, a row, or a category line in a table; false when the paragraph is not table
   * text. `rowsFollow`: whether table rows come next (after any further category lines): a heading
   * with none after it is the document's next section, and it ends the table.
   */
  takesTableLine(p: Paragraph, rowsFollow: boolean): boolean {
    const cells = textToCells(p.text);
    const category = categoryText(p.text, cells);
    if (this.table && category !== null && rowsFollow) return addGroup(this.table, category, p.line), true;
    if (!cells) {
      this.table = null;
      return false;
    }
    const columns = cellsToColumns(cells);
    if (columns) {
      const label = `表${this.ordinal('dash')}`;
      const parent = this.top;
      this.table = {
        kind: 'table', marker: noMarker, label, path: parent ? `${parent.path}.${label}` : label,
        depth: this.stack.length + 1, heading: '', paragraphs: [], line: p.line, children: [], columns, header: cells,
      };
      this.attach(this.table);
      return true;
    }
    if (this.table) return addRow(this.table, cells, p.line), true;
    return false;
  }

  /** Body text: numbered items, perhaps several run together on one line, bold leads, or continuation. */
  addText(p: Paragraph): void {
    let rest = p.text;
    while (rest) {
      const lead = rest.startsWith('**') ? rest.slice(2) : rest;
      const marker = readMarker(foldWidth(lead), lead) ?? this.digitLedNext(lead);
      const body = marker ? (rest.startsWith('**') ? '**' : '') + lead.slice(marker.text.length).trimStart() : rest;
      // Open the item first: which inline number comes next depends on it.
      const node = marker ? this.startItem(marker, body, p.line) : null;
      const cut = nextInlineCut(body, this.expected);
      const piece = cut < 0 ? body : body.slice(0, cut);
      rest = cut < 0 ? '' : body.slice(cut).trimStart();
      if (node) {
        node.paragraphs[0].text = piece;
        node.heading = headingOf(piece);
      } else if (BOLD_LEAD.some((re) => re.test(piece))) this.startItem({ style: 'bold', number: null, text: '' }, piece, p.line);
      else if (this.top) this.top.paragraphs.push({ line: p.line, text: piece });
      else this.items.push({ type: 'paragraph', paragraph: { ...p, text: piece } });
    }
  }
}

export function paragraphsToOutline(paragraphs: Paragraph[]): OutlineItem[] {
  const outline = new OutlineBuilder();
  const rowsAt = rowsFollowing(paragraphs);
  paragraphs.forEach((p, i) => {
    if (p.role === 'attachment-start') {
      // An attachment is a section of its own; its numbering starts afresh beneath it.
      outline.closeAll(null);
      outline.startItem({ style: 'attachment', number: null, text: p.text }, '', p.line);
    } else if (p.role !== 'body') outline.closeAll(p);
    else if (!outline.takesAttachmentTitle(p) && !outline.takesTableLine(p, rowsAt[i + 1])) outline.addText(p);
  });
  return outline.items;
}
