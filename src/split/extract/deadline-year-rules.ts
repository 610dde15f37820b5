/**
 * Deadline rules for parts of a year, whole years and relative times (see deadline-rules.ts for
 * frequencies, spans and dates, which run first).
 */
import type { Deadline } from '../../model/schemas/deadline.ts';
import { chineseNumeral, isoDate, lastDayOfMonth } from '../text/patterns.ts';
import { N, UNIT, YEAR, after, dateOrRelative, num, relativeYear, wholeYear, type Rule } from './deadline-forms.ts';

/** A part of a year: 第二季度, 二季度末, 上半年, 年底; null when it is no part this reader knows. */
function yearPart(raw: string, y: number, part: string): Deadline | null {
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
}

/** Words before 年内 / 全年 that make them something else: 五年内, 学年内, 去年全年. */
const NOT_BEFORE_YEAR_WORD = '(?<![年\\d一二三四五六七八九十两个多近数学去上前往本当今明次该])';
/** Words after 今年 / 年内 / 全年 that make them something else: 今年将, 今年以来, 全年龄, 今年上半年. */
const NOT_AFTER_YEAR_WORD = '(?![龄度份将以是的起开始上下底末初前内\\d一二三四五六七八九十])';

/** The work a year can be set for: 今年 before one of these is a time limit. */
const YEAR_VERB = '(?:要|需|必须|务必|完成|创建|新建|建成|建设|开展|实现|推进|启动|举办|组织|召开|培训|新增|改造|打造|争创|力争|确保|全面|全力)';

export const YEAR_RULES: Rule[] = [
  // 第一季度, 上半年, 2021年底前, 今年底, 年底前; 年（学年）终 and 学期末 are the end of a school year or term.
  {
    needs: /季度|半年|年[底末终初]|[底末]|年\(学年\)终|学[年期][末终]/,
    // The spaces before the year belong to the optional year: two \\s* side by side split a long run every way.
    re: new RegExp(`(?<![ \\t\\u3000])(到|至|于|在|截至)?(?:\\s*(?:${YEAR}\\s*年|(今|本|当|次|明)年))?\\s*(第?[一二三四]季度末?|上半年|下半年|年底|年末|年终|年初|年\\(学年\\)终|学年[末终]|学期[末终]|底|末)\\s*(前|之前|以前)?`, 'g'),
    make: (m, ctx, raw) => {
      const part = m[4];
      if ((part === '底' || part === '末') && !m[2] && !m[3]) return null;
      // “按照年初制定的方案”: a time the text looks back to, not a time limit.
      if (!m[1] && !m[2] && !m[5] && /^(?:(?:制定|确定|下达|提出)的|的)/.test(after(m))) return null;
      if (/学/.test(part)) return { raw, kind: 'relative', anchor: raw.replace(/前$|之前$|以前$/, ''), direction: m[5] ? 'before' : 'at', offset: null };
      const y = m[2] ? Number(m[2]) : m[3] ? relativeYear(m[3] + '年', ctx) : ctx.year;
      if (y === null) return { raw, kind: 'relative', anchor: part, direction: m[5] ? 'before' : 'at', offset: null };
      return yearPart(raw, y, part);
    },
  },
  // 今年内, 年内, 全年: the document's own year.
  {
    needs: /今年内|本年度?内|年内|全年/,
    re: new RegExp(`${NOT_BEFORE_YEAR_WORD}(今年内|本年度内|本年内|年内|全年)${NOT_AFTER_YEAR_WORD}`, 'g'),
    make: (m, ctx, raw) => wholeYear(raw, ctx.year, m[1]),
  },
  // 今年新建5处, 今年要开展: a bare 今年 only before the work it sets (not 纳入今年…学习内容, 今年我县降雨偏多, 今年计划).
  {
    needs: /今年/,
    re: new RegExp(`${NOT_BEFORE_YEAR_WORD}今年(?=${YEAR_VERB})`, 'g'),
    make: (_m, ctx, raw) => wholeYear(raw, ctx.year, '今年'),
  },
  // 确保2021年…, 力争2025年…: the year a target is set for, when it is not already past.
  {
    needs: /确保|力争|争取|力求/,
    re: new RegExp(`(?<=确保|力争|争取|力求)${YEAR}\\s*年(?![度级底末初内前后起])`, 'g'),
    make: (m, ctx, raw) => (ctx.year !== null && Number(m[1]) >= ctx.year ? dateOrRelative(raw, Number(m[1]), 12, 31, 'on', 'year') : null),
  },
  // 到2020年, 2020年前, 2016年起
  {
    needs: /\d{4}/,
    re: new RegExp(`(?<![ \\t\\u3000])(到|至|于|在|截至)?\\s*${YEAR}(?:\\s*年\\s*(前|之前|以前|内|起|开始)?(?![度级]))`, 'g'),
    make: (m, _c, raw) => {
      if (!m[1] && !m[3]) return null;
      return dateOrRelative(raw, Number(m[2]), 12, 31, m[1] || m[3]?.includes('前') ? 'by' : 'on', 'year');
    },
  },
];

export const RELATIVE_RULES: Rule[] = [
  // 次月10日前, 下月5日前: a day of the month after the one the duty falls in.
  {
    needs: /[次下]月/,
    re: /(次月|下月)\s*(\d{1,2})\s*日\s*(前|之前|以前)?/g,
    make: (m, _c, raw) => ({ raw, kind: 'relative', anchor: m[1], direction: m[3] ? 'before' : 'at', offset: { amount: Number(m[2]), unit: 'day' } }),
  },
  // 任期届满前6个月, 提前6个月
  {
    needs: /前|后/,
    re: new RegExp(`(?<![ \\t\\u3000])(任期届满|届满|期满|到期|换届)?\\s*(前|后|提前)\\s*${N}\\s*个?\\s*(工作日|日|天|周|月|年)`, 'g'),
    make: (m, _c, raw) => {
      if (!m[1] && m[2] !== '提前') return null;
      return { raw, kind: 'relative', anchor: m[1] ?? null, direction: m[2] === '后' ? 'after' : 'before', offset: { amount: num(m[3]), unit: UNIT[m[4]] } };
    },
  },
  // 10个工作日内, 30分钟内
  {
    needs: /内/,
    re: new RegExp(`(?<!\\d)${N}\\s*个?\\s*(工作日|日|天|周|月|小时|分钟)内`, 'g'),
    make: (m, _c, raw) => ({ raw, kind: 'relative', anchor: null, direction: 'within', offset: { amount: num(m[1]), unit: UNIT[m[2]] } }),
  },
  // 5年内 opening a clause (“5年内，市、区两级引进…”); inside one it qualifies a noun (三年内退休教师, 扶持3至5年内达…企业).
  {
    needs: /年内/,
    // The lookbehind allows a few spaces only: an unbounded \\s* there is rescanned at every position of a long run.
    re: new RegExp(`(?<=^|[,。;:\\n]|[,。;:\\n][ \\t\\u3000]{1,4})${N}\\s*(年)内`, 'g'),
    make: (m, _c, raw) => ({ raw, kind: 'relative', anchor: null, direction: 'within', offset: { amount: num(m[1]), unit: UNIT[m[2]] } }),
  },
  // 连续3年: a span of consecutive years or months (not 连续3年以上获评, a condition).
  {
    needs: /连续/,
    re: new RegExp(`连续\\s*${N}\\s*个?\\s*(年|月|周|天|日)(?!以上|及以上|获|被|荣获|评)`, 'g'),
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
  // 本学期, 本学年: the school term or year the document is written in.
  { needs: /本学/, re: /本(学期|学年)(?:内)?/g, make: (_m, _c, raw) => ({ raw, kind: 'relative', anchor: raw, direction: 'within', offset: null }) },
  // 高考中考后, 开学前, 换届后, 寒假前
  {
    needs: /[在于]|汛|春节|国庆|元旦|节假日|开学|假|考|换届/,
    re: /(?:(?:在|于)((?:高考|中考|开学|放假|寒假|暑假|换届|年度考核|考核|验收|评估|会后|春节|国庆|元旦){1,3})|((?:主汛期|汛期|汛前|春节|国庆|元旦|节假日|开学|寒假|暑假|高考|中考|换届)))(之后|以后|后|之前|以前|前)/g,
    make: (m, _c, raw) => ({ raw: raw.replace(/^[在于]/, ''), kind: 'relative', anchor: m[1] ?? m[2], direction: m[3].includes('后') ? 'after' : 'before', offset: null }),
  },
  { needs: /中期/, re: /中期/g, make: (_m, _c, raw) => ({ raw, kind: 'relative', anchor: '中期', direction: 'at', offset: null }) },
];
