/**
 * Entry of `deadlines/status.js`, the classic script (so it runs read from disk too) that
 * DeadlineStatusScript.astro loads on pages showing dated deadlines. It marks each one with its
 * status on the reader's today, says 已到期 of a document whose period is over, and on the home
 * page keeps the due-soon list to what is still worth acting on. Without it the pages show the
 * dates only, which stay true however long after the build they are read.
 */
import { dueStatus, dueStatusLabels, periodEnded, periodEndedLabel, addDays, soonDays, type DueStatus } from './deadline-status.ts';

/** The reader's calendar day: local, because a deadline falls due at midnight where the office is. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function markDeadlines(today: string): void {
  document.querySelectorAll<HTMLElement>('[data-due]').forEach((el) => {
    const status = dueStatus(el.dataset.due!, today);
    if (!status) return;
    el.textContent = dueStatusLabels[status];
    el.classList.add(`deadline-status--${status}`);
    el.hidden = false;
  });
  document.querySelectorAll<HTMLElement>('[data-period-end]').forEach((el) => {
    if (!periodEnded(el.dataset.periodEnd!, today)) return;
    el.textContent = periodEndedLabel;
    el.hidden = false;
  });
}

/**
 * The home page's list was rendered at build time with the deadlines from (build day − 30 days)
 * on. Read later: what ended more than 30 days ago is history (the timeline has it) and goes;
 * what ended within 30 days stays, after the upcoming ones, as 已逾期; the summary counts them.
 */
function trimDueSoon(today: string): void {
  const box = document.querySelector<HTMLElement>('[data-due-soon]');
  if (!box) return;
  const upcoming = box.querySelector<HTMLElement>('[data-due-upcoming]')!;
  const overdue = box.querySelector<HTMLElement>('[data-due-overdue]')!;
  const oldest = addDays(today, -soonDays);
  const counts: Record<DueStatus, number> = { overdue: 0, 'this-month': 0, 'within-30-days': 0 };
  upcoming.querySelectorAll<HTMLElement>('[data-due-item]').forEach((item) => {
    const end = item.dataset.dueItem!;
    if (end < oldest) return item.remove();
    const status = dueStatus(end, today);
    if (status) counts[status] += 1;
    if (status === 'overdue') overdue.querySelector('ul')!.append(item);
  });
  overdue.hidden = counts.overdue === 0;
  const left = upcoming.querySelectorAll('[data-due-item]').length;
  box.querySelector<HTMLElement>('[data-due-none]')!.hidden = left > 0;
  upcoming.querySelector<HTMLElement>('ul')!.hidden = left === 0;
  const summary = box.querySelector<HTMLElement>('[data-due-summary]')!;
  // Only what there is: a row of zeros reads like a form, not news.
  const said = (['this-month', 'within-30-days', 'overdue'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${s === 'overdue' ? '近30天' : ''}${dueStatusLabels[s]} ${counts[s]} 项`);
  summary.textContent = said.join(' · ');
  summary.hidden = said.length === 0;
}

const today = localToday();
markDeadlines(today);
trimDueSoon(today);
