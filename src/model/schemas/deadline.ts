import { z } from 'zod';

/** An ISO calendar date, `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** How often a recurring duty falls due, from 每日 to 每年. */
export const frequencies = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'half-yearly', 'yearly'] as const;
export const frequency = z.enum(frequencies);

const base = {
  /** The phrase exactly as written in the document, e.g. `9月底前`. */
  raw: z.string().min(1),
};

/** A single day by which (or on which) something is due: `9月底前` in a 2019 document is 2019-09-30. */
export const dateDeadline = z.object({
  ...base,
  kind: z.literal('date'),
  date: isoDate,
  /** `by`: due on or before the date (…前, …底, 到…); `on`: due on that day or within that unit. */
  bound: z.enum(['by', 'on']),
  /** How precise the phrase is: `9月底前` is a month, `2020年` a year. */
  precision: z.enum(['day', 'month', 'year']),
});

/** A span of time: `2018年—2020年`, `6月至7月`, `8月下旬`. */
export const periodDeadline = z.object({
  ...base,
  kind: z.literal('period'),
  start: isoDate,
  end: isoDate,
});

/** A duty that recurs: `每季度`, `每年至少2次` (yearly, at least twice), `隔周一次`. */
export const recurringDeadline = z.object({
  ...base,
  kind: z.literal('recurring'),
  frequency,
  /** Times per period when stated (`每年至少2次` → min 2). */
  minTimes: z.number().int().positive().nullable(),
  maxTimes: z.number().int().positive().nullable(),
  /** When in the period, if stated (`每年年底` → `年底`). */
  when: z.string().nullable(),
});

/** A time fixed relative to an event: `任期届满前6个月`, `高考中考后`, `年终`. */
export const relativeDeadline = z.object({
  ...base,
  kind: z.literal('relative'),
  /** The event the time is counted from, as written (`任期届满`, `高考中考`); null for a bare span such as `用三年时间`. */
  anchor: z.string().nullable(),
  direction: z.enum(['before', 'after', 'at', 'within']),
  /** The offset from the anchor, when stated (`6个月` → { amount: 6, unit: 'month' }). */
  offset: z
    .object({ amount: z.number().positive(), unit: z.enum(['minute', 'hour', 'day', 'week', 'month', 'year']) })
    .nullable(),
});

export const deadlineSchema = z.discriminatedUnion('kind', [
  dateDeadline,
  periodDeadline,
  recurringDeadline,
  relativeDeadline,
]);

export type Deadline = z.output<typeof deadlineSchema>;
export type Frequency = z.output<typeof frequency>;
