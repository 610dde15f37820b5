/**
 * The task tables of the outline: category lines that group rows, rows added under the open
 * group with their merged cells filled, labels from the 序号 column
 * (src/split/structure/outline.ts builds the outline and hands table lines here).
 */
import type { Paragraph } from './paragraphs.ts';
import { foldWidth } from '../../model/name-key.ts';
import { readMarker, markerLabel, type MarkerStyle } from './outline-markers.ts';
import { textToCells, cellsToRow, type ColumnRole, type TableRow } from './task-table.ts';
import { unnamedNumberColumn } from './row-alignment.ts';
import { headingOf, noMarker, type GroupNode, type OutlineNode, type TableNode } from './outline-nodes.ts';

/**
 * For each index, whether a table row comes there, after any category lines: computed once from the
 * end, since a long run of short numbered lines (each a possible category) made a forward scan from
 * every paragraph quadratic.
 */
export function rowsFollowing(paragraphs: Paragraph[]): boolean[] {
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
export function categoryText(text: string, cells: string[] | null): string | null {
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
export function addGroup(table: TableNode, text: string, line: number): void {
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

export function addRow(table: TableNode, cells: string[], line: number): void {
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
