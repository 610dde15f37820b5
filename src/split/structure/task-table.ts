/**
 * Task tables (任务清单 / 任务分工表) written as text: rows of cells separated by tabs or “ | ”,
 * under a header row naming the columns.
 */
import { foldWidth } from '../../model/name-key.ts';
import { alignCells } from './row-alignment.ts';

import type { ColumnRole } from './column-role.ts';

export type { ColumnRole };

/**
 * What a header cell names, tried in order; the first rule whose pattern occurs in the cell wins.
 * Order matters: “责任单位负责人” names a person, “完成时限” a time, “配合处室” supporting units.
 */
const COLUMN_RULES: { role: ColumnRole; re: RegExp; why: string }[] = [
  { role: 'seq', re: /^(?:序号|编号|序|子?项目序号|子序号|子项序号)$/, why: 'the row number, and the number of a sub-item' },
  { role: 'person', re: /负责人|责任人|联系人|联系方式|联系电话|领导|校长|书记|姓名|经办人/, why: 'people and posts are never units' },
  { role: 'deadline', re: /(?:时间|时限|期限|节点|日期|进度安排)$/, why: 'the time limit of the row' },
  { role: 'unit', re: /^主办[/／、]协办$|^牵头[/／、]配合$/, why: 'both roles in one cell: the names are read lead first' },
  { role: 'support', re: /^(?:配合|协办|协同|参与|协助)\S{0,4}(?:单位|部门|处室|科室|机构)?$/, why: 'supporting units' },
  { role: 'lead', re: /^(?:牵头|主办|主责|主管)\S{0,4}(?:单位|部门|处室|科室|机构)?$/, why: 'lead units, also “牵头考核单位”' },
  { role: 'unit', re: /(?:单位|部门|处室|科室|机构|主体|年段|责任方)$/, why: 'responsible units: 责任单位, 负责处室/年段, 指导部门' },
  { role: 'name', re: /名称$/, why: 'the name of the row’s item (项目名称, 子项目名称): it titles the row' },
  { role: 'measure', re: /(?:措施|内容|举措|要求|描述|细化|做法)$/, why: 'what is to be done, in sentences' },
  { role: 'task', re: /(?:任务|项目|事项|名称|工作|指标)$/, why: 'the name of the task' },
];
/** Header cells are short labels. */
const HEADER_CELL_MAX = 16;

/** The cells of a table row, or null when the text is not one. */
export function textToCells(text: string): string[] | null {
  let cells: string[];
  if (text.includes('\t')) {
    // Every tab separates two cells: an empty cell is a real (merged or blank) cell.
    cells = text.replace(/(?<![ \r\u3000])[ \r\u3000]+$/, '').split('\t');
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
    return COLUMN_RULES.find(({ re }) => re.test(name))?.role ?? 'other';
  });
  const known = roles.filter((r) => r !== 'other').length;
  const hasWork = roles.includes('name') || roles.includes('task') || roles.includes('measure');
  // Most cells of a header name a column; a data row of short cells (“2 | 年度工作 | 全年 | 各处室”) does not.
  const labels = cells.every((c) => c.length <= HEADER_CELL_MAX && !/[。，；]/.test(c)) && known * 2 >= cells.filter(Boolean).length;
  return labels && known >= 2 && hasWork ? roles : null;
}

/**
 * Columns whose empty cell means “same as above” (a vertically merged cell lost in conversion):
 * the task, its lead unit, its time limit, its leader. An empty 配合单位 is just empty.
 */
const CARRIED: ReadonlySet<ColumnRole> = new Set(['seq', 'name', 'task', 'lead', 'deadline', 'person']);

export interface TableRow {
  /** Cells lined up with the header; a cell merged with the row above is ''. */
  cells: string[];
  /** The same with merged cells taken from the row above. */
  filled: string[];
  /** How many leading cells were merged with the row above. */
  merged: number;
}

/**
 * Lines a row up with the header. A row with fewer cells lost its merged cells, on either side:
 * its cells go where their content fits (row-alignment), and every column it lacks is merged
 * with the row above.
 */
export function cellsToRow(cells: string[], columns: ColumnRole[], previous: TableRow | null): TableRow {
  const width = columns.length;
  const own = cells.length > width ? [...cells.slice(0, width - 1), cells.slice(width - 1).join(' ')] : cells;
  const at = own.length === width ? own.map((_, i) => i) : alignCells(own, columns);
  const lined: string[] = Array(width).fill('');
  const written: boolean[] = Array(width).fill(false);
  at.forEach((column, i) => {
    lined[column] = own[i];
    written[column] = true;
  });
  // Leading cells that are missing or empty were merged with the row above.
  let merged = 0;
  while (merged < width - 1 && lined[merged] === '') merged++;
  const fromAbove = (i: number) => !written[i] || i < merged || CARRIED.has(columns[i]);
  const filled = lined.map((c, i) => (c === '' && previous && fromAbove(i) ? previous.filled[i] : c));
  return { cells: lined, filled, merged: previous ? merged : 0 };
}

export function cellsOf(row: TableRow, columns: ColumnRole[], role: ColumnRole): string[] {
  return columns.flatMap((r, i) => (r === role && row.filled[i] ? [row.filled[i]] : []));
}
