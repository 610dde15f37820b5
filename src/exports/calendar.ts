/**
 * A row's deadlines as calendar events, before any iCalendar syntax: dated deadlines and periods
 * as all-day events, recurring duties as a repeating all-day event from the document's date.
 * Relative times (`任期届满前6个月`) have no date and make no event; a recurring duty of an
 * undated document has nothing to start from and makes none either.
 */
import type { Deadline, Frequency } from '../model/schemas/deadline.ts';
import { timesText } from './deadline-text.ts';
import { frequencyLabels } from '../model/frequency-labels.ts';
import type { ExportRow } from './types.ts';

export type DateParts = [number, number, number];

export interface CalendarEvent {
  /** Stable across builds and files: the same duty has the same UID in every calendar it is in. */
  uid: string;
  title: string;
  /** All-day: first day, and the day after the last (iCalendar's DTEND is exclusive). */
  start: DateParts;
  end: DateParts;
  /** RFC 5545 RRULE value, or null for a one-off. */
  recurrence: string | null;
  description: string;
  /** The measure's page when it is an absolute URL; a relative link is only in the description. */
  url: string | null;
}

/** Each cycle as an RRULE: 每季度 is every three months, 每半年 every six. */
export const recurrenceRules: Record<Frequency, string> = {
  daily: 'FREQ=DAILY',
  weekly: 'FREQ=WEEKLY',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2',
  monthly: 'FREQ=MONTHLY',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
  'half-yearly': 'FREQ=MONTHLY;INTERVAL=6',
  yearly: 'FREQ=YEARLY',
};

const parts = (iso: string) => iso.split('-').map(Number) as DateParts;

function nextDay(iso: string): DateParts {
  const [y, m, d] = parts(iso);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/**
 * A monthly rule started on the 29th–31st skips the months without that day (RFC 5545), so a
 * cycle from such a date starts on the 28th instead.
 */
function cycleStart(iso: string): string {
  const [y, m, d] = parts(iso);
  return d > 28 ? `${y}-${String(m).padStart(2, '0')}-28` : iso;
}

type Timing = Pick<CalendarEvent, 'start' | 'end' | 'recurrence'> & { label: string; note: string | null };

function timingOf(d: Deadline, documentDate: string | null): Timing | null {
  switch (d.kind) {
    case 'date':
      return { label: d.bound === 'by' ? '截止' : '当日', start: parts(d.date), end: nextDay(d.date), recurrence: null, note: null };
    case 'period':
      return { label: '期间', start: parts(d.start), end: nextDay(d.end), recurrence: null, note: null };
    case 'recurring': {
      if (!documentDate) return null;
      const from = cycleStart(documentDate);
      const times = timesText(d.minTimes, d.maxTimes);
      const note = `周期性工作，${frequencyLabels[d.frequency]}${d.when ?? ''}${times}；日历自文件成文日期（${documentDate}）起重复。`;
      return { label: frequencyLabels[d.frequency], start: parts(from), end: nextDay(from), recurrence: recurrenceRules[d.frequency], note };
    }
    case 'relative':
      return null;
  }
}

const isAbsolute = (link: string) => /^https?:\/\//.test(link);

function descriptionOf(row: ExportRow, d: Deadline, note: string | null): string {
  const lines = [
    `文件：${row.docNumber ? `${row.docNumber} ` : ''}${row.documentTitle}`,
    `任务（${row.order}）：${row.text}`,
    row.leadUnits.length ? `牵头单位：${row.leadUnits.join('、')}` : '',
    row.assignedUnits.length ? `责任单位：${row.assignedUnits.join('、')}` : '',
    row.supportUnits.length ? `配合单位：${row.supportUnits.join('、')}` : '',
    `时限（原文）：${d.raw}`,
    note ?? '',
    `链接：${row.link}`,
  ];
  return lines.filter(Boolean).join('\n');
}

/** The events of one row, one per deadline that has a date or a cycle. */
export function rowToEvents(row: ExportRow): CalendarEvent[] {
  return row.deadlines.flatMap((d, i) => {
    const timing = timingOf(d, row.documentDate);
    if (!timing) return [];
    return [{
      uid: `${row.measureId}-${i + 1}@policy-knowledge-site`,
      title: `【${timing.label}】${row.title}`,
      start: timing.start,
      end: timing.end,
      recurrence: timing.recurrence,
      description: descriptionOf(row, d, timing.note),
      url: isAbsolute(row.link) ? row.link : null,
    }];
  });
}

/** Whether a deadline becomes a calendar event (the pages offer a unit's calendar only when it has one). */
export const hasCalendarEvent = (d: Deadline, documentDate: string | null) => timingOf(d, documentDate) !== null;

/** Whether any of the rows has a deadline that makes an event: a unit's calendar is written (and offered) only then. */
export const rowsHaveEvents = (rows: readonly ExportRow[]) => rows.some((r) => r.deadlines.some((d) => hasCalendarEvent(d, r.documentDate)));
