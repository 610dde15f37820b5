/**
 * Paragraphs → outline: nested numbered items (一、 （一） 1. 1、 （1） ① —— and bold leads) and task
 * tables. Nesting follows the order styles are met, as a reader would: a style already open closes
 * back to its level, a new one opens a level below.
 */
import type { Paragraph } from './paragraphs.ts';
import { foldWidth } from '../../model/name-key.ts';
import { readMarker, markerLabel, INLINE_MARKER, type Marker, type MarkerStyle } from './outline-markers.ts';
import { textToCells, cellsToColumns, cellsToRow, type ColumnRole, type TableRow } from './task-table.ts';
import { stripBold } from '../text/text-utils.ts';

export interface OutlineNode {
  kind: 'item' | 'table' | 'group' | 'row';
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
  /** For tables and their rows: the column roles; tables also keep their header cells; rows their cells. */
  columns?: ColumnRole[];
  header?: string[];
  row?: TableRow;
}

export type OutlineItem = { type: 'paragraph'; paragraph: Paragraph } | { type: 'node'; node: OutlineNode };

const HEADING_MAX = 60;

/** A node's heading: its bold lead, or its first sentence, as written. */
export function headingOf(text: string): string {
  const bold = /^\*\*([\s\S]+?)\*\*/.exec(text);
  if (bold) return stripBold(bold[1]).trim().replace(/[。：:；;，,]+$/, '');
  const plain = stripBold(text).trim();
  const end = plain.search(/[。！？!?]|[：:](?!\S*$)/);
  if (end > 0 && end <= HEADING_MAX) return plain.slice(0, end);
  if (end < 0 && plain.length <= HEADING_MAX) return plain.replace(/[：:；;，,]+$/, '');
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

export function paragraphsToOutline(paragraphs: Paragraph[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  const stack: OutlineNode[] = [];
  let table: OutlineNode | null = null;

  const attach = (node: OutlineNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else items.push({ type: 'node', node });
  };
  const ordinal = (style: MarkerStyle) => {
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : items.flatMap((i) => (i.type === 'node' ? [i.node] : []));
    return siblings.filter((s) => s.marker.style === style).length + 1;
  };
  const openAt = (style: MarkerStyle) => stack.findLastIndex((n) => n.kind === 'item' && n.marker.style === style);
  const expected = (m: Marker) => {
    const at = openAt(m.style);
    if (at < 0) return m.number === 1 || m.style === 'dash';
    return m.number === null || m.number === (stack[at].marker.number ?? 0) + 1;
  };

  const startNode = (marker: Marker, rest: string, line: number) => {
    const at = openAt(marker.style);
    if (at >= 0) stack.length = at;
    const parent = stack[stack.length - 1];
    const label = markerLabel(marker, ordinal(marker.style));
    const node: OutlineNode = {
      kind: 'item', marker, label, path: parent ? `${parent.path}.${label}` : label, depth: stack.length + 1,
      heading: headingOf(rest), paragraphs: [{ line, text: rest }], line, children: [],
    };
    attach(node);
    stack.push(node);
    return node;
  };

  for (const p of paragraphs) {
    if (p.role === 'attachment-start') {
      // An attachment is a section of its own; its numbering starts afresh beneath it.
      stack.length = 0;
      table = null;
      startNode({ style: 'attachment', number: null, text: p.text }, '', p.line);
      continue;
    }
    if (p.role !== 'body') {
      stack.length = 0;
      table = null;
      items.push({ type: 'paragraph', paragraph: p });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top?.marker.style === 'attachment' && !top.heading && !textToCells(p.text)) {
      top.heading = headingOf(p.text);
      top.paragraphs.push({ line: p.line, text: p.text });
      continue;
    }
    const cells = textToCells(p.text);
    // A category line inside a table (“一、提升政务服务效能”) groups the rows below it.
    if (!cells && table && isCategoryLine(p.text)) {
      addGroup(table, p.text, p.line);
      continue;
    }
    if (cells) {
      const columns = cellsToColumns(cells);
      if (columns) {
        table = {
          kind: 'table', marker: { style: 'dash', number: null, text: '' }, label: `表${ordinal('dash')}`, path: '',
          depth: stack.length + 1, heading: '', paragraphs: [], line: p.line, children: [], columns, header: cells,
        };
        const parent = stack[stack.length - 1];
        table.path = parent ? `${parent.path}.${table.label}` : table.label;
        attach(table);
        continue;
      }
      if (table) {
        addRow(table, cells, p.line);
        continue;
      }
    } else table = null;

    let rest = p.text;
    while (rest) {
      const lead = rest.startsWith('**') ? rest.slice(2) : rest;
      const marker = readMarker(foldWidth(lead), lead);
      const body = marker ? (rest.startsWith('**') ? '**' : '') + lead.slice(marker.text.length).trimStart() : rest;
      // Open the item first: which inline number comes next depends on it.
      const node = marker ? startNode(marker, body, p.line) : null;
      const cut = nextInlineCut(body, expected);
      const piece = cut < 0 ? body : body.slice(0, cut);
      rest = cut < 0 ? '' : body.slice(cut).trimStart();
      if (node) {
        node.paragraphs[0].text = piece;
        node.heading = headingOf(piece);
      } else if (/^\*\*[^*]{2,60}?[。：:]\*\*/.test(piece) || /^\*\*[^*]{2,60}\*\*\S/.test(piece)) {
        startNode({ style: 'bold', number: null, text: '' }, piece, p.line);
      } else if (stack.length) stack[stack.length - 1].paragraphs.push({ line: p.line, text: piece });
      else items.push({ type: 'paragraph', paragraph: { ...p, text: piece } });
    }
  }
  return items;
}

const CATEGORY_MAX = 40;

function isCategoryLine(text: string): boolean {
  const t = text.trim();
  return t.length <= CATEGORY_MAX && !/[。；;]/.test(t) && readMarker(foldWidth(t), t) !== null;
}

function addGroup(table: OutlineNode, text: string, line: number): void {
  const t = text.trim();
  const marker = readMarker(foldWidth(t), t)!;
  const label = markerLabel(marker, table.children.length + 1);
  table.children.push({
    kind: 'group', marker, label, path: `${table.path}.${label}`, depth: table.depth + 1,
    heading: headingOf(t.slice(marker.text.length).trim()), paragraphs: [{ line, text: t.slice(marker.text.length).trim() }],
    line, children: [], columns: table.columns,
  });
}

function addRow(table: OutlineNode, cells: string[], line: number): void {
  const columns = table.columns!;
  const last = table.children[table.children.length - 1];
  const parent = last?.kind === 'group' ? last : table;
  // Merged cells continue the row above, but never across a category line.
  const previous = parent.children[parent.children.length - 1]?.row ?? null;
  const row = cellsToRow(cells, columns, previous);
  const seqAt = columns.indexOf('seq');
  const seq = seqAt >= 0 ? row.filled[seqAt] : '';
  const sameSeq = parent.children.filter((c) => c.row && seqAt >= 0 && c.row.filled[seqAt] === seq).length;
  const base = seq && /^\S{1,6}$/.test(seq) ? seq : String(parent.children.length + 1);
  const label = sameSeq > 0 ? `${base}-${sameSeq + 1}` : base;
  const pick = (role: ColumnRole) => columns.flatMap((r, i) => (r === role && row.filled[i] ? [row.filled[i]] : []));
  const own = (role: ColumnRole) => columns.flatMap((r, i) => (r === role && row.cells[i] ? [row.cells[i]] : []));
  const heading = headingOf(own('measure')[0] ?? own('task')[0] ?? pick('measure')[0] ?? pick('task')[0] ?? cells.join(' '));
  parent.children.push({
    kind: 'row', marker: { style: 'dash', number: null, text: '' }, label, path: `${parent.path}.${label}`,
    depth: parent.depth + 1, heading, paragraphs: [], line, children: [], row, columns,
  });
}
