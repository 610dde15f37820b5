/**
 * Clause rules for goal statements: which clauses of a target sentence say how, why or when
 * rather than what is to be reached. Each rule says why; goals.ts applies them.
 */
import { textToDeadlines } from './deadlines.ts';

/** A clause that states the target itself; clauses before it in the sentence say how (“通过专项整治，…”). */
export const TARGET_START = /^(?:力争|争取|确保|实现|使|努力实现|基本实现)/;
/** Lead words dropped from a goal: the statement is what follows them. */
export const LEAD_WORD = /^(?:力争|争取|努力|确保|全力确保|实现|基本实现|使|让)+/;

/** The means (“通过专项整治”, “以…为重点”, “结合…建设”, “紧紧围绕…”), not a target. */
const MEANS = /^(?:通过|经过|按照|根据|依托|借助|结合|紧紧围绕|围绕|以[^，,]*为)/;
/** A purpose (“为进一步健全…机制”, “为…创造…环境”), not a target; 为期/为主 are not purposes. */
const PURPOSE = /^为(?!期|主)/;
/**
 * A task (“大力实施…”, “着力构建…”, “推进…”, “促进…”): effort adverbs and 推进/加快/促进/加强 open work to be done, not a
 * state to reach, unless what follows is a completion (“着力完成3个停车场建设”).
 */
const TASK = /^(?:大力|着力|积极|认真|狠抓|推进|加快|促进|(?:全面)?加强)(?!完成|实现|建成)/;
/** An assignment (“由公园建设单位负责实施”) says who, not what is to be reached. */
const ASSIGNMENT = /^由[^，,]{1,20}(?:负责|牵头|组织)/;
/** A connective (“在此基础上”), not a target. */
const CONNECTIVE = /^在[^，,]{0,12}基础上$/;

export function isApproach(clause: string): boolean {
  return MEANS.test(clause) || PURPOSE.test(clause) || TASK.test(clause) || ASSIGNMENT.test(clause) || CONNECTIVE.test(clause);
}

/**
 * A clause that only says how long or by when (“通过三年的努力”, “到2018年”) is a span, not a goal;
 * a count beside the time (“全年新建水厂3座”) makes it a target.
 */
export function isOnlySpan(text: string): boolean {
  const clause = text.replace(/(\d)\s+(?=\d)/g, '$1'); // “到20 18年” as published
  if (/^\d{4}年(?:起|内)?$/.test(clause)) return true; // a bare year (“2015年，完成…”)
  const spans = textToDeadlines(clause, { year: null });
  const rest = spans.reduce((t, d) => t.replace(d.raw, ''), clause);
  return spans.length > 0 && rest.length <= 6 && !/\d/.test(rest);
}

/** A clause that is only a rate of change (“增长25%”) completes the quantity before it. */
export const CHANGE_RATE = /^(?:同比|年均|比上年)?(?:增长|下降|提高|降低|减少)\d[\d.]*[%％]$/;

/**
 * A sentence that looks back at the goals (“为实现上述目标，…”, “…特制定本方案”) ends them: what
 * follows is how they are to be reached.
 */
export const REFERS_BACK = /^为(?:实现|完成|确保|达到)?(?:上述|以上|这些|此)|特制定|制定本/;

const CLOSE: Record<string, string> = { '“': '”', '（': '）', '(': ')' };

/**
 * Clauses of a sentence, split at ，；, but never inside a quotation or brackets (“建成70座公厕（其中
 * 旧城区7座，景区20座）” is one); a stray opener (no closer after it) opens nothing.
 */
export function clauses(sentence: string): string[] {
  const out: string[] = [];
  const chars = [...sentence];
  let current = '';
  let close = '';
  for (const [i, c] of chars.entries()) {
    if (!close && CLOSE[c] && chars.slice(i + 1).includes(CLOSE[c])) close = CLOSE[c];
    else if (c === close) close = '';
    if (!close && /[，,；;]/.test(c)) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}
