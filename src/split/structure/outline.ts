/**
 * Paragraphs → outline: nested numbered items (一、 （一） 1. 1、 （1） ① —— and bold leads) and task
 * tables. Nesting follows the order styles are met, as a reader would: a style already open closes
 * back to its level, a new one opens a level below.
 */
import type { Paragraph } from './paragraphs.ts';
import { foldWidth } from '../../model/name-key.ts';
import { readMarker, readDigitLedNumber, markerLabel, INLINE_MARKER, type Marker, type MarkerStyle } from './outline-markers.ts';
import { textToCells, cellsToColumns, cellsToRow, type ColumnRole, type TableRow } from './task-table.ts';
import { unnamedNumberColumn } from './row-alignment.ts';
import { stripBold, boldSpans } from '../text/text-utils.ts';

interface NodeBase {
  marker: Marker;
  /** Path label of this level, e.g. `（四）`. */
  label: string;
  /** Full path, e.g. `四.（四）.3`. */
  path: string;
  depth: number;
  heading: string;
  /** The first paragraph's text after the marker, then the following paragraphs (may hold `**`). */
  paragraphs: { line: number; text: string }[];
  line: number;
  children: OutlineNode[];
}
/** A numbered item, a bold lead, an article or an attachment. */
export interface ItemNode extends NodeBase { kind: 'item' }
/** A task table: its header cells and the role of each column. */
export interface TableNode extends NodeBase { kind: 'table'; header: string[]; columns: ColumnRole[] }
/** A category line inside a table (“一、提升政务服务效能”): it groups the rows below it. */
export interface GroupNode extends NodeBase { kind: 'group'; columns: ColumnRole[] }
/** A table row, with its cells as written and with merged cells filled from the row above. */
export interface RowNode extends NodeBase { kind: 'row'; columns: ColumnRole[]; row: TableRow }
export type OutlineNode = ItemNode | TableNode | GroupNode | RowNode;

export type OutlineItem = { type: 'paragraph'; paragraph: Paragraph } | { type: 'node'; node: OutlineNode };

const HEADING_MAX = 60;

/** A node's heading: its bold lead, or its first sentence, as written. */
export function headingOf(text: string): string {
  const bold = text.startsWith('**') ? boldSpans(text)[0] : undefined;
  if (bold?.open === 0) return text.slice(2, bold.close).trim().replace(/(?<![。：:；;，,])[。：:；;，,]+$/, '');
  const plain = stripBold(text).trim();
  const end = plain.search(/[。！？!?]|[：:](?!\S*$)/);
  if (end > 0 && end <= HEADING_MAX) return plain.slice(0, end);
  if (end < 0 && plain.length <= HEADING_MAX) return plain.replace(/(?<![：:；;，,])[：:；;，,]+$/, '');
  const clause = plain.search(/[，,；;：:]/);
  if (clause > 0 && clause <= HEADING_MAX) return plain.slice(0, clause);
  return plain.slice(0, 40);
}

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
const noMarker: Marker = { style: 'dash', number: null, text: '' };

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

/**
 * For each index, whether a table row comes there, after any category lines: computed once from the
 * end, since a long run of short numbered lines (each a possible category) made a forward scan from
 * every paragraph quadratic.
 */
function rowsFollowing(paragraphs: Paragraph[]): boolean[] {
  const follows = new Array<boolean>(paragraphs.length + 1).fill(false);
  for (let k = paragraphs.length - 1; k >= 0; k--) {
    if (paragraphs[k].role !== 'body') continue;
    const cells = textToCells(paragraphs[k].text);
    follows[k] = categoryText(paragraphs[k].text, cells) === null ? cells !== null : follows[k + 1];
  }
  return follows;
}

const CATEGORY_MAX = 40;

function isCategoryLine(text: string): boolean {
  const t = text.trim();
  return t.length <= CATEGORY_MAX && !/[。；;]/.test(t) && readMarker(foldWidth(t), t) !== null;
}

/** Category numbers (一、 （一） 第一部分): a row's own 序号 is written in digits. */
const CATEGORY_STYLES: ReadonlySet<MarkerStyle> = new Set(['chapter', 'cn-dun', 'cn-paren']);

/**
 * The text of a category line (“一、提升政务服务效能”), also when written as a full-width table row
 * (“（二）金融项目 |  |  |”, “二、 | 优化营商环境”); null when the paragraph is not one.
 */
function categoryText(text: string, cells: string[] | null): string | null {
  if (!cells) return isCategoryLine(text) ? text.trim() : null;
  const filled = cells.filter(Boolean);
  if (filled.length > 2) return null;
  const joined = filled.join('');
  const marker = readMarker(foldWidth(joined), joined);
  return marker && CATEGORY_STYLES.has(marker.style) && isCategoryLine(joined) ? joined : null;
}

/** The table and its open categories, outermost first: rows and further categories go under the last. */
function openChain(table: TableNode): (TableNode | GroupNode)[] {
  const chain: (TableNode | GroupNode)[] = [table];
  for (let last = table.children.at(-1); last?.kind === 'group'; last = last.children.at(-1)) chain.push(last);
  return chain;
}

/** A category opens a level below the open one, or closes back to the open category of its own style. */
function addGroup(table: TableNode, text: string, line: number): void {
  const marker = readMarker(foldWidth(text), text);
  if (!marker) return;
  const open = openChain(table);
  const same = open.findIndex((g) => g.kind === 'group' && g.marker.style === marker.style);
  const parent = same > 0 ? open[same - 1] : open[open.length - 1];
  const label = markerLabel(marker, parent.children.filter((c) => c.kind === 'group').length + 1);
  const rest = text.slice(marker.text.length).trim();
  parent.children.push({
    kind: 'group', marker, label, path: `${parent.path}.${label}`, depth: parent.depth + 1,
    heading: headingOf(rest), paragraphs: [{ line, text: rest }], line, children: [], columns: table.columns,
  });
}

/** A header that left a sub-item number column unnamed gets it, where the first wider row shows it. */
function widenForNumberColumn(table: TableNode, cells: string[]): void {
  const at = unnamedNumberColumn(cells, table.columns);
  if (at < 0) return;
  table.columns = [...table.columns.slice(0, at), 'seq', ...table.columns.slice(at)];
  table.header = [...table.header.slice(0, at), '', ...table.header.slice(at)];
}

function addRow(table: TableNode, cells: string[], line: number): void {
  widenForNumberColumn(table, cells);
  const columns = table.columns;
  const parent = openChain(table).at(-1) ?? table;
  // Merged cells continue the row above, but never across a category line.
  const above = parent.children[parent.children.length - 1];
  const row = cellsToRow(cells, columns, above?.kind === 'row' ? above.row : null);
  const label = rowLabel(parent, row, columns);
  parent.children.push({
    kind: 'row', marker: noMarker, label, path: `${parent.path}.${label}`,
    depth: parent.depth + 1, heading: rowHeading(row, columns) || headingOf(cells.join(' ')), paragraphs: [], line, children: [], row, columns,
  });
}

/**
 * A row's title: the name of its own item (子项目名称 after a sub-item number, 项目名称), else its
 * own measure or task, else the ones it shares with the rows above.
 */
function rowHeading(row: TableRow, columns: ColumnRole[]): string {
  const itemAt = Math.max(0, columns.lastIndexOf('seq'));
  const take = (role: ColumnRole, cells: string[], from = 0) => columns.flatMap((r, i) => (i >= from && r === role && cells[i] ? [cells[i]] : []))[0];
  const text = take('name', row.cells, itemAt) ?? take('measure', row.cells) ?? take('task', row.cells) ?? take('name', row.cells)
    ?? take('measure', row.filled) ?? take('task', row.filled) ?? take('name', row.filled);
  return text ? headingOf(text) : '';
}

/** The row's 序号 as written; a row continued under the same 序号 gets `-2`, `-3`. */
function rowLabel(parent: OutlineNode, row: TableRow, columns: ColumnRole[]): string {
  // The last number column that has a value: a sub-item's own number rather than its item's.
  const seqAt = columns.findLastIndex((r, i) => r === 'seq' && row.filled[i]);
  const seq = seqAt >= 0 ? row.filled[seqAt] : '';
  const sameSeq = parent.children.filter((c) => c.kind === 'row' && seqAt >= 0 && c.row.filled[seqAt] === seq).length;
  const base = seq && /^\S{1,6}$/.test(seq) ? seq : String(parent.children.length + 1);
  return sameSeq > 0 ? `${base}-${sameSeq + 1}` : base;
}
