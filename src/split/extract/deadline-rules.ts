/**
 * The phrase rules of the deadline reader, as data: each finds one way of writing a time limit,
 * period or frequency and says what it means. Rules run in order on width-folded text (（ → (,
 * ， → ,, － → -); where two would claim the same characters the earlier one wins, so longer and
 * more specific phrasings come first. Whether a match is a time limit at all (an effective date,
 * a forecast, a cited title) is decided afterwards, in deadlines.ts.
 */
import type { Deadline } from '../../model/schemas/deadline.ts';
import { chineseNumeral, isoDate, lastDayOfMonth } from '../text/patterns.ts';
import {
  FREQ, N, YEAR, after, dateOrRelative, monthSpan, num, relativeYear, yearOf, type Rule,
} from './deadline-forms.ts';

/** The periods a duty can recur in. */
const PER = '学年|学期|年度|半年|季度|星期|周|月|季|年|日|天';
/** When in the period: 年底, 15日前, 最后一月20日前, 3月底前, 逢8（8日、18日、28日）, 16时前, 终了后15日内. */
const WHEN = [
  '年底', '年初', '年末', '底', '末', '初',
  '(?:最后一个?|首|第一个)月\\s*\\d{1,2}\\s*日\\s*(?:前|之前|以前)?',
  '\\d{1,2}\\s*月\\s*(?:底|末|\\d{1,2}\\s*日)\\s*(?:前|之前|以前)?',
  '\\d{1,2}\\s*日\\s*(?:前|之前|以前)?',
  '逢\\s*[\\d一二三四五六七八九十]{1,2}(?:\\s*\\([^)]{1,24}\\))?',
  '\\d{1,2}\\s*时前',
  '(?:终了|结束)后\\s*\\d{1,2}\\s*(?:个工作日|日|天)内',
].join('|');
/** A verb may stand between the period and the count: 每年至少召开一次, 每月开展不少于一次. */
const VERB = '(?:召开|开展|组织|举办|举行|进行|检查|通报|报送|调度|督查|研判|分析|巡查|培训)';
const COUNT = `(?:\\s*${VERB})?\\s*(至少|不少于|不低于|不超过|最多)?\\s*${VERB}?\\s*${N}\\s*(?:至|到|-)?\\s*${N}?\\s*个?(?:次|课时|场次|场|期|轮|回)(以上)?`;
/** 每月一考核, 一季度一督查一通报: one act per period, the act named in a word or two. */
const ONE_EACH = '(一[\\u4e00-\\u9fa5]{1,2}?(?:一[\\u4e00-\\u9fa5]{1,2}?)?)(?=[,，。;；、\\s)]|$)';

function recurring(m: RegExpExecArray, raw: string): Deadline {
  // “When” as written: the folded match is as long as the raw phrase, so its place there is the same.
  const at = m[2] ? m[0].indexOf(m[2], 1 + m[1].length) : -1;
  const when = at < 0 ? null : raw.slice(at, at + m[2].length).trim();
  if (m[7]) return { raw, kind: 'recurring', frequency: FREQ[m[1]], minTimes: 1, maxTimes: 1, when };
  const a = num(m[4]);
  const b = num(m[5]);
  const atMost = m[3] === '不超过' || m[3] === '最多';
  const min = Number.isNaN(a) ? null : atMost ? null : a;
  const max = Number.isNaN(b) ? (atMost || (!m[3] && !m[6] && !Number.isNaN(a)) ? a : null) : b;
  return { raw, kind: 'recurring', frequency: FREQ[m[1]], minTimes: min, maxTimes: max, when };
}

const FREQUENCY_RULES: Rule[] = [
  // 每年至少2次, 每季度, 每月15日前, 每季度最后一月20日前, 每月逢8, 每学年不少于4个课时, 每月一考核.
  {
    needs: /每/,
    re: new RegExp(`每\\s*(${PER})(?:\\s*(${WHEN}))?(?:${COUNT}|${ONE_EACH})?`, 'g'),
    make: (m, _c, raw) => recurring(m, raw),
  },
  // 按月将…通报: 按 + a period is a frequency; 按年度 (计划) is not, it names the plan.
  {
    needs: /按/,
    re: /按(季度|季|月|周|半年)(?![份度])/g,
    make: (m, _c, raw) => ({ raw, kind: 'recurring', frequency: FREQ[m[1]], minTimes: null, maxTimes: null, when: null }),
  },
  { needs: /隔周/, re: /隔周一次/g, make: (_m, _c, raw) => ({ raw, kind: 'recurring', frequency: 'biweekly', minTimes: 1, maxTimes: 1, when: null }) },
  {
    needs: /一[季月周年]/,
    re: /一(季度|季|月|周|年)一[\u4e00-\u9fa5]{1,3}?(?:一[\u4e00-\u9fa5]{1,3})?(?=[，,。；;、\s]|$)/g,
    make: (m, _c, raw) => ({ raw, kind: 'recurring', frequency: FREQ[m[1]], minTimes: 1, maxTimes: 1, when: null }),
  },
];

/** A day or part of a month after N月: 15日, 上旬, 底, 初 (captured: the day, the 旬, 底/末/初). */
const DAY_PART = '(?:(\\d{1,2})\\s*日|(上|中|下)旬|(底|末|初))?';
/** A month with its year and day part, opening a span. */
const MONTH_POINT = `(?:${YEAR}\\s*年\\s*)?(\\d{1,2})\\s*月\\s*${DAY_PART}`;

/** The first day a month point covers: 15日 → 15, 下旬 → 21, 底 → the last day, else the 1st. */
function firstDay(day: string | undefined, xun: string | undefined, edge: string | undefined, y: number, m: number): number {
  if (day) return Number(day);
  if (xun) return { 上: 1, 中: 11, 下: 21 }[xun as '上'];
  return edge === '底' || edge === '末' ? lastDayOfMonth(y, m) : 1;
}

/** The last day a month point covers: 15日 → 15, 上旬 → 10, 初 → 10, else the month's last day. */
function lastDay(day: string | undefined, xun: string | undefined, edge: string | undefined, y: number, m: number): number {
  if (day) return Number(day);
  if (xun === '上' || edge === '初') return 10;
  if (xun === '中') return 20;
  return lastDayOfMonth(y, m);
}

const SPAN_RULES: Rule[] = [
  // 2012年起5年内: a span counted from a stated year, so it has both ends.
  {
    needs: /\d{4}/,
    re: new RegExp(`${YEAR}\\s*年\\s*(?:起|开始)?\\s*(?<!\\d)${N}\\s*年(?:内|时间)`, 'g'),
    make: (m, _c, raw) => {
      const n = num(m[2]);
      return n > 0 && n < 100 ? { raw, kind: 'period', start: `${m[1]}-01-01`, end: `${Number(m[1]) + n - 1}-12-31` } : null;
    },
  },
  // 2018年—2020年, 2019—2023年
  {
    needs: /\d{4}/,
    re: new RegExp(`(?:从|自)?${YEAR}\\s*年?\\s*[—–\\-~～至到]+\\s*${YEAR}\\s*年`, 'g'),
    make: (m, _c, raw) => (m[1] <= m[2] ? { raw, kind: 'period', start: `${m[1]}-01-01`, end: `${m[2]}-12-31` } : null),
  },
  // 6月至7月, 2021年3月—4月, 3月1日至5月31日, 6月至7月上旬, 2015年7月起至2017年底
  {
    needs: /月/,
    re: new RegExp(`${MONTH_POINT}\\s*(?:起|开始)?\\s*[—–\\-~～至到]+\\s*(?:${YEAR}\\s*)?(?:年\\s*)?(?:(\\d{1,2})\\s*月\\s*${DAY_PART}|(底|末))`, 'g'),
    make: (m, ctx, raw) => {
      const y1 = yearOf(m[1], ctx);
      const y2 = m[6] ? Number(m[6]) : y1;
      if (y1 === null || y2 === null) return { raw, kind: 'relative', anchor: null, direction: 'within', offset: null };
      const m1 = Number(m[2]);
      const m2 = m[11] ? 12 : Number(m[7]);
      const start = isoDate(y1, m1, firstDay(m[3], m[4], m[5], y1, m1));
      const end = isoDate(y2, m2, m[11] ? 31 : lastDay(m[8], m[9], m[10], y2, m2));
      return start && end && start <= end ? { raw, kind: 'period', start, end } : null;
    },
  },
  // 2021年4－5月, 3至5月: the 月 written once, after the second month.
  {
    needs: /月/,
    re: new RegExp(`(?<![\\d.])(?:${YEAR}\\s*年\\s*)?(\\d{1,2})\\s*[—–\\-~～至到]\\s*(\\d{1,2})\\s*月份?`, 'g'),
    make: (m, ctx, raw) => monthSpan(raw, yearOf(m[1], ctx), [Number(m[2]), 1], [Number(m[3]), 'end']),
  },
  // 8月下旬, 7月上、中旬, 次年12月中下旬
  {
    needs: /旬/,
    re: new RegExp(`(?:${YEAR}\\s*年\\s*|(次年|明年|今年|当年|本年))?(\\d{1,2})\\s*月\\s*(上|中|下)(?:\\s*[、和至到-]?\\s*(上|中|下))?旬`, 'g'),
    make: (m, ctx, raw) => {
      const y = m[1] ? Number(m[1]) : relativeYear(m[2], ctx);
      const first = { 上: 1, 中: 11, 下: 21 }[m[4] as '上'];
      const last = { 上: 10, 中: 20, 下: 'end' as const }[(m[5] ?? m[4]) as '上'];
      return monthSpan(raw, y, [Number(m[3]), first], [Number(m[3]), last]);
    },
  },
];

const DATE_RULES: Rule[] = [
  // 2022年“七一”前后, 五一前: the days these festivals fall on (5月1日 … 8月1日).
  {
    needs: /[五六七八]一/,
    re: new RegExp(`(?:${YEAR}\\s*年\\s*)?[“"]?(?<![一二三四五六七八九十\\d])([五六七八])一[”"]?\\s*(前后|前夕|期间|之前|前)`, 'g'),
    make: (m, ctx, raw) => dateOrRelative(raw, yearOf(m[1], ctx), chineseNumeral(m[2]), 1, m[3] === '前后' || m[3] === '期间' ? 'on' : 'by', 'day'),
  },
  // 9月20日前, 2019年9月30日, 7月1日前后 (around the day, not before it)
  {
    needs: /日/,
    re: new RegExp(`(?<![ \\t\\u3000])(?:到|至|于|在|截至)?\\s*(?:${YEAR}\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,4})\\s*日\\s*(前后|前|之前|以前|止)?`, 'g'),
    make: (m, ctx, raw) => dateOrRelative(raw, yearOf(m[1], ctx), Number(m[2]), Number(m[3]), m[4] && m[4] !== '前后' ? 'by' : 'on', 'day'),
  },
  // 9月底前, 2022年6月底, 在3月前, 从2011年7月开始; a bare month only when an action is scheduled in it (争取6月完成).
  {
    needs: /月/,
    re: new RegExp(`(?<![ \\t\\u3000])(从|自|到|至|于|在|截至)?\\s*(?:${YEAR}\\s*年\\s*|(次年|明年|今年|当年|本年))?(\\d{1,2})\\s*月\\s*(底|末|份|初)?\\s*(前|之前|以前|止|开始|起)?(?![\\d个])`, 'g'),
    make: (m, ctx, raw) => {
      const scheduled = /^(?:完成|建成|启动|开工|竣工|召开|举办|印发|出台)/.test(after(m));
      if (!m[1] && !m[2] && !m[3] && !m[5] && !m[6] && !scheduled) return null;
      const month = Number(m[4]);
      const year = m[2] ? Number(m[2]) : m[3] ? relativeYear(m[3], ctx) : ctx.year;
      const by = m[5] === '底' || m[5] === '末' || /前|止/.test(m[6] ?? '');
      if (m[5] === '初') return dateOrRelative(raw, year, month, 10, 'by', 'month');
      return dateOrRelative(raw, year, month, 'end', by ? 'by' : 'on', 'month');
    },
  },
];

export { FREQUENCY_RULES, SPAN_RULES, DATE_RULES };
