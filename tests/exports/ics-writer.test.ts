/**
 * The calendar writer gives the bytes the `ics` library gave for the same events (the way the
 * calendars were written before), folded at 75 octets: the oracle below is that earlier code.
 */
import { createEvents, type EventAttributes } from 'ics';
import { describe, expect, it } from 'vitest';
import { splitToRows, splitToViews } from '../../src/exports/index.ts';
import { rowToEvents, type CalendarEvent } from '../../src/exports/calendar.ts';
import { fixedIcsStamp } from '../../src/exports/fixed-time.ts';
import { foldIcsLine, icsExporter, productId } from '../../src/exports/ics.ts';
import type { ExportRow, ExportView } from '../../src/exports/types.ts';
import { smallSplit } from './small-split.ts';

/** The earlier fold: each character's octets through TextEncoder. */
function referenceFold(text: string): string {
  const encoder = new TextEncoder();
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').map((line) => {
    const parts: string[] = [];
    let part = '';
    let octets = 0;
    for (const char of line) {
      const size = encoder.encode(char).length;
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

const toAttributes = (e: CalendarEvent): EventAttributes & { timestamp: string } => ({
  uid: e.uid, timestamp: fixedIcsStamp, title: e.title, start: e.start, end: e.end, description: e.description,
  ...(e.url ? { url: e.url } : {}), ...(e.recurrence ? { recurrenceRule: e.recurrence } : {}),
});

/** A calendar as the `ics` library writes it. */
function referenceCalendar(view: ExportView): string {
  const { error, value } = createEvents(view.rows.flatMap(rowToEvents).map(toAttributes), { productId, method: 'PUBLISH', calName: view.title });
  if (error || value === null) throw error;
  return referenceFold(value);
}

const rows = splitToRows(smallSplit);
const views = splitToViews(smallSplit, rows);
const absolute = splitToRows(smallSplit, { siteUrl: 'https://zc.example.gov.cn/policy/' });

const long: ExportRow = {
  ...rows[0]!,
  measureId: 'long',
  title: `长标题，含逗号；分号\\反斜杠${'很长的任务名称'.repeat(20)}😀𠀀`,
  text: `第一行\r\n第二行\n${'ab,c;'.repeat(40)}`,
};

describe('calendar writer', () => {
  it('writes the bytes the ics library wrote, for the library and every unit', async () => {
    for (const view of [views.library, ...views.units.map((u) => u.view), splitToViews(smallSplit, absolute).library]) {
      expect(new TextDecoder().decode(await icsExporter.write(view)), view.title).toBe(referenceCalendar(view));
    }
  });

  it('writes the same bytes for escaped text, long lines and characters beyond the BMP', async () => {
    const view: ExportView = { title: '单位，名称；\n换行 · 任务措施', rows: [long], documents: [], units: [] };
    expect(new TextDecoder().decode(await icsExporter.write(view))).toBe(referenceCalendar(view));
  });

  it('folds at 75 octets, then 74 after the leading space, never inside a character', () => {
    expect(foldIcsLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldIcsLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldIcsLine(`${'a'.repeat(73)}中b`)).toBe(`${'a'.repeat(73)}\r\n 中b`);
    expect(foldIcsLine(`${'中'.repeat(25)}😀`)).toBe(`${'中'.repeat(25)}\r\n 😀`);
  });
});
