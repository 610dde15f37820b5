/**
 * Where a deadline stands on a given day: 已逾期, 本月到期, 30天内到期, or nothing. Pure and
 * free of imports at run time, because the page script (deadline-status-script.ts) bundles it:
 * the pages are built once and read for years, so the status is computed when they are read,
 * never at build time.
 */
import type { Deadline } from '../model/schemas/deadline.ts';

export const dueStatuses = ['overdue', 'this-month', 'within-30-days'] as const;
export type DueStatus = (typeof dueStatuses)[number];

export const dueStatusLabels: Record<DueStatus, string> = {
  overdue: '已逾期',
  'this-month': '本月到期',
  'within-30-days': '30天内到期',
};

/** What a document whose own period (its 实施期限) has ended says, as libraries mark 已失效. */
export const periodEndedLabel = '已到期';

/** How far ahead 30天内到期 reaches, in days after today. */
export const soonDays = 30;

const DAY_MS = 86_400_000;
const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const lastOfMonth = (y: number, m: number) => iso(Date.UTC(y, m, 0));

/** Days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY_MS);

/** The ISO date `days` after `day` (before it when negative). */
export const addDays = (day: string, days: number) => iso(utc(day) + days * DAY_MS);

/**
 * The last day a dated deadline allows: the date itself, the end of the month or year it names
 * (`9月底前`, `2020年底前`, `2020年`), or a period's end. Null for recurring duties and times
 * relative to an event: they have no one day to be late for.
 */
export function deadlineEnd(d: Deadline): string | null {
  if (d.kind === 'period') return d.end;
  if (d.kind !== 'date') return null;
  const [y, m] = d.date.split('-').map(Number) as [number, number];
  if (d.precision === 'year') return `${y}-12-31`;
  if (d.precision === 'month') return lastOfMonth(y, m);
  return d.date;
}

/** The status of something due by `end` (inclusive) on `today`; null when it is more than 30 days off. */
export function dueStatus(end: string, today: string): DueStatus | null {
  if (end < today) return 'overdue';
  if (end.slice(0, 7) === today.slice(0, 7)) return 'this-month';
  if (daysBetween(today, end) <= soonDays) return 'within-30-days';
  return null;
}

/** A deadline's status on `today`; recurring and relative deadlines have none. */
export function deadlineStatus(d: Deadline, today: string): DueStatus | null {
  const end = deadlineEnd(d);
  return end === null ? null : dueStatus(end, today);
}

/** Whether a period ending on `end` (inclusive) is over on `today`. */
export const periodEnded = (end: string, today: string) => end < today;
