/**
 * Deadline phrases (时限) as written → normalised deadlines: dates, periods, recurrences and
 * relative times. The phrase rules are in deadline-rules.ts and deadline-year-rules.ts; this
 * module runs them and drops what reads like a time but limits nothing (see NOT_DEADLINES).
 * Vague adverbs (及时, 定期, 常态化) match no rule.
 */
import { deadlineSchema, type Deadline } from '../../model/schemas/deadline.ts';
import { foldWidth } from '../../model/name-key.ts';
import { isoDate } from '../text/patterns.ts';
import type { DeadlineContext, Rule } from './deadline-forms.ts';
import { DATE_RULES, FREQUENCY_RULES, SPAN_RULES } from './deadline-rules.ts';
import { RELATIVE_RULES, YEAR_RULES } from './deadline-year-rules.ts';

export type { DeadlineContext };

const RULES: Rule[] = [...FREQUENCY_RULES, ...SPAN_RULES, ...DATE_RULES, ...YEAR_RULES, ...RELATIVE_RULES];

/** A match in its text: what stands before it (its preposition included), the phrase, what follows. */
interface Found {
  before: string;
  phrase: string;
  after: string;
  deadline: Deadline;
}

/** Times that limit nothing; each test reads the match in its text. */
const NOT_DEADLINES: { why: string; test: (f: Found) => boolean }[] = [
  // 本条例自2021年1月1日起施行
  { why: 'the date rules take effect', test: (f) => /^\s*起?\s*(?:施行|执行|实施|生效)/.test(f.after) && (/起$/.test(f.phrase) || /^\s*起/.test(f.after)) },
  // 2025年4月18日下午，…主持召开专题会议
  { why: 'when something happened', test: (f) => /日/.test(f.phrase) && /^\s*(?:上午|下午|晚上|晚|早上|,?\s*(?:在|于)[^,。]{0,20}(?:召开|举行))/.test(f.after.slice(0, 24)) },
  // 2020年12月3日重庆市…常务委员会第二十二次会议通过
  { why: 'the day the document was adopted', test: (f) => /日$/.test(f.phrase) && /^[^,。;]{0,40}会议[^,。;]{0,8}通过/.test(f.after) },
  // 在2020年工作基础上, 在2014年的基础上: a year the text builds on
  { why: 'a time looked back on', test: (f) => !/前|内|底|止/.test(f.phrase) && /^[^,。;]{0,24}基础上/.test(f.after) },
  // 截止日期：2015年9月1日 on a line of its own (a table's data date), 数据截至2020年底
  {
    why: 'the date data are given as of',
    test: (f) => (/(?:^|\n)\s*截[止至](?:日期|时间)?\s*:?\s*$/.test(f.before) && /^\s*(?:\n|$)/.test(f.after)) || /(?:数据|统计|资料)[^,。;]{0,4}截[止至][^,。;\d]{0,4}$/.test(f.before),
  },
  // 有效期至2025年12月31日, 有效期5年
  { why: 'how long a document or licence is valid', test: (f) => /有效期[^,。;]{0,8}$/.test(f.before) },
  // 今年8月可投入使用: a forecast, not a limit on anyone
  { why: 'a forecast', test: (f) => /^\s*(?:即可|将可|可|有望)/.test(f.after) },
  // 《…规划（2015-2020年）》 written without its 《》: the years are part of the plan's name
  { why: 'part of a plan name', test: (f) => /(?:规划|纲要|计划|方案|行动|工程)\s*\($/.test(f.before) && /^\s*\)/.test(f.after) },
  // 形成上半年重点监控报告, 报送上半年工作总结: the period a report covers
  { why: 'the period a report covers', test: (f) => /(?:形成|报送|上报|撰写|提交|编制|报)\s*$/.test(f.before) && /^[^,。;]{0,12}(?:报告|总结)/.test(f.after) },
  // 依据年初、年中考核和年终全面考核结果; 力争年底考核加分: the name of an assessment
  { why: 'the name of an assessment', test: (f) => /^(?:年初|年中|年终|年底|年末)$/.test(f.phrase) && /^(?:、年中)?(?:全面|综合)?(?:考核|考评|评估|测评|评比)/.test(f.after) },
];

/** Ranges of `text` inside 《…》: the titles of other documents hold no deadline of this one. */
function citedRanges(text: string): [number, number][] {
  return [...text.matchAll(/《[^》《]*》/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** A normalised form that passes the schema, with real calendar days and periods that run forwards. */
function wellFormed(d: Deadline): boolean {
  const real = (iso: string) => {
    const [y, m, day] = iso.split('-').map(Number);
    return isoDate(y, m, day) === iso;
  };
  if (!deadlineSchema.safeParse(d).success) return false;
  if (d.kind === 'date') return real(d.date);
  if (d.kind === 'period') return real(d.start) && real(d.end) && d.start <= d.end;
  return true;
}

/** Every match of one rule that no earlier rule has claimed: a deadline, or null for a time that limits nothing. */
function ruleMatches(rule: Rule, folded: string, text: string, ctx: DeadlineContext, taken: [number, number][]) {
  const out: { start: number; end: number; deadline: Deadline | null }[] = [];
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
    if (m[0].trim() === '') {
      rule.re.lastIndex++;
      continue;
    }
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    // “在9月底前” is written as “9月底前”; “到2020年” keeps its 到, which is part of the limit.
    const preposition = /^(?:至|于|在|截至)\s*(?=\d)/.exec(folded.slice(start, end))?.[0].length ?? 0;
    const made = rule.make(m, ctx, text.slice(start + preposition, end));
    // A rule that makes nothing of its match (a bare 6月) leaves the characters to the others.
    if (!made) continue;
    const found = { before: folded.slice(0, start + preposition), phrase: folded.slice(start + preposition, end), after: folded.slice(end), deadline: made };
    out.push({ start, end, deadline: wellFormed(made) && !NOT_DEADLINES.some((n) => n.test(found)) ? made : null });
  }
  return out;
}

export function textToDeadlines(text: string, ctx: DeadlineContext): Deadline[] {
  const folded = foldWidth(text);
  // Cited titles, and every phrase a rule has read (a deadline or a refused time), are closed to later rules.
  const taken: [number, number][] = citedRanges(folded);
  const found: { start: number; deadline: Deadline }[] = [];
  for (const rule of RULES) {
    if (!rule.needs.test(folded)) continue;
    for (const { start, end, deadline } of ruleMatches(rule, folded, text, ctx, taken)) {
      // A refused time also closes its characters: 本条例自2021年1月1日起施行 holds no 2021年1月.
      if (deadline) found.push({ start, deadline });
      taken.push([start, end]);
    }
  }
  found.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return found.map((f) => f.deadline).filter((d) => !seen.has(d.raw) && (seen.add(d.raw), true));
}
