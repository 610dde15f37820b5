/**
 * What a unit name looks like, and how a written list of them splits: on 、，； and “X等Y”, except
 * a collective whose pieces are no names on their own (“大练、屿头派出所”, “各区、县级市”), which
 * stays whole as written.
 */
import { ORG_SUFFIX, PERSON_SUFFIX } from '../text/patterns.ts';
import { splitTopLevel } from '../text/text-utils.ts';
import { alternation, CLAUSE_START_WORDS, GENERIC_ORGANS, LEVEL_END, SELF_REFERENCE, THING_END } from './unit-lexicon.ts';

/** 各设区市, 各县（市、区）: every government of a kind, named by its level. */
const EVERY_LEVEL = /^各[\u4e00-\u9fa5]{0,6}(?:[（(][^）)]{1,8}[）)])?[省市县区州盟旗乡镇]$/;
const CLAUSE_START = new RegExp(`^(?:${alternation(CLAUSE_START_WORDS)})`);
const GENERIC = new RegExp(`^(?:${alternation(GENERIC_ORGANS)})+$`);
// A name holds no clause connector, no receiver (“向X”) and no role verb
// (“区交通与建设局业务检查指导并协助区规划局”).
const INNER_CLAUSE = /并|协助|会同|配合|负责|牵头|及时|为主|作为|向|设在|请/;
/**
 * A date or a report sent upward inside a candidate means a clause was read as a name
 * (“审查结果报县委”, “情况请于3月15日前报县委”); a newspaper's name ends in 报 (平潭时报).
 */
const CLAUSE_MARK = /[0-9０-９一二三四五六七八九十]\s*[月日]|日前|报(?![社刊]|$)/;
const ROLE_SUFFIX = /(?:牵头负责|按职责分工负责|分别负责|共同负责|负责|牵头|落实|配合|参与|协助|按职责落实)$/;
/** “X按职责分工负责”: after the role word is gone, how it is shared is no part of the name. */
const SHARE_SUFFIX = /(?:按职责分工|按职责|按照职责|分别|共同|各自)$/;

/** A bare organ word (“单位”, “处室”) that names no body on its own. */
export const isGenericOrgan = (word: string): boolean => GENERIC.test(word);

/**
 * True when `text` opens with a predicate (“引进台湾团队”), unless the rest is a bare organ word
 * (宣传部, 组织部). For a name only words of two characters or more count (对台办, 经发局 are names), and 其.
 */
export function startsLikeClause(text: string, asName = false): boolean {
  const m = CLAUSE_START.exec(text);
  if (m === null || GENERIC.test(text.slice(m[0].length))) return false;
  return !asName || m[0].length >= 2 || m[0] === '其';
}

/** An organisation's name: an organ ending, not a person or post, not a phrase with a verb in it. */
export function isUnitName(name: string, listed = false): boolean {
  if (name.length < 2 || name.length > 30 || PERSON_SUFFIX.test(name) || /^(?:各级|其他|相关|有关|团队)$/.test(name)) return false;
  // A bare organ word (“部门”, “处室”) names no body; nor does a team (“专业设计团队”).
  if (INNER_CLAUSE.test(name) || CLAUSE_MARK.test(name) || startsLikeClause(name, true) || /团队$/.test(name) || GENERIC.test(name)) return false;
  if (THING_END.test(name) || SELF_REFERENCE.test(name)) return false;
  // A label or tag says its words are units: a place named by its level (越秀区) counts there.
  return ORG_SUFFIX.test(name) || EVERY_LEVEL.test(name) || (listed && LEVEL_END.test(name));
}

export function cleanName(part: string): string {
  // “1.区社会事业局”: a list number in front is no part of the name.
  return part.trim().replace(ROLE_SUFFIX, '').replace(SHARE_SUFFIX, '').replace(/^(?:\d{1,2}\s*[、.．]|[（(]\d{1,2}[）)])\s*/, '').replace(/^(?:由|和|及|与|以及)/, '').replace(/等$/, '').trim();
}

/** A piece that names nothing alone but shares the ending of the list (“大练”, “处室”, “县级市”). */
function isStem(piece: string): boolean {
  if (GENERIC.test(piece) || /^[村乡镇]$/.test(piece)) return true;
  // “各市、县（区）人民政府”: a bare level after 各 shares the list's ending like “市、县” does.
  if (/^各(?:省|市|县|区)$/.test(piece)) return true;
  // Any other “各X” is a body of its own (“各处室、各年级”), never the front of a shared ending.
  if (piece.startsWith('各')) return false;
  return piece.length <= 8 && /^[\u4e00-\u9fa5（）()]+$/.test(piece) && !PERSON_SUFFIX.test(piece) && !startsLikeClause(piece, true) && !isUnitName(piece, true);
}

/** A level named without a place (“县级市”, “乡镇（街道）”): as the last piece it shares the list's front. */
const LEVEL_WORD = /^(?:县级市|县（市、区）|区县（自治县）|乡镇（街道）)$/;

/** “区交通与建设局等区直部门”: two bodies; “审计、质量安全监管等部门” stays one. */
function splitEtc(piece: string, listed: boolean): string[] {
  const parts = piece.split('等');
  if (parts.length !== 2) return [piece];
  // “数字办等部门”: a bare organ word after 等 only sums up the list.
  if (isUnitName(parts[0], listed) && GENERIC.test(parts[1])) return [parts[0]];
  return parts.every((p) => isUnitName(p, listed)) ? parts : [piece];
}

/** “区城投集团（区园林公司）”: the name before an alias in brackets, when only that reads as a name. */
function withoutAlias(piece: string, listed: boolean): string {
  const m = /^(.+?)[（(][^（）()]{2,20}[）)]$/.exec(piece);
  return m && !isUnitName(piece, listed) && !LEVEL_END.test(piece) && isUnitName(m[1], listed) ? m[1] : piece;
}

/** The bodies of one 、-list: its pieces, or the whole list when it is one collective. */
export function listToNames(list: string, listed = false): string[] {
  const pieces = splitTopLevel(list, /[、]/).map(cleanName).map((p) => withoutAlias(p, listed));
  const whole = cleanName(list);
  const last = pieces[pieces.length - 1];
  // “各责任部门、单位”: 各 runs over a bare organ word at the end, which names nothing alone.
  const eachOver = pieces[0]?.startsWith('各') && GENERIC.test(last);
  if (pieces.length > 1 && (pieces.slice(0, -1).some(isStem) || LEVEL_WORD.test(last) || eachOver) && (isUnitName(last, true) || GENERIC.test(last))) {
    return isUnitName(whole, true) || LEVEL_END.test(whole) ? [whole] : [];
  }
  return pieces.flatMap((p) => splitEtc(p, listed)).map(cleanName).filter((n) => isUnitName(n, listed));
}

/** Splits a list of organs “A、B，C”, never inside brackets. */
export function splitUnitList(text: string, listed = true): string[] {
  return splitTopLevel(text, /[，,；;]/).flatMap((part) => listToNames(part.replace(/^(?:或|和|及|以及)/, ''), listed));
}
