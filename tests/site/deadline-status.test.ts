/** Where a deadline stands on a given day, a document's own period, and the home page's due-soon list. Exact cases. */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/model/schemas/deadline.ts';
import { deadlineEnd, deadlineStatus, dueStatus, periodEnded } from '../../src/site/deadline-status.ts';
import { documentPeriodsOf } from '../../src/site/document-period.ts';
import { dueSoonOf } from '../../src/site/deadlines.ts';
import { buildDay } from '../../src/site/build-day.ts';
import { owedByLabel } from '../../src/site/owed-by.ts';

const date = (raw: string, d: string, precision: 'day' | 'month' | 'year', bound: 'by' | 'on' = 'by'): Deadline => ({ raw, kind: 'date', date: d, bound, precision });
const period = (raw: string, start: string, end: string): Deadline => ({ raw, kind: 'period', start, end });
const yearly: Deadline = { raw: '每年至少2次', kind: 'recurring', frequency: 'yearly', minTimes: 2, maxTimes: null, when: null };
const monthly: Deadline = { raw: '每月15日前', kind: 'recurring', frequency: 'monthly', minTimes: null, maxTimes: null, when: '15日前' };
const relative: Deadline = { raw: '任期届满前6个月', kind: 'relative', anchor: '任期届满', direction: 'before', offset: { amount: 6, unit: 'month' } };

describe('deadlineEnd: the last day a deadline allows', () => {
  it.each<[Deadline, string | null]>([
    [date('10月15日前', '2019-10-15', 'day'), '2019-10-15'],
    [date('9月底前', '2019-09-30', 'month'), '2019-09-30'],
    [date('2月底前', '2020-02-29', 'month'), '2020-02-29'],
    // A month or a year named bare is due by its last day, whatever day the split stored.
    [date('2019年9月', '2019-09-01', 'month', 'on'), '2019-09-30'],
    [date('2020年底前', '2020-12-31', 'year'), '2020-12-31'],
    [date('2020年', '2020-01-01', 'year', 'on'), '2020-12-31'],
    [period('8月下旬', '2018-08-21', '2018-08-31'), '2018-08-31'],
    [period('2018年—2020年', '2018-01-01', '2020-12-31'), '2020-12-31'],
    [yearly, null],
    [monthly, null],
    [relative, null],
  ])('%o → %s', (deadline, end) => {
    expect(deadlineEnd(deadline)).toBe(end);
  });
});

describe('dueStatus on a given today', () => {
  it.each<[string, string, string | null]>([
    // Due today is due this month, not late.
    ['2019-09-30', '2019-09-30', 'this-month'],
    ['2019-09-30', '2019-10-01', 'overdue'],
    ['2019-09-30', '2019-09-01', 'this-month'],
    // Thirty days ahead in the next month: soon; thirty-one: nothing yet.
    ['2019-09-30', '2019-08-31', 'within-30-days'],
    ['2019-09-30', '2019-08-30', null],
    // Across a year end and a leap day.
    ['2020-01-05', '2019-12-31', 'within-30-days'],
    ['2020-03-01', '2020-01-31', 'within-30-days'],
    ['2020-03-02', '2020-01-31', null],
    ['2017-12-31', '2026-11-27', 'overdue'],
  ])('due %s, today %s → %s', (end, today, status) => {
    expect(dueStatus(end, today)).toBe(status);
  });
});

describe('deadlineStatus', () => {
  it('counts a year-only deadline to the end of its year', () => {
    expect(deadlineStatus(date('2020年底前', '2020-12-31', 'year'), '2020-12-01')).toBe('this-month');
    // 31 days before the year's end: a year-end deadline goes from nothing straight to 本月到期 on 1 December.
    expect(deadlineStatus(date('2020年底前', '2020-12-31', 'year'), '2020-11-30')).toBe(null);
    expect(deadlineStatus(date('2020年', '2020-01-01', 'year', 'on'), '2020-06-01')).toBe(null);
    expect(deadlineStatus(date('2020年', '2020-01-01', 'year', 'on'), '2021-01-01')).toBe('overdue');
  });

  it('counts a month named bare to its last day', () => {
    expect(deadlineStatus(date('2019年9月', '2019-09-01', 'month', 'on'), '2019-09-15')).toBe('this-month');
    expect(deadlineStatus(date('2019年9月', '2019-09-01', 'month', 'on'), '2019-10-01')).toBe('overdue');
  });

  it('counts a range by its end, also while it has not started', () => {
    expect(deadlineStatus(period('8月下旬', '2018-08-21', '2018-08-31'), '2018-08-25')).toBe('this-month');
    expect(deadlineStatus(period('8月下旬', '2018-08-21', '2018-08-31'), '2018-08-01')).toBe('this-month');
    expect(deadlineStatus(period('8月下旬', '2018-08-21', '2018-08-31'), '2018-09-01')).toBe('overdue');
    expect(deadlineStatus(period('2018年—2020年', '2018-01-01', '2020-12-31'), '2019-06-01')).toBe(null);
  });

  it('gives recurring duties and times relative to an event no status', () => {
    for (const today of ['2019-01-01', '2030-12-31']) {
      expect(deadlineStatus(yearly, today)).toBe(null);
      expect(deadlineStatus(monthly, today)).toBe(null);
      expect(deadlineStatus(relative, today)).toBe(null);
    }
  });
});

describe('a document\'s own period', () => {
  const entry = (documentId: string, measureId: string | null, deadline: Deadline, line = 1) => ({ documentId, measureId, deadline, line });

  it('comes from the deadlines outside its measures, ends at the latest thing due under it', () => {
    const periods = documentPeriodsOf([
      entry('ts', null, period('2018年—2020年', '2018-01-01', '2020-12-31'), 33),
      entry('ts', null, { raw: '通过3年', kind: 'relative', anchor: null, direction: 'within', offset: { amount: 3, unit: 'year' } }, 26),
      entry('ts', 'ts-1', period('8月下旬', '2018-08-21', '2018-08-31')),
      entry('late', null, date('到2020年', '2020-12-31', 'year')),
      entry('late', 'late-1', date('2021年3月底前', '2021-03-31', 'month')),
    ]);
    expect([...periods]).toEqual([
      ['ts', { deadline: period('2018年—2020年', '2018-01-01', '2020-12-31'), end: '2020-12-31' }],
      ['late', { deadline: date('到2020年', '2020-12-31', 'year'), end: '2021-03-31' }],
    ]);
    expect(periodEnded('2020-12-31', '2020-12-31')).toBe(false);
    expect(periodEnded('2020-12-31', '2021-01-01')).toBe(true);
  });

  it('is not guessed: no period from a span relative to nothing, a one-off day, or a measure\'s deadline', () => {
    const periods = documentPeriodsOf([
      entry('a', null, { raw: '用三年时间', kind: 'relative', anchor: null, direction: 'within', offset: { amount: 3, unit: 'year' } }),
      entry('b', null, date('3月15日前', '2024-03-15', 'day')),
      entry('c', 'c-1', date('2020年底前', '2020-12-31', 'year')),
      entry('d', null, yearly),
    ]);
    expect([...periods]).toEqual([]);
  });

  it('takes the latest-ending of several, the first written on a tie', () => {
    const periods = documentPeriodsOf([
      entry('s', null, period('2015年7月起至2017年底', '2015-07-01', '2017-12-31'), 9),
      entry('s', null, period('2015年至2017年', '2015-01-01', '2017-12-31'), 4),
      entry('s', null, date('2016年底', '2016-12-31', 'year'), 2),
    ]);
    expect(periods.get('s')!.deadline.raw).toBe('2015年至2017年');
  });
});

describe('dueSoonOf: the home page\'s list as of the build day', () => {
  const e = (id: string, deadline: Deadline) => ({ id, deadline });
  const entries = [
    e('old', date('2019年6月底前', '2019-06-30', 'month')),
    e('recent-1', date('8月10日前', '2019-08-10', 'day')),
    e('recent-2', period('8月上旬', '2019-08-01', '2019-08-15')),
    e('today', date('8月20日前', '2019-08-20', 'day')),
    e('sept', date('9月底前', '2019-09-30', 'month')),
    e('year', date('2020年底前', '2020-12-31', 'year')),
    e('later', date('2021年', '2021-01-01', 'year', 'on')),
    e('duty', yearly),
    e('event', relative),
  ];

  it('holds the next deadlines and those just missed, by the day they end', () => {
    const { items, more } = dueSoonOf(entries, '2019-08-20', 3, 5);
    expect(items.map((x) => [x.entry.id, x.end])).toEqual([
      ['recent-1', '2019-08-10'],
      ['recent-2', '2019-08-15'],
      ['today', '2019-08-20'],
      ['sept', '2019-09-30'],
      ['year', '2020-12-31'],
    ]);
    expect(more).toBe(1);
  });

  it('keeps only the latest of those just missed, and none older than 30 days', () => {
    expect(dueSoonOf(entries, '2019-08-20', 1, 1).items.map((x) => x.entry.id)).toEqual(['recent-2', 'today']);
    // 30 days before 2019-09-16 is 2019-08-17: 8月上旬 (to the 15th) is history, 8月20日前 is not.
    expect(dueSoonOf(entries, '2019-09-16', 1, 5).items.map((x) => x.entry.id)).toEqual(['today', 'sept']);
  });

  it('is empty when everything is long past', () => {
    expect(dueSoonOf(entries, '2026-11-27', 10, 5)).toEqual({ items: [], more: 0 });
  });
});

describe('buildDay', () => {
  it('is the day in China of SOURCE_DATE_EPOCH when set, else of now', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: String(Date.UTC(2019, 7, 19, 16, 30) / 1000) })).toBe('2019-08-20');
    expect(buildDay({}, Date.UTC(2026, 10, 27, 3, 0))).toBe('2026-11-27');
    expect(buildDay({ SOURCE_DATE_EPOCH: 'soon' }, Date.UTC(2026, 10, 27, 3, 0))).toBe('2026-11-27');
  });
});

describe('owedByLabel: who owes it, lead first', () => {
  it.each([
    [{ units: ['市委组织部', '市教育局', '团市委'], leadUnits: ['市委组织部'], supportUnits: ['市教育局', '团市委'] }, '牵头：市委组织部；配合：市教育局、团市委'],
    [{ units: ['市委组织部'], leadUnits: ['市委组织部'], supportUnits: [] }, '牵头：市委组织部'],
    [{ units: ['市县党委组织部', '市属党（工）委'], leadUnits: [], supportUnits: [] }, '责任单位：市县党委组织部、市属党（工）委'],
    [{ units: [], leadUnits: [], supportUnits: [] }, '责任单位未明确'],
  ])('%o → %s', (measure, label) => {
    expect(owedByLabel(measure)).toBe(label);
  });
});
