/** Calendars read back with ical.js, and the JSON with JSON.parse, compared with the split JSON they were made from. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exporters, splitToRows, splitToViews } from '../../src/exports/index.ts';
import { recurrenceRules } from '../../src/exports/calendar.ts';
import { smallSplit } from './small-split.ts';

const rows = splitToRows(smallSplit);
const views = splitToViews(smallSplit, rows);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function readCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('calendar (.ics)', () => {
  it('makes an all-day event of each date and period, a repeating one of each cycle, none of relative times or undated cycles', async () => {
    const { calendar, events } = readCalendar(text(await exporters.ics.write(views.library)));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(views.library.title);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual([
      'new-2020-1-1', 'new-2020-1-2', 'new-2020-1-3', 'new-2020-2-1',
      'old-2018-1-1', 'old-2018-1-2', 'old-2018-2-1', 'old-2018-2-2', 'old-2018-2-3',
    ].map((id) => `${id}@policy-knowledge-site`));
    const dated = byUid.get('old-2018-1-2@policy-knowledge-site')!;
    expect([dated.startDate.isDate, dated.startDate.toString(), dated.endDate.toString()]).toEqual([true, '2018-09-30', '2018-10-01']);
    expect(dated.summary).toBe('【截止】任务1');
    const period = byUid.get('new-2020-2-1@policy-knowledge-site')!;
    expect([period.startDate.toString(), period.endDate.toString(), period.isRecurring()]).toEqual(['2020-06-01', '2020-08-01', false]);
  });

  it('repeats each cycle by its RRULE from the document date: 每月 monthly, 每季度 every 3 months, 每半年 every 6, 每年 yearly, 每周, 每天, 隔周', async () => {
    const { events } = readCalendar(text(await exporters.ics.write(views.library)));
    const rule = (uid: string) => {
      const event = events.find((e) => e.uid === `${uid}@policy-knowledge-site`)!;
      const recur = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
      return [recur.freq, recur.interval, event.startDate.toString()];
    };
    expect(rule('old-2018-1-1')).toEqual(['MONTHLY', 1, '2018-03-28']); // from the 31st: started on the 28th so no month is skipped
    expect(rule('old-2018-2-1')).toEqual(['MONTHLY', 3, '2018-03-28']);
    expect(rule('old-2018-2-2')).toEqual(['MONTHLY', 6, '2018-03-28']);
    expect(rule('old-2018-2-3')).toEqual(['YEARLY', 1, '2018-03-28']);
    expect(rule('new-2020-1-1')).toEqual(['WEEKLY', 1, '2020-01-15']);
    expect(rule('new-2020-1-2')).toEqual(['DAILY', 1, '2020-01-15']);
    expect(rule('new-2020-1-3')).toEqual(['WEEKLY', 2, '2020-01-15']);
    expect(recurrenceRules.quarterly).toBe('FREQ=MONTHLY;INTERVAL=3');
  });

  it('links each measure: a relative path in the description, or the absolute URL with SITE_URL', async () => {
    const relative = readCalendar(text(await exporters.ics.write(views.library))).events[0]!;
    expect(relative.description).toContain('链接：../../measures/new-2020-1/index.html');
    expect(relative.component.getFirstPropertyValue('url')).toBeNull();
    const absoluteRows = splitToRows(smallSplit, { siteUrl: 'https://zc.example.gov.cn' });
    const absolute = readCalendar(text(await exporters.ics.write(splitToViews(smallSplit, absoluteRows).library))).events[0]!;
    expect(absolute.component.getFirstPropertyValue('url')).toBe('https://zc.example.gov.cn/measures/new-2020-1/');
  });

  it('is the same bytes every time: fixed DTSTAMP and UID; lines folded at 75 octets', async () => {
    const first = text(await exporters.ics.write(views.library));
    expect(first).toBe(text(await exporters.ics.write(views.library)));
    expect(first.match(/^DTSTAMP:.*$/gm)!.every((line) => line === 'DTSTAMP:20000101T000000Z')).toBe(true);
    for (const line of first.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('gives a unit the events of its own measures only', async () => {
    const unit = views.units.find((u) => u.id === 'xuanchuanbu')!.view;
    const { events } = readCalendar(text(await exporters.ics.write(unit)));
    expect(events.map((e) => e.uid)).toEqual(['old-2018-1-1@policy-knowledge-site', 'old-2018-1-2@policy-knowledge-site']);
  });
});

describe('JSON', () => {
  it('is the split JSON of the view: the whole library as given', async () => {
    expect(JSON.parse(text(await exporters.json.write(views.library)))).toEqual(JSON.parse(JSON.stringify(smallSplit)));
  });
});
