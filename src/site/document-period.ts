/**
 * A document's own period (its 实施期限), from the deadlines the split found outside any measure
 * (`三、工作时间 2018年—2020年`, `到2020年`): the page and the lists say 已到期 once it is over, as
 * government libraries mark 现行有效 / 已失效. Derived from the data only: a document without such
 * a deadline has no period, and a span relative to nothing (`用三年时间`) is not counted from the
 * document's date, which would be a guess. Pure.
 */
import type { Deadline } from '../model/schemas/deadline.ts';
import { deadlineEnd } from './deadline-status.ts';

export interface DocumentPeriod {
  /** The deadline that sets it, as the page shows it (`2018年至2020年`). */
  deadline: Deadline;
  /**
   * The last day anything under the document is due: the period's end, or a later dated
   * deadline of one of its measures, so a document is never called over while a measure of it
   * is still due.
   */
  end: string;
}

interface Entry {
  documentId: string;
  measureId: string | null;
  deadline: Deadline;
  line: number;
}

/**
 * Spans and horizons only: a period, or a date naming a month or a year (`到2020年`,
 * `2024年6月底`). A day (`3月15日前`) outside the measures is a one-off submission, not how long
 * the document runs.
 */
const setsPeriod = (d: Deadline) => d.kind === 'period' || (d.kind === 'date' && d.precision !== 'day');

/** Each document's period, by document id; documents without one are absent. */
export function documentPeriodsOf(entries: Entry[]): Map<string, DocumentPeriod> {
  const own = new Map<string, { deadline: Deadline; end: string; line: number }>();
  const latest = new Map<string, string>();
  for (const e of entries) {
    const end = deadlineEnd(e.deadline);
    if (end === null) continue;
    if (end > (latest.get(e.documentId) ?? '')) latest.set(e.documentId, end);
    if (e.measureId !== null || !setsPeriod(e.deadline)) continue;
    const current = own.get(e.documentId);
    // The latest-ending one; on a tie the first written.
    if (!current || end > current.end || (end === current.end && e.line < current.line)) own.set(e.documentId, { deadline: e.deadline, end, line: e.line });
  }
  return new Map([...own].map(([id, p]) => [id, { deadline: p.deadline, end: latest.get(id)! }]));
}
