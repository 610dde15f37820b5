/**
 * Lining up a table row that has fewer cells than the header. Cells merged with the row above
 * (or below) are lost in conversion on the left, on the right, or both, so a short row is lined up
 * by what its cells contain — a number, a time, organs, people, sentences — not by counting from one side.
 */
import { ORG_SUFFIX, PERSON_SUFFIX } from '../text/patterns.ts';
import type { ColumnRole } from './column-role.ts';

export type CellKind = 'empty' | 'seq' | 'subseq' | 'time' | 'units' | 'person' | 'number' | 'text';

const SEQ = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})$/;
/** “1—2”, “3-1”: the number of a sub-item under item 1 or 3. */
const SUB_SEQ = /^\d{1,3}\s*[—\-－–]+\s*\d{1,3}$/;
const NUMBER = /^[\u4e00-\u9fa5]{0,3}\d+(?:[.．]\d+)?\s*(?:[\u4e00-\u9fa5]{0,4}|%)$/;
/** Words of a time limit, a period or a frequency; a time cell is a short phrase made of them. */
const TIME_WORD = /\d{1,4}\s*年|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|季度|上半年|下半年|年底|年内|年末|全年|每[年月周日天季]|寒假|暑假|开学|学期|学年|长期|持续|常态|待定|[底前]$|以前|期间/;
const TIME_MAX = 30;
const LABEL = /(?:牵头|主办|配合|协办|责任|负责)(?:单位|部门|处室)?\s*[:：]/g;
/** A telephone number, whole or masked: contact columns hold people. */
const PHONE = /\d{3,}[*＊]{2,}\d+|\d{7,}/;

/** The words of a cell, with letter spacing (“团 委”, “蒋 明”) joined. */
function words(cell: string): string[] {
  return cell.replace(LABEL, ' ').replace(/(?<=^|\s)([\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5](?:\s|$))/g, '$1').split(/[、，,；;\s\u3000]+/).filter(Boolean);
}

const isOrgan = (w: string) => w.length >= 2 && (ORG_SUFFIX.test(w) || /^各[\u4e00-\u9fa5]{1,6}$/.test(w)) && !PERSON_SUFFIX.test(w);
const isPerson = (w: string) => /^[\u4e00-\u9fa5]{1,4}$/.test(w) || PERSON_SUFFIX.test(w);

export function cellKind(cell: string): CellKind {
  const t = cell.trim();
  if (!t) return 'empty';
  if (SEQ.test(t)) return 'seq';
  if (SUB_SEQ.test(t)) return 'subseq';
  if (t.length <= TIME_MAX && !/[。]/.test(t) && TIME_WORD.test(t)) return 'time';
  if (NUMBER.test(t)) return 'number';
  const ws = words(t);
  if (ws.length && t.length <= 80 && ws.every(isOrgan)) return 'units';
  if (t.length <= 40 && (PHONE.test(t) || (ws.length && ws.every(isPerson)))) return 'person';
  return 'text';
}

/** How well a cell of a kind fits a column of a role: rules as data, each row read as “this role expects …”. */
const FIT: Record<ColumnRole, Partial<Record<CellKind, number>>> = {
  seq: { seq: 3, subseq: 3, number: 1 },
  deadline: { time: 3 },
  lead: { units: 3, person: -2, time: -2 },
  unit: { units: 3, person: -2, time: -2 },
  support: { units: 3, person: -2, time: -2 },
  person: { person: 3, text: 0.5, units: -1, time: -2 },
  name: { text: 2, units: 0.5 },
  task: { text: 2, units: 0.5 },
  measure: { text: 2, units: 0.5 },
  other: { text: 1, number: 1 },
};

function fit(kind: CellKind, role: ColumnRole): number {
  if (kind === 'empty') return 0;
  return FIT[role][kind] ?? (['seq', 'subseq'].includes(kind) ? -2 : 0);
}

/** A column skipped between two cells of a row: a merged cell inside a row is rarer than at its ends. */
const GAP = 0.1;

/**
 * The column of each cell: the order kept, the best total fit, few gaps inside the row. Among equal
 * fits the later columns win, so a row with nothing to tell lines up on the right (its merged
 * cells on the left).
 */
export function alignCells(cells: string[], columns: ColumnRole[]): number[] {
  const n = cells.length;
  const m = columns.length;
  if (!n) return [];
  const kinds = cells.map(cellKind);
  // best[i][j]: the best score of cells 0..i with cell i in column j; from[i][j]: cell i-1's column then.
  const best = kinds.map(() => Array<number>(m).fill(-Infinity));
  const from = kinds.map(() => Array<number>(m).fill(-1));
  for (let i = 0; i < n; i++) {
    for (let j = i; j <= m - n + i; j++) {
      const here = fit(kinds[i], columns[j]);
      if (i === 0) best[i][j] = here;
      for (let k = i - 1; i > 0 && k < j; k++) {
        const score = best[i - 1][k] - GAP * (j - 1 - k) + here;
        if (score >= best[i][j]) [best[i][j], from[i][j]] = [score, k];
      }
    }
  }
  let j = best[n - 1].reduce((at, v, k) => (v >= best[n - 1][at] ? k : at), 0);
  const at: number[] = [];
  for (let i = n - 1; i >= 0; i--) [at[i], j] = [j, from[i][j]];
  return at;
}

/**
 * Where a row wider than its header has a sub-item number (“1—1”) in a column whose header cell
 * names something else, the header left that number column unnamed: its index, or -1.
 */
export function unnamedNumberColumn(cells: string[], columns: ColumnRole[]): number {
  if (cells.length !== columns.length + 1) return -1;
  return cells.findIndex((c, i) => i > 0 && cellKind(c) === 'subseq' && columns[i] !== 'seq');
}
