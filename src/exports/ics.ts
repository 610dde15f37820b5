/**
 * iCalendar (.ics): one all-day event per dated deadline, one repeating event per recurring duty
 * (src/exports/calendar.ts). DTSTAMP and UID are fixed, so a rebuild of the same library gives the
 * same bytes and a calendar that subscribes sees no change. A calendar is its header and footer
 * around its rows' events, each row's made once.
 *
 * The lines are those the `ics` library (3.x) writes for the same events, written here directly:
 * the library validates every event through yup, which was most of a calendar's time (about 1 ms an
 * event). tests/exports/ics-writer.test.ts checks the two give the same bytes.
 */
import { rowToEvents, type CalendarEvent } from './calendar.ts';
import { fixedIcsStamp } from './fixed-time.ts';
import { chunkRows, type Exporter, type ExportRow, type ExportView } from './types.ts';

export const productId = '-//政策知识站//任务措施//ZH';

/** A line break in a value as `\n`, as every property is written. */
const newLines = (text: string) => text.replace(/\r?\n/gm, '\\n');
/** TEXT values (SUMMARY, DESCRIPTION): backslash, line break, semicolon and comma escaped. */
const textValue = (text: string) => text.replace(/\\/gm, '\\\\').replace(/\r?\n/gm, '\\n').replace(/;/gm, '\\;').replace(/,/gm, '\\,');
const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const dateValue = ([y, m, d]: readonly number[]) => `${y}${pad(m!)}${pad(d!)}`;

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD, three). */
const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds one content line at 75 octets as RFC 5545 §3.1 asks (the `ics` library folds at 75
 * characters, which is 225 octets of Chinese; strict readers such as Outlook want octets). A
 * character is never cut.
 */
export function foldIcsLine(line: string): string {
  let folded = '';
  let start = 0;
  let size = 0;
  let limit = 75;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const n = octets(cp);
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    if (size + n > limit) {
      folded += `${line.slice(start, i)}\r\n `;
      start = i;
      size = 0;
      limit = 74;
    }
    size += n;
    i += width;
  }
  return folded + line.slice(start);
}

/** Every line of `text` folded (lines already folded, with CRLF and a space or tab, are unfolded first). */
export const foldIcsLines = (text: string): string => text.replace(/\r\n[ \t]/g, '').split('\r\n').map(foldIcsLine).join('\r\n');

const lines = (list: (string | false)[]) => list.filter((l): l is string => l !== false).map((l) => `${foldIcsLine(l)}\r\n`).join('');

/** One VEVENT, folded, ending in CRLF. */
export function eventToIcs(e: CalendarEvent): string {
  const sameDay = e.start.length === e.end.length && e.start.every((v, i) => v === e.end[i]);
  return lines([
    'BEGIN:VEVENT',
    `UID:${newLines(e.uid)}`,
    !!e.title && `SUMMARY:${textValue(e.title)}`,
    `DTSTAMP:${fixedIcsStamp}`,
    `DTSTART;VALUE=DATE:${dateValue(e.start)}`,
    // A one-day event needs no end, as the `ics` library writes it.
    !sameDay && `DTEND;VALUE=DATE:${dateValue(e.end)}`,
    !!e.description && `DESCRIPTION:${textValue(e.description)}`,
    !!e.url && `URL:${newLines(e.url)}`,
    !!e.recurrence && `RRULE:${newLines(e.recurrence)}`,
    'END:VEVENT',
  ]);
}

/** The calendar's lines before its events. */
export const calendarHeader = (calName: string) =>
  lines(['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${newLines(productId)}`, 'METHOD:PUBLISH', !!calName && `X-WR-CALNAME:${newLines(calName)}`, 'X-PUBLISHED-TTL:PT1H']);
export const calendarFooter = 'END:VCALENDAR\r\n';

/**
 * A row's VEVENT blocks, made once: the same row is in the library's calendar and in each of its
 * units' calendars. Keyed by the row object, so they go when the rows go.
 */
const eventsOfRow = new WeakMap<ExportRow, string>();

export function rowToVevents(row: ExportRow): string {
  let text = eventsOfRow.get(row);
  if (text === undefined) {
    text = rowToEvents(row).map(eventToIcs).join('');
    eventsOfRow.set(row, text);
  }
  return text;
}

export function* icsChunks(view: ExportView): Generator<string> {
  yield calendarHeader(view.title);
  for (let i = 0; i < view.rows.length; i += chunkRows) yield view.rows.slice(i, i + chunkRows).map(rowToVevents).join('');
  yield calendarFooter;
}

export const icsExporter: Exporter = {
  format: 'ics',
  mediaType: 'text/calendar; charset=utf-8',
  async write(view) {
    return Buffer.from([...icsChunks(view)].join(''));
  },
  chunks: icsChunks,
};
