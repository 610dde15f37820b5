/**
 * What the deadline rules share: the rule shape, the context a phrase is read in, numerals, and
 * the builders of normalised forms, each of which checks the dates it makes (13月, 2月30日 and
 * 11月2023日 never become dates).
 */
import type { Deadline, Frequency } from '../../model/schemas/deadline.ts';
import { chineseNumeral, isoDate, lastDayOfMonth } from '../text/patterns.ts';

export interface DeadlineContext {
  /** The year a bare month (9月底前) belongs to: the document's year. */
  year: number | null;
}

export interface Rule {
  /** A cheap test that the rule can match at all: most texts hold few time words. */
  needs: RegExp;
  re: RegExp;
  make: (m: RegExpExecArray, ctx: DeadlineContext, raw: string) => Deadline | null;
}

/** A count written in digits or Chinese numerals: 3, 三, 十二, 两. */
export const N = '(\\d{1,3}|[一二三四五六七八九十两]{1,3})';
export const num = (s: string | undefined) => (s === undefined ? NaN : chineseNumeral(s.trim()));
/** A year of this or the last century, captured. */
export const YEAR = '((?:19|20)\\d{2})';

export const FREQ: Record<string, Frequency> = {
  日: 'daily', 天: 'daily', 周: 'weekly', 星期: 'weekly', 月: 'monthly', 季度: 'quarterly', 季: 'quarterly', 半年: 'half-yearly',
  年: 'yearly', 学年: 'yearly', 年度: 'yearly', 学期: 'half-yearly',
};
export const UNIT: Record<string, 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'> = {
  分钟: 'minute', 小时: 'hour', 日: 'day', 天: 'day', 工作日: 'day', 周: 'week', 月: 'month', 年: 'year',
};

/** The rest of the text after a match: a few rules read what the phrase is followed by. */
export const after = (m: RegExpExecArray) => m.input.slice(m.index + m[0].length);

export function yearOf(text: string | undefined, ctx: DeadlineContext): number | null {
  const y = text ? Number(/\d{4}/.exec(text)?.[0]) : NaN;
  return y > 0 ? y : ctx.year;
}

/** 次年 / 明年 is the year after the document's; 今年, 当年, 本年 its own. */
export function relativeYear(word: string | undefined, ctx: DeadlineContext): number | null {
  if (ctx.year === null) return null;
  return word === '次年' || word === '明年' ? ctx.year + 1 : ctx.year;
}

export function dateOrRelative(raw: string, year: number | null, month: number, day: number | 'end', bound: 'by' | 'on', precision: 'day' | 'month' | 'year'): Deadline {
  const date = year === null ? null : isoDate(year, month, day === 'end' ? lastDayOfMonth(year, month) : day);
  if (date) return { raw, kind: 'date', date, bound, precision };
  return { raw, kind: 'relative', anchor: null, direction: bound === 'by' ? 'before' : 'at', offset: null };
}

/** A span of months of one year; null when the months are not a span (13月, 7-5月). */
export function monthSpan(raw: string, year: number | null, from: [number, number], to: [number, number | 'end']): Deadline | null {
  if (year === null) return { raw, kind: 'relative', anchor: null, direction: 'within', offset: null };
  const start = isoDate(year, from[0], from[1]);
  const end = isoDate(year, to[0], to[1] === 'end' ? lastDayOfMonth(year, to[0]) : to[1]);
  return start && end && start <= end ? { raw, kind: 'period', start, end } : null;
}

/** A whole year as a period, or the phrase as a span of its own when the year is unknown. */
export function wholeYear(raw: string, year: number | null, anchor: string): Deadline {
  if (year === null) return { raw, kind: 'relative', anchor, direction: 'within', offset: null };
  return { raw, kind: 'period', start: `${year}-01-01`, end: `${year}-12-31` };
}
