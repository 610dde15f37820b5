/**
 * Task tables (任务清单 / 任务分工表) written as text: rows of cells separated by tabs or “ | ”,
 * under a header row naming the columns.
 */
import { foldWidth } from '../../model/name-key.ts';

export type ColumnRole = 'seq' | 'task' | 'measure' | 'deadline' | 'lead' | 'support' | 'unit' | 'person' | 'other';

const COLUMN_NAMES: [ColumnRole, RegExp][] = [
  ['seq', /^(?:序号|编号|序)$/],
  ['person', /(?:责任人|负责人|分管领导|联系人|领导)$/],
  ['support', /(?:配合单位|协同单位|配合部门|协办单位|参与单位|配合处室)$/],
  ['lead', /(?:牵头单位|牵头部门|主责单位|牵头处室|主办单位)$/],
  ['unit', /(?:责任单位|责任部门|负责处室|责任处室|承办单位|实施主体|责任主体)$/],
  ['deadline', /(?:完成时间|完成时限|时限|时间节点|进度安排|完成期限|时间)$/],
  ['measure', /(?:措施|具体措施|工作措施|主要内容|工作内容|具体内容|举措|工作要求|目标要求)$/],
  ['task', /(?:任务|重点任务|工作任务|项目|工作事项|事项|任务名称|主要任务)$/],
];

/** The cells of a table row, or null when the text is not one. */
export function textToCells(text: string): string[] | null {
  let cells: string[];
  if (text.includes('\t')) {
    // Every tab separates two cells: an empty cell is a real (merged or blank) cell.
    cells = text.replace(/[ \r\u3000]+$/, '').split('\t');
  } else if (/\s[|｜]\s|^\s*[|｜]|[|｜]\s*$/.test(text) || (text.match(/[|｜]/g)?.length ?? 0) >= 2) {
    const t = text.trim();
    cells = t.split(/[|｜]/);
    // “| a | b |”: bars at both ends frame the row; a bar only at the end is followed by an empty cell.
    if (/^[|｜]/.test(t)) {
      cells.shift();
      if (/[|｜]$/.test(t)) cells.pop();
    }
  } else return null;
  cells = cells.map((c) => c.trim());
  return cells.filter(Boolean).length >= 2 ? cells : null;
}

/** Column roles when `cells` is a header row; null when it is not. */
export function cellsToColumns(cells: string[]): ColumnRole[] | null {
  const roles = cells.map((cell) => {
    const name = foldWidth(cell).replace(/\s/g, '');
    return COLUMN_NAMES.find(([, re]) => re.test(name))?.[0] ?? 'other';
  });
  const known = roles.filter((r) => r !== 'other').length;
  const hasWork = roles.includes('task') || roles.includes('measure');
  return known >= 2 && hasWork ? roles : null;
}

/**
 * Columns whose empty cell means “same as above” (a vertically merged cell lost in conversion):
 * the task, its lead unit, its time limit, its leader. An empty 配合单位 is just empty.
 */
const CARRIED: ReadonlySet<ColumnRole> = new Set(['seq', 'task', 'lead', 'deadline', 'person']);

export interface TableRow {
  /** Cells lined up with the header; a cell merged with the row above is ''. */
  cells: string[];
  /** The same with merged cells taken from the row above. */
  filled: string[];
  /** How many leading cells were merged with the row above. */
  merged: number;
}

/** Lines a row up with the header: a row with fewer cells lost its leading (merged) cells. */
export function cellsToRow(cells: string[], columns: ColumnRole[], previous: TableRow | null): TableRow {
  const width = columns.length;
  const own = cells.length > width ? [...cells.slice(0, width - 1), cells.slice(width - 1).join(' ')] : cells;
  const missing = width - own.length;
  const lined = [...Array(missing).fill(''), ...own];
  // Leading cells that are missing or empty were merged with the row above.
  let merged = 0;
  while (merged < width - 1 && lined[merged] === '') merged++;
  const filled = lined.map((c, i) => (c === '' && previous && (i < merged || CARRIED.has(columns[i])) ? previous.filled[i] : c));
  return { cells: lined, filled, merged: previous ? merged : 0 };
}

export function cellsOf(row: TableRow, columns: ColumnRole[], role: ColumnRole): string[] {
  return columns.flatMap((r, i) => (r === role && row.filled[i] ? [row.filled[i]] : []));
}
