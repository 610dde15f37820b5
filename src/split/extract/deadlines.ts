/**
 * Deadline phrases (时限) as written → normalised deadlines: dates, periods, recurrences and
 * relative times. Vague adverbs (及时, 定期, 常态化) are not deadlines.
 */
import type { Deadline } from '../../model/schemas/deadline.ts';
import { foldWidth } from '../../model/name-key.ts';
import { chineseNumeral, isoDate, lastDayOfMonth } from '../text/patterns.ts';

export interface DeadlineContext {
  /** The year a bare month (9月底前) belongs to: the document's year. */
  year: number | null;
}

interface Rule {
  /** A cheap test that the rule can match at all: most texts hold few time words. */
  needs: RegExp;
  re: RegExp;
  make: (m: RegExpExecArray, ctx: DeadlineContext, raw: string) => Deadline | null;
}

const N = '(\\d{1,3}|[一二三四五六七八九十两]{1,3})';
const num = (s: string | undefined) => (s === undefined ? NaN : chineseNumeral(s.trim()));
const FREQ: Record<string, Deadline extends infer D ? (D extends { kind: 'recurring'; frequency: infer F } ? F : never) : never> = {
  日: 'daily', 天: 'daily', 周: 'weekly', 星期: 'weekly', 月: 'monthly', 季度: 'quarterly', 季: 'quarterly', 半年: 'half-yearly',
  年: 'yearly', 学年: 'yearly', 年度: 'yearly', 学期: 'half-yearly',
};
const UNIT: Record<string, 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'> = { 分钟: 'minute', 小时: 'hour', 日: 'day', 天: 'day', 工作日: 'day', 周: 'week', 月: 'month', 年: 'year' };

function yearOf(text: string | undefined, ctx: DeadlineContext): number | null {
  const y = text ? Number(/\d{4}/.exec(text)?.[0]) : NaN;
  return y > 0 ? y : ctx.year;
}

function dateOrRelative(raw: string, year: number | null, month: number, day: number | 'end', bound: 'by' | 'on', precision: 'day' | 'month' | 'year'): Deadline {
  const date = year === null ? null : isoDate(year, month, day === 'end' ? lastDayOfMonth(year, month) : day);
  if (date) return { raw, kind: 'date', date, bound, precision };
  return { raw, kind: 'relative', anchor: null, direction: bound === 'by' ? 'before' : 'at', offset: null };
}

const RULES: Rule[] = [
  // 每年至少2次, 每季度, 每半年一次, 每年年底, 每月召开一次 → the frequency and the count.
  {
    needs: /每/,
    re: new RegExp(`每\\s*(学年|学期|年度|半年|季度|星期|周|月|季|年|日|天)(年底|年初|年末|底|末|初|\\d{1,2}\\s*时前)?(?:\\s*(至少|不少于|不超过|最多)?\\s*${N}\\s*(?:至|到|-)?\\s*${N}?\\s*次(以上)?)?`, 'g'),
    make: (m, _c, raw) => {
      const a = num(m[4]);
      const b = num(m[5]);
      const atMost = m[3] === '不超过' || m[3] === '最多';
      const min = Number.isNaN(a) ? null : atMost ? null : a;
      const max = Number.isNaN(b) ? (atMost || (!m[3] && !m[6] && !Number.isNaN(a)) ? a : null) : b;
      return { raw, kind: 'recurring', frequency: FREQ[m[1]], minTimes: min, maxTimes: max, when: m[2] ?? null };
    },
  },
  { needs: /隔周/, re: /隔周一次/g, make: (_m, _c, raw) => ({ raw, kind: 'recurring', frequency: 'biweekly', minTimes: 1, maxTimes: 1, when: null }) },
  {
    needs: /一[季月周年]/,
    re: /一(季度|季|月|周|年)一[\u4e00-\u9fa5]{1,3}?(?:一[\u4e00-\u9fa5]{1,3})?(?=[，,。；;、\s]|$)/g,
    make: (m, _c, raw) => ({ raw, kind: 'recurring', frequency: FREQ[m[1]], minTimes: 1, maxTimes: 1, when: null }),
  },
  // 2018年—2020年, 2019—2023年
  {
    needs: /\d{4}/,
    re: /(?:从|自)?((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*年/g,
    make: (m, _c, raw) => ({ raw, kind: 'period', start: `${m[1]}-01-01`, end: `${m[2]}-12-31` }),
  },
  // 6月至7月, 2021年3月—4月, 3月1日至5月31日
  {
    needs: /月/,
    re: /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?\s*[—–\-－~～至到]+\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?(?:底|末)?/g,
    make: (m, ctx, raw) => {
      const y1 = yearOf(m[1], ctx);
      const y2 = m[4] ? Number(m[4]) : y1;
      if (y1 === null || y2 === null) return { raw, kind: 'relative', anchor: null, direction: 'within', offset: null };
      const start = isoDate(y1, Number(m[2]), m[3] ? Number(m[3]) : 1);
      const end = isoDate(y2, Number(m[5]), m[6] ? Number(m[6]) : lastDayOfMonth(y2, Number(m[5])));
      return start && end ? { raw, kind: 'period', start, end } : null;
    },
  },
  // 8月下旬
  {
    needs: /旬/,
    re: /(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(上旬|中旬|下旬)/g,
    make: (m, ctx, raw) => {
      const y = yearOf(m[1], ctx);
      const mo = Number(m[2]);
      if (y === null) return { raw, kind: 'relative', anchor: null, direction: 'within', offset: null };
      const [a, b] = m[3] === '上旬' ? [1, 10] : m[3] === '中旬' ? [11, 20] : [21, lastDayOfMonth(y, mo)];
      const start = isoDate(y, mo, a);
      const end = isoDate(y, mo, b);
      return start && end ? { raw, kind: 'period', start, end } : null;
    },
  },
  // 9月20日前, 2019年9月30日
  {
    needs: /日/,
    re: /(?:到|至|于|在|截至)?\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,4})\s*日\s*(前|之前|以前|止)?/g,
    make: (m, ctx, raw) => dateOrRelative(raw, yearOf(m[1], ctx), Number(m[2]), Number(m[3]), m[4] ? 'by' : 'on', 'day'),
  },
  // 9月底前, 2022年6月底, 在3月前
  {
    needs: /月/,
    re: /(到|至|于|在|截至)?\s*(?:((?:19|20)\d{2})\s*年\s*|(次年|明年|今年|当年|本年))?(\d{1,2})\s*月\s*(底|末|份|初)?\s*(前|之前|以前|止)?(?![\d个])/g,
    make: (m, ctx, raw) => {
      if (!m[1] && !m[2] && !m[3] && !m[5] && !m[6]) return null;
      const month = Number(m[4]);
      const year = m[3] === '次年' || m[3] === '明年' ? (ctx.year === null ? null : ctx.year + 1) : yearOf(m[2], ctx);
      if (m[5] === '初') return dateOrRelative(raw, year, month, 10, 'by', 'month');
      return dateOrRelative(raw, year, month, 'end', m[5] === '底' || m[5] === '末' || m[6] ? 'by' : 'on', 'month');
    },
  },
  // 第一季度, 上半年, 2021年底前, 到2020年, 年底前
  {
    needs: /季度|半年|年[底末终初]|[底末]/,
    re: /(到|至|于|在|截至)?\s*(?:((?:19|20)\d{2})\s*年|(?:今|本|当|次|明)年)?\s*(第[一二三四]季度|[一二三四]季度末|上半年|下半年|年底|年末|年终|年初|底|末)\s*(前|之前|以前)?/g,
    make: (m, ctx, raw) => {
      const y = m[2] ? Number(m[2]) : raw.includes('次年') || raw.includes('明年') ? (ctx.year ?? NaN) + 1 : ctx.year;
      const part = m[3];
      if ((part === '底' || part === '末') && !m[2]) return null;
      // “按照年初制定的方案”: a time the text looks back to, not a time limit.
      if (!m[1] && !m[2] && !m[4] && /^(?:(?:制定|确定|下达|提出)的|的)/.test(m.input.slice(m.index + m[0].length))) return null;
      if (y === null || Number.isNaN(y)) return { raw, kind: 'relative', anchor: part, direction: m[4] ? 'before' : 'at', offset: null };
      const q = /[一二三四]/.exec(part);
      if (q) {
        const n = chineseNumeral(q[0]);
        if (part.endsWith('末')) return dateOrRelative(raw, y, n * 3, 'end', 'by', 'month');
        return { raw, kind: 'period', start: isoDate(y, n * 3 - 2, 1)!, end: isoDate(y, n * 3, lastDayOfMonth(y, n * 3))! };
      }
      if (part === '上半年') return { raw, kind: 'period', start: `${y}-01-01`, end: `${y}-06-30` };
      if (part === '下半年') return { raw, kind: 'period', start: `${y}-07-01`, end: `${y}-12-31` };
      if (part === '年初') return dateOrRelative(raw, y, 3, 'end', 'by', 'month');
      return dateOrRelative(raw, y, 12, 31, 'by', 'year');
    },
  },
  // 到2020年, 2020年前, 2018“规范化建设”主题年
  {
    needs: /\d{4}/,
    re: /(到|至|于|在|截至)?\s*((?:19|20)\d{2})(?:\s*年\s*(前|之前|以前|内|起|开始)?(?![度级]))/g,
    make: (m, _c, raw) => {
      if (!m[1] && !m[3]) return null;
      return dateOrRelative(raw, Number(m[2]), 12, 31, m[1] || m[3]?.includes('前') ? 'by' : 'on', 'year');
    },
  },
  { needs: /\d{4}/, re: /((?:19|20)\d{2})(?:\s*年)?(?=\s*[“"])/g, make: (m, _c, raw) => dateOrRelative(raw, Number(m[1]), 12, 31, 'on', 'year') },
  // 次月10日前, 下月5日前: a day of the month after the one the duty falls in.
  {
    needs: /[次下]月/,
    re: /(次月|下月)\s*(\d{1,2})\s*日\s*(前|之前|以前)?/g,
    make: (m, _c, raw) => ({ raw, kind: 'relative', anchor: m[1], direction: m[3] ? 'before' : 'at', offset: { amount: Number(m[2]), unit: 'day' } }),
  },
  // 任期届满前6个月, 提前6个月, 5个工作日内
  {
    needs: /前|后/,
    re: new RegExp(`(任期届满|届满|期满|到期|换届)?\\s*(前|后|提前)\\s*${N}\\s*个?\\s*(工作日|日|天|周|月|年)`, 'g'),
    make: (m, _c, raw) => {
      if (!m[1] && m[2] !== '提前') return null;
      return { raw, kind: 'relative', anchor: m[1] ?? null, direction: m[2] === '后' ? 'after' : 'before', offset: { amount: num(m[3]), unit: UNIT[m[4]] } };
    },
  },
  {
    needs: /内/,
    re: new RegExp(`${N}\\s*个?\\s*(工作日|日|天|周|月|小时|分钟)内`, 'g'),
    make: (m, _c, raw) => ({ raw, kind: 'relative', anchor: null, direction: 'within', offset: { amount: num(m[1]), unit: UNIT[m[2]] } }),
  },
  // 用三年时间, 通过3年, 用2至3年时间
  {
    needs: /用|通过|利用|经过/,
    re: new RegExp(`(?:用|通过|利用|经过)\\s*${N}\\s*(?:至|到|-)?\\s*${N}?\\s*个?\\s*(年|月)(?:的?时间|的努力|左右)?`, 'g'),
    make: (m, _c, raw) => {
      const amount = num(m[2]) || num(m[1]);
      return amount > 0 ? { raw, kind: 'relative', anchor: null, direction: 'within', offset: { amount, unit: UNIT[m[3]] } } : null;
    },
  },
  { needs: /今年/, re: /从今年(?:开始|起)|今年起/g, make: (_m, _c, raw) => ({ raw, kind: 'relative', anchor: '今年', direction: 'after', offset: null }) },
  // 高考中考后, 开学前, 换届后
  {
    needs: /[在于]|汛|春节|国庆|元旦|节假日|开学|假|考|换届/,
    re: /(?:(?:在|于)((?:高考|中考|开学|放假|寒假|暑假|换届|年度考核|考核|验收|评估|会后|春节|国庆|元旦){1,3})|((?:主汛期|汛期|汛前|春节|国庆|元旦|节假日|开学|寒假|暑假|高考|中考|换届)))(之后|以后|后|之前|以前|前)/g,
    make: (m, _c, raw) => ({ raw: raw.replace(/^[在于]/, ''), kind: 'relative', anchor: m[1] ?? m[2], direction: m[3].includes('后') ? 'after' : 'before', offset: null }),
  },
  { needs: /中期/, re: /中期/g, make: (_m, _c, raw) => ({ raw, kind: 'relative', anchor: '中期', direction: 'at', offset: null }) },
];

/** Ranges of `text` inside 《…》: the titles of other documents hold no deadline of this one. */
function citedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /《[^》]*》/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function textToDeadlines(text: string, ctx: DeadlineContext): Deadline[] {
  const folded = foldWidth(text);
  const cited = citedRanges(folded);
  const found: { start: number; end: number; deadline: Deadline }[] = [];
  for (const rule of RULES) {
    if (!rule.needs.test(folded)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(folded))) {
      if (m[0].trim() === '') {
        rule.re.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (cited.some(([a, b]) => start >= a && start < b)) continue;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // “自2016年10月1日起施行” is when the rules take effect, not a time limit on anyone.
      if (/^\s*起(?:施行|执行|实施|生效)/.test(folded.slice(end, end + 4))) continue;
      // “2025年4月18日下午，…主持召开专题会议”: when something happened, not a time limit.
      if (/日/.test(m[0]) && /^\s*(?:上午|下午|晚上|晚|早上|，?\s*(?:在|于)[^，。]{0,20}(?:召开|举行))/.test(folded.slice(end, end + 24))) continue;
      // “在9月底前” is written as “9月底前”; “到2020年” keeps its 到, which is part of the limit.
      const preposition = /^(?:至|于|在|截至)\s*(?=\d)/.exec(folded.slice(start, end))?.[0].length ?? 0;
      const raw = text.slice(start + preposition, end);
      const deadline = rule.make(m, ctx, raw);
      if (deadline) found.push({ start, end, deadline });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return found.map((f) => f.deadline).filter((d) => !seen.has(d.raw) && (seen.add(d.raw), true));
}
