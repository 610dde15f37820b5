/**
 * Goals: the statements of a 目标 section (主要目标 / 总体目标 / 工作目标 / 目标任务), an inline
 * “总体目标是：…”, and explicit 力争… targets. A list after a colon is split into its clauses.
 */
import { stripBold } from '../text/text-utils.ts';
import { textToDeadlines } from './deadlines.ts';
import { TARGET_START, LEAD_WORD, CHANGE_RATE, REFERS_BACK, clauses, isApproach, isOnlySpan } from './goal-clauses.ts';

export const GOAL_HEADING = /(?:主要|总体|工作|发展|年度|具体)?目标(?:任务|要求)?$|^(?:主要|总体|工作)目标/;
const INLINE_GOAL = /(?:总体目标|主要目标|工作目标|总目标)(?:是|为)?[:：]|目标(?:是|为)[:：]/;
const MIN_GOAL = 4;

/** A sentence with a clause that only says by when (“到2018年”, “争取用5年时间”) is anchored in time. */
const isAnchored = (sentence: string) => clauses(sentence).some((c) => isOnlySpan(c.replace(LEAD_WORD, '')));

/** The goals of one sentence of a goal text. */
function sentenceGoals(sentence: string): string[] {
  let parts = clauses(sentence);
  // Clauses before the target (or before its time) say how; a quantity among them is a target too.
  const start = parts.findIndex((c) => TARGET_START.test(c) || isOnlySpan(c.replace(LEAD_WORD, '')));
  if (start > 0) parts = parts.filter((c, i) => i >= start || (/\d/.test(c) && !isApproach(c)));
  const goals: string[] = [];
  for (const part of parts) {
    const c = part.replace(LEAD_WORD, '');
    if (CHANGE_RATE.test(c) && goals.length) goals[goals.length - 1] += `，${c}`;
    else if (c.length >= MIN_GOAL && !isApproach(part) && !isOnlySpan(c)) goals.push(c);
  }
  return goals;
}

/** Goal statements in a goal text (the body of a 目标 section, or what follows “总体目标是：”). */
export function textToGoals(input: string): string[] {
  const goals: string[] = [];
  for (const paragraph of stripBold(input).split('\n')) {
    const sentences = paragraph.split(/[。！!]/).map((s) => s.trim()).filter(Boolean);
    // A sentence followed in its paragraph by one anchored in time, with no time of its own, is the
    // approach (“大力发展…。到2018年，建成…”).
    const lastAnchored = sentences.findLastIndex(isAnchored);
    for (const [i, whole] of sentences.entries()) {
      if (REFERS_BACK.test(whole)) return goals;
      // “…实现“十一个更加”：A，B，C” — the list after the colon holds the goals.
      const colon = whole.search(/[：:]/);
      if (colon === whole.length - 1) return goals; // “重点解决…问题：” introduces something else
      const sentence = colon >= 0 ? whole.slice(colon + 1) : whole;
      if (i < lastAnchored && !isAnchored(sentence)) continue;
      goals.push(...sentenceGoals(sentence));
    }
  }
  return goals;
}

/** Goal text introduced inline (“实施…的总体目标是：…”), or null. */
export function inlineGoalText(text: string): string | null {
  const m = INLINE_GOAL.exec(stripBold(text));
  return m ? stripBold(text).slice(m.index + m[0].length) : null;
}

const QUOTED_TARGET = /(?:实现|达到|完成)“([^“”]{2,40})”(?:的|这一|等)?(?:工作)?(?:目标|要求)/g;
/** “实现A和B两大目标”: the named targets, counted. */
const COUNTED_TARGETS = /实现([^，。；“”]{4,80}?)(两|二|三|四|五)(?:大|个|项)目标/g;
const COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
/** 力争 as a word (“努力争取” holds the same two characters). */
const STRIVE = /(?<!努)力争/;
/** A later clause of a 力争 sentence is a target when it states a measurable result. */
const MEASURABLE = /\d|%|％|确保|不发生|达到|提高|控制/;
/** A stage of a staged target (“到2017年，…，力争到2020年，…”). */
const STAGE_YEAR = /^到\d{4}年/;

function countedTargets(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(COUNTED_TARGETS)) {
    const named = m[1].split(/和|、|及/);
    out.push(...(named.length === COUNTS[m[2]] ? named : [m[1]]));
  }
  return out;
}

/** A 力争 clause that only sets a time for the item's own work (“力争第二季度开工建设”) is a schedule. */
function isSchedule(target: string): boolean {
  const times = textToDeadlines(target, { year: null });
  const rest = times.reduce((t, d) => t.replace(d.raw, ''), target);
  return times.length > 0 && rest.length <= 6 && !/\d/.test(rest);
}

/** The targets of one sentence holding 力争: from 力争 (or from the first stage of a staged target) to the end. */
function striveTargets(sentence: string): string[] {
  const parts = clauses(sentence);
  const strive = parts.findIndex((c) => STRIVE.test(c));
  if (strive < 0) return [];
  const head = parts[strive].slice(parts[strive].search(STRIVE)).replace(LEAD_WORD, '');
  let from = strive;
  if (STAGE_YEAR.test(head)) while (from > 0 && !parts.slice(from, strive).some((c) => STAGE_YEAR.test(c))) from--;
  if (!parts.slice(from, strive).some((c) => STAGE_YEAR.test(c))) from = strive;
  const out: string[] = [];
  parts.slice(from).forEach((c, k) => {
    const i = from + k;
    const target = i === strive ? head : c.replace(LEAD_WORD, '').trim();
    const afterSpan = i === strive + 1 && isOnlySpan(head);
    if (i > strive && !afterSpan && !MEASURABLE.test(c)) return;
    if (target.length >= MIN_GOAL && !isOnlySpan(target) && !(i === strive && isSchedule(target))) out.push(target);
  });
  return out;
}

/**
 * Explicit targets in ordinary text: the clauses from 力争 to the end of its sentence that state a
 * measurable result (“力争A，B达到100%，确保不发生C”), quoted targets (实现“不死人、少伤人”的目标) and
 * counted ones (实现A和B两大目标).
 */
export function explicitTargets(text: string): string[] {
  const plain = stripBold(text);
  const out = [...plain.matchAll(QUOTED_TARGET)].map((m) => m[1]);
  out.push(...countedTargets(plain));
  if (!STRIVE.test(plain)) return out;
  for (const sentence of plain.split(/[。！!\n]/)) out.push(...striveTargets(sentence));
  // “力争实现“A”目标” is found twice; the quoted statement is the target.
  return out.filter((t, i) => !out.some((u, j) => j !== i && u.length < t.length && t.includes(u)));
}
