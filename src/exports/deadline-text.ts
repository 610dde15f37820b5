/**
 * A measure's deadlines as table cells: as written, and normalised to what a spreadsheet can sort
 * and filter (ISO dates, a date span, a cycle). Relative times (`任期届满前6个月`) have no date
 * and no cycle: the text as written is all there is.
 */
import type { Deadline } from '../model/schemas/deadline.ts';
import { frequencyLabels } from '../model/frequency-labels.ts';


/** `至少2次`, `2至3次`, `1次`, or empty. */
export function timesText(min: number | null, max: number | null): string {
  if (min && max) return min === max ? `${min}次` : `${min}至${max}次`;
  if (min) return `至少${min}次`;
  if (max) return `至多${max}次`;
  return '';
}

/** `2019-09-30前`, `2018-08-21至2018-08-31`, `每年年底（至少2次）`; null for a relative time. */
export function deadlineToCell(d: Deadline): string | null {
  switch (d.kind) {
    case 'date':
      return d.bound === 'by' ? `${d.date}前` : d.date;
    case 'period':
      return `${d.start}至${d.end}`;
    case 'recurring': {
      const times = timesText(d.minTimes, d.maxTimes);
      return `${frequencyLabels[d.frequency]}${d.when ?? ''}${times ? `（${times}）` : ''}`;
    }
    case 'relative':
      return null;
  }
}

export const separator = '；';

export const rawDeadlinesText = (deadlines: readonly Deadline[]) => deadlines.map((d) => d.raw).join(separator);
export const normalisedDeadlinesText = (deadlines: readonly Deadline[]) =>
  deadlines.flatMap((d) => deadlineToCell(d) ?? []).join(separator);
