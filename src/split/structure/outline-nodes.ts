/** The outline's nodes (items, tables, their category groups and rows) and how a node's heading is read. */
import type { Paragraph } from './paragraphs.ts';
import type { Marker } from './outline-markers.ts';
import type { ColumnRole, TableRow } from './task-table.ts';
import { stripBold, boldSpans } from '../text/text-utils.ts';

export interface NodeBase {
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

/** The marker of a table and its rows: they have no number of their own. */
export const noMarker: Marker = { style: 'dash', number: null, text: '' };
