/**
 * Deadlines for reading: a normalised Chinese label for each kind, and the groupings the
 * timeline and the recurring-duty calendar show. Pure; types come from the split's schemas.
 */
import type { Deadline, Frequency } from '../model/schemas/deadline.ts';
import { frequencyLabels } from '../model/frequency-labels.ts';
import type { DeadlineEntry } from '../model/schemas/deadline-entry.ts';
import { addDays, deadlineEnd, soonDays } from './deadline-status.ts';

type DateDeadline = Extract<Deadline, { kind: 'date' }>;
type PeriodDeadline = Extract<Deadline, { kind: 'period' }>;
type RecurringDeadline = Extract<Deadline, { kind: 'recurring' }>;
type RelativeDeadline = Extract<Deadline, { kind: 'relative' }>;

export { frequencyLabels };

/** Calendar order, most frequent first. */
export const frequencyOrder = Object.keys(frequencyLabels) as Frequency[];

type OffsetUnit = NonNullable<RelativeDeadline['offset']>['unit'];
const unitLabels: Record<OffsetUnit, string> = { minute: '分钟', hour: '小时', day: '天', week: '周', month: '个月', year: '年' };

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** `2019年9月30日`, `2019年9月` or `2019年` by precision. */
export function formatDate(iso: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [y, m, d] = parts(iso);
  if (precision === 'year') return `${y}年`;
  if (precision === 'month') return `${y}年${m}月`;
  return `${y}年${m}月${d}日`;
}

function dateLabel(d: DateDeadline): string {
  const [y, m] = parts(d.date);
  if (d.bound === 'on') return formatDate(d.date, d.precision);
  // "by" a month or year reads as 底前, the way the documents write it.
  if (d.precision === 'year') return `${y}年底前`;
  if (d.precision === 'month') return `${y}年${m}月底前`;
  return `${formatDate(d.date)}前`;
}

/** `2018年8月21日至31日`, `2019年6月至7月`, `2018年至2020年` — shortest unambiguous span. */
function periodLabel(d: PeriodDeadline): string {
  const [y1, m1, d1] = parts(d.start);
  const [y2, m2, d2] = parts(d.end);
  const wholeMonths = d1 === 1 && d2 === new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (wholeMonths && m1 === 1 && m2 === 12) return y1 === y2 ? `${y1}年` : `${y1}年至${y2}年`;
  if (wholeMonths) return y1 === y2 ? `${y1}年${m1}月至${m2}月` : `${y1}年${m1}月至${y2}年${m2}月`;
  if (y1 !== y2) return `${formatDate(d.start)}至${formatDate(d.end)}`;
  if (m1 !== m2) return `${y1}年${m1}月${d1}日至${m2}月${d2}日`;
  return `${y1}年${m1}月${d1}日至${d2}日`;
}

function recurringLabel(d: RecurringDeadline): string {
  let times = '';
  if (d.minTimes && d.maxTimes && d.minTimes === d.maxTimes) times = `${d.minTimes}次`;
  else if (d.minTimes && d.maxTimes) times = `${d.minTimes}至${d.maxTimes}次`;
  else if (d.minTimes) times = `至少${d.minTimes}次`;
  else if (d.maxTimes) times = `至多${d.maxTimes}次`;
  return [frequencyLabels[d.frequency], d.when ?? '', times].join('');
}

function relativeLabel(d: RelativeDeadline): string {
  // Without an offset the phrase as written (`从今年开始`, `高考中考后`) says it best.
  if (!d.offset) return d.raw;
  const offset = `${d.offset.amount}${unitLabels[d.offset.unit]}`;
  const anchor = d.anchor ?? '';
  switch (d.direction) {
    // Before or after nothing named (`提前6个月`): only the phrase says from what.
    case 'before':
      return anchor ? `${anchor}前${offset}` : d.raw;
    case 'after':
      return anchor ? `${anchor}后${offset}` : d.raw;
    case 'within':
      return `${anchor}${offset}内`;
    case 'at':
      return d.raw;
  }
}

/** The deadline in normalised form, e.g. `2019年9月底前`, `每年至少2次`, `任期届满前6个月`. */
export function deadlineLabel(d: Deadline): string {
  switch (d.kind) {
    case 'date':
      return dateLabel(d);
    case 'period':
      return periodLabel(d);
    case 'recurring':
      return recurringLabel(d);
    case 'relative':
      return relativeLabel(d);
  }
}

/** True when the normalised label adds nothing to the phrase as written. */
export const sameAsWritten = (d: Deadline) => deadlineLabel(d).replace(/\s/g, '') === d.raw.replace(/\s/g, '');

/** The day a dated deadline points at: the date, or a period's start. Null for recurring and relative ones. */
export function deadlineDay(d: Deadline): string | null {
  if (d.kind === 'date') return d.date;
  if (d.kind === 'period') return d.start;
  return null;
}

export interface MonthGroup<T> {
  /** 1–12; 0 for what spans the whole year (`2019年`, `2018年—2020年`), listed first. */
  month: number;
  items: T[];
}
export interface YearGroup<T> {
  year: number;
  months: MonthGroup<T>[];
}

/** Whether a dated deadline names a whole year rather than a month in it. */
function wholeYear(d: Deadline): boolean {
  if (d.kind === 'date') return d.precision === 'year' && d.bound === 'on';
  if (d.kind === 'period') return d.start.endsWith('-01-01') && d.end.endsWith('-12-31');
  return false;
}

/**
 * Dated deadlines (dates, and periods by their start) by year and month, oldest first;
 * within a month by day. A whole year (`2019年` as a theme year, `2018年—2020年`) goes under
 * month 0 of its first year rather than pretending to fall due in January or December.
 * Recurring and relative deadlines are left out.
 */
export function timelineOf<T extends { deadline: Deadline }>(entries: T[]): YearGroup<T>[] {
  const key = (d: Deadline, day: string) => (wholeYear(d) ? day.slice(0, 4) + '-00' : day);
  const dated = entries
    .map((entry) => ({ entry, day: deadlineDay(entry.deadline) }))
    .filter((x): x is { entry: T; day: string } => x.day !== null)
    .map((x) => ({ ...x, day: key(x.entry.deadline, x.day) }))
    .sort((a, b) => a.day.localeCompare(b.day));
  const years: YearGroup<T>[] = [];
  for (const { entry, day } of dated) {
    const [y, m] = parts(day);
    let year = years.at(-1);
    if (year?.year !== y) years.push((year = { year: y, months: [] }));
    let month = year.months.at(-1);
    if (month?.month !== m) year.months.push((month = { month: m, items: [] }));
    month.items.push(entry);
  }
  return years;
}

/** How many deadlines fall in a year of the timeline. */
export const yearCount = (year: YearGroup<unknown>) => year.months.reduce((n, m) => n + m.items.length, 0);

export interface FrequencyGroup<T> {
  frequency: Frequency;
  label: string;
  items: T[];
  /** Everyone who owes a duty at this frequency, most often named first. */
  units: string[];
}

/** Recurring duties by frequency (每周 … 每年), with who owes them; frequencies with nothing are left out. */
export function recurringCalendarOf<T extends Pick<DeadlineEntry, 'deadline' | 'units'>>(entries: T[]): FrequencyGroup<T>[] {
  return frequencyOrder
    .map((frequency) => {
      const items = entries.filter((e) => e.deadline.kind === 'recurring' && e.deadline.frequency === frequency);
      const counts = new Map<string, number>();
      for (const e of items) for (const u of e.units) counts.set(u, (counts.get(u) ?? 0) + 1);
      const units = [...counts].sort((a, b) => b[1] - a[1]).map(([u]) => u);
      return { frequency, label: frequencyLabels[frequency], items, units };
    })
    .filter((g) => g.items.length > 0);
}

/** Deadlines fixed relative to an event (任期届满前6个月), in the order given. */
export const relativeOf = <T extends { deadline: Deadline }>(entries: T[]) =>
  entries.filter((e) => e.deadline.kind === 'relative');

/**
 * The home page's due-soon list as of `day` (the build day): the next `ahead` dated deadlines
 * by the last day they allow, and the latest `behind` of those that ended in the 30 days
 * before, all by that day. The list is built once and read for months; the page script drops
 * what has since gone by and marks the rest, so it has to hold what may still be due then.
 * Bounded both ways, so a library with hundreds due in one month keeps a short home page.
 */
export function dueSoonOf<T extends { deadline: Deadline }>(entries: T[], day: string, ahead: number, behind: number) {
  const dated = entries
    .map((entry) => ({ entry, end: deadlineEnd(entry.deadline) }))
    .filter((x): x is { entry: T; end: string } => x.end !== null)
    .sort((a, b) => a.end.localeCompare(b.end));
  const upcoming = dated.filter((x) => x.end >= day);
  const recent = dated.filter((x) => x.end < day && x.end >= addDays(day, -soonDays)).slice(-behind);
  return { items: [...recent, ...upcoming.slice(0, ahead)], more: Math.max(0, upcoming.length - ahead) };
}

/** The address of one list of deadlines: a year of the timeline, a frequency, or the relative ones. */
export const deadlineListUrl = (list: number | Frequency | 'relative') => `/deadlines/${list}/`;
