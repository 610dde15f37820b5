/** Shared vocabulary of the genre: what organs, titles and dates look like. */
import { chineseNumeral } from '../../model/chinese-numeral.ts';

export { chineseNumeral };

/** 发文字号: organ abbreviation, year in 〔〕 (or [] （） 【】), number, 号 (or 期 for 纪要 and 简报). */
export const DOC_NUMBER = /(?:[\u4e00-\u9fa5A-Za-z]{1,12}\s*)?[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*[号期]/;

/** Words a document title ends with. */
export const TITLE_END = /(?:通知|方案|意见|要点|清单|办法|决定|计划|规定|报告|函|批复|细则|纲要|规划|安排|通报|决议|公告|请示|纪要|措施|分工表|任务表|制度|规则|守则|指引|指南|标准|条例|名单|一览表|明细表|汇总表|台账)》?$/;

/** True when every 《 〈 （ ( “ opened in `text` is closed. */
export function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if ('《〈（(“'.includes(c)) depth++;
    else if ('》〉）)”'.includes(c)) depth--;
  }
  return depth <= 0;
}

const CN_DIGIT = '〇零一二三四五六七八九';
const CN_NUMBER = '[〇零一二三四五六七八九十]';

/** A date as written: “2018年8月24日” or “二〇一八年八月二十四日” (groups: year, month, day). */
export const DATE_TEXT = `((?:19|20)\\d{2}|[${CN_DIGIT}]{4})\\s*年\\s*(\\d{1,2}|${CN_NUMBER}{1,3})\\s*月\\s*(\\d{1,2}|${CN_NUMBER}{1,3})\\s*日`;

// A line that is only a date: the 成文日期 under a signature, or the date under a title, which
// 实施意见 and speeches put in brackets (“（2012年9月19日）”).
export const DATE_LINE = new RegExp(`^\\s*(?:${DATE_TEXT}|[（(]\\s*${DATE_TEXT}\\s*[）)])\\s*$`);

/** Digit-by-digit year such as 二〇一八, or a numeral such as 十二. */
function chineseToNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 4) return Number([...text].map((c) => String(chineseNumeral(c === '〇' || c === '零' ? '〇' : c))).join(''));
  return chineseNumeral(text);
}

/** “2018年8月24日” or “二〇一八年八月二十四日” → 2018-08-24; null when not a valid date. */
export function dateLineToIso(line: string): string | null {
  const m = DATE_LINE.exec(line);
  return m ? dateGroupsToIso(m[1] ? m.slice(1, 4) : m.slice(4, 7)) : null;
}

/** The first date written anywhere in `text`, as YYYY-MM-DD; null when none or not a valid date. */
export function dateTextToIso(text: string): string | null {
  const m = new RegExp(DATE_TEXT).exec(text);
  return m ? dateGroupsToIso(m.slice(1, 4)) : null;
}

function dateGroupsToIso([y, month, day]: string[]): string | null {
  const year = /^\d+$/.test(y) ? Number(y) : chineseToNumber(y);
  return isoDate(year, chineseNumeral(month), chineseNumeral(day));
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year > 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Endings of names of organisations (as opposed to people and posts). 企业, 海关, 银行 and the
 * newspapers are bodies a task can be given to (“配合单位：各电信运营企业、平潭海关”).
 */
export const ORG_SUFFIX =
  /(?:党组织|党委|党组|党工委|工委|总支|支部|委员会|组织部|宣传部|统战部|部|局|办|办公室|委|厅|处|科|室|中心|小组|班子|队|站|所|院|校|学校|单位|部门|机关|政府|协会|学会|联合会|工会|团委|妇联|系统|党校|公司|集团|街道|社区|乡镇|镇|村|纪委|监委|纪检组|办事处|管委会|专班|组|社|馆|电视台|电台|各级|党组（党委）|（党委）|（党组）|\(党委\)|企业|国企|海关|银行|支行|分行|时报|日报|晚报|工商联|科协|侨联|残联|文联|商会|法院|检察院|股|股室|年级|年段|总署|团中央|红十字会|科学院|气象台)$/;

/** Endings that make a noun phrase a person or a post, which is never a unit. */
export const PERSON_SUFFIX =
  /(?:书记|校长|局长|处长|科长|部长|主任|干部|党员|成员|委员|负责人|领导|同志|教师|职工|员工|群众|学生|代表|人员|骨干|积极分子|个人|家长|专家|人才|河长|湖长|林长|组长|指挥长|队长|站长|所长|院长|行长)$/;
