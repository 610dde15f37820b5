/**
 * iCalendar (.ics) through the `ics` library: one all-day event per dated deadline, one repeating
 * event per recurring duty (src/exports/calendar.ts). DTSTAMP and UID are fixed, so a rebuild of
 * the same library gives the same bytes and a calendar that subscribes sees no change. Every line
 * is the library's; a calendar is its header and footer around its rows' events, each row's
 * made once.
 */
import { createEvents, type EventAttributes } from 'ics';
import { rowToEvents, type CalendarEvent } from './calendar.ts';
import { fixedIcsStamp } from './fixed-time.ts';
import type { Exporter, ExportRow } from './types.ts';

export const productId = '-//政策知识站//任务措施//ZH';

/** `timestamp` (DTSTAMP) is read by the library but missing from its types. */
type StampedEvent = EventAttributes & { timestamp: string };

function eventToAttributes(e: CalendarEvent): StampedEvent {
  return {
    uid: e.uid,
    timestamp: fixedIcsStamp,
    title: e.title,
    start: e.start,
    end: e.end,
    description: e.description,
    ...(e.url ? { url: e.url } : {}),
    ...(e.recurrence ? { recurrenceRule: e.recurrence } : {}),
  };
}

/**
 * Folds content lines at 75 octets as RFC 5545 §3.1 asks. The library folds at 75 characters,
 * which is 225 octets of Chinese; strict readers (Outlook) want octets. A character is never cut.
 */
export function foldIcsLines(text: string): string {
  const encoder = new TextEncoder();
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((line) => {
    const parts: string[] = [];
    let part = '';
    let octets = 0;
    for (const char of line) {
      const size = encoder.encode(char).length;
      // The first line holds 75 octets; each continuation holds 74 after its leading space.
      if (octets + size > (parts.length === 0 ? 75 : 74)) {
        parts.push(part);
        part = '';
        octets = 0;
      }
      part += char;
      octets += size;
    }
    parts.push(part);
    return parts.join('\r\n ');
  }).join('\r\n');
}

function calendarText(events: EventAttributes[], calName: string): string {
  const { error, value } = createEvents(events, { productId, method: 'PUBLISH', calName });
  if (error || value === null) throw new Error(`calendar “${calName}” could not be written`, { cause: error });
  return foldIcsLines(value);
}

/**
 * A row's VEVENT blocks, made once: the same row is in the library's calendar and in each of its
 * units' calendars, and the library validates every event it writes (most of a calendar's time).
 * Keyed by the row object, so they go when the rows go.
 */
const eventsOfRow = new WeakMap<ExportRow, string>();

function rowToVevents(row: ExportRow): string {
  let text = eventsOfRow.get(row);
  if (text === undefined) {
    const events = rowToEvents(row).map(eventToAttributes);
    const calendar = events.length ? calendarText(events, row.measureId) : '';
    text = calendar.slice(calendar.indexOf('BEGIN:VEVENT'), calendar.lastIndexOf('END:VEVENT') + 'END:VEVENT\r\n'.length);
    eventsOfRow.set(row, text);
  }
  return text;
}

export const icsExporter: Exporter = {
  format: 'ics',
  mediaType: 'text/calendar; charset=utf-8',
  async write(view) {
    const empty = calendarText([], view.title);
    const end = empty.lastIndexOf('END:VCALENDAR');
    return new TextEncoder().encode(empty.slice(0, end) + view.rows.map(rowToVevents).join('') + empty.slice(end));
  },
};
