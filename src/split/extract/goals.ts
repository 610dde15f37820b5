/**
 * Goals: the statements of a 目标 section (主要目标 / 总体目标 / 工作目标 / 目标任务), an inline
 * “总体目标是：…”, and explicit 力争… targets. A list after a colon is split into its clauses.
 */
import { stripBold } from '../text/text-utils.ts';
import { textToDeadlines } from './deadlines.ts';

export const GOAL_HEADING = /(?:主要|总体|工作|发展|年度|具体)?目标(?:任务|要求)?$|^(?:主要|总体|工作)目标/;
const INLINE_GOAL = /(?:总体目标|主要目标|工作目标|总目标)(?:是|为)?[:：]|目标(?:是|为)[:：]/;
/** A clause that states the target itself; clauses before it in the sentence say how (“通过专项整治，…”). */
const TARGET_START = /^(?:力争|确保|实现|使|努力实现|基本实现)/;
const LEAD_WORD = /^(?:力争|努力|确保|全力确保|实现|基本实现|使|让)+/;
const MIN_GOAL = 4;

/** Clauses of a sentence, split at ，；, but never inside a quotation; an unclosed “ runs to the end. */
function clauses(sentence: string): string[] {
  const out: string[] = [];
  let current = '';
  let open = false;
  for (const c of sentence) {
    if (c === '“') open = true;
    else if (c === '”') open = false;
    if (!open && /[，,；;]/.test(c)) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** A clause that only says how long (“通过三年的努力”) is a span, not a goal. */
function isOnlySpan(clause: string): boolean {
  const spans = textToDeadlines(clause, { year: null });
  const covered = spans.reduce((n, d) => n + d.raw.length, 0);
  return spans.length > 0 && clause.length - covered <= 6;
}

/** Goal statements in a goal text (the body of a 目标 section, or what follows “总体目标是：”). */
export function textToGoals(input: string): string[] {
  const goals: string[] = [];
  for (let sentence of stripBold(input).split(/[。！!\n]/)) {
    sentence = sentence.trim();
    if (!sentence) continue;
    // “…实现“十一个更加”：A，B，C” — the list after the colon holds the goals.
    const colon = sentence.search(/[：:]/);
    if (colon >= 0) {
      if (colon === sentence.length - 1) break; // “重点解决…问题：” introduces something else
      sentence = sentence.slice(colon + 1);
    }
    let parts = clauses(sentence);
    const target = parts.findIndex((c) => TARGET_START.test(c));
    if (target > 0) parts = parts.slice(target);
    for (let c of parts) {
      c = c.replace(LEAD_WORD, '');
      if (c.length >= MIN_GOAL && !isOnlySpan(c)) goals.push(c);
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

/**
 * Explicit targets in ordinary text: the clauses from 力争 to the end of its sentence that state a
 * measurable result (“力争A，B达到100%，确保不发生C”), and quoted targets (实现“不死人、少伤人”的目标).
 */
export function explicitTargets(text: string): string[] {
  const out: string[] = [];
  const plain = stripBold(text);
  for (const m of plain.matchAll(QUOTED_TARGET)) out.push(m[1]);
  if (!plain.includes('力争')) return out;
  for (const sentence of plain.split(/[。！!\n]/)) {
    const parts = clauses(sentence);
    const from = parts.findIndex((c) => c.includes('力争'));
    if (from < 0) continue;
    parts.slice(from).forEach((c, i) => {
      const target = i === 0 ? c.slice(c.indexOf('力争')) : c;
      if (i > 0 && !/\d|%|％|确保|实现|不发生|达到|提高|控制/.test(c)) return;
      const goal = target.replace(LEAD_WORD, '').trim();
      if (goal.length >= MIN_GOAL) out.push(goal);
    });
  }
  return out;
}
