/**
 * Responsible units (责任单位) of a measure: 【…负责】 tags, 牵头单位/责任单位/配合单位 labels,
 * “由X牵头”, “X负责…”, and, as the document's own word for who acts, the organisations a sentence
 * obliges (“各支部要…”). Names are kept as written; people and posts are never units.
 */
import { ORG_SUFFIX, PERSON_SUFFIX } from '../text/patterns.ts';
import { splitTopLevel, stripBold } from '../text/text-utils.ts';
import { cellToAssignment } from './cell-units.ts';

export interface UnitAssignment {
  lead: string[];
  assigned: string[];
  support: string[];
}

const TAG = /【([^【】]{2,200})】/g;
const ROLE_WORD = /(?:牵头|负责|配合|参与|协助)(?:[，,；;、]|$)/;

/** Top-level （…） groups that assign work: “（综合科牵头，县委政研室配合）”, “（各县区负责）”. */
function parenthesisedTags(text: string): { start: number; end: number; inner: string }[] {
  const out: { start: number; end: number; inner: string }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === '）' || c === ')') && depth > 0) {
      depth--;
      if (depth === 0) {
        const inner = text.slice(start + 1, i);
        if (ROLE_WORD.test(inner) && inner.length <= 200) out.push({ start, end: i + 1, inner });
      }
    }
  }
  return out;
}

function readTag(inner: string, out: UnitAssignment): void {
  if (HAS_LABEL.test(inner)) return; // labels inside a tag are read with the labels
  for (const part of splitTopLevel(inner, /[、，,；;]/)) {
    const names = splitUnitList(part);
    if (/牵头$/.test(part.trim())) add(out.lead, names);
    else if (/(?:配合|参与|协助)$/.test(part.trim())) add(out.support, names);
    else add(out.assigned, names);
  }
}
const LABEL = /(牵头单位|牵头部门|主责单位|责任单位|责任部门|负责单位|实施主体|责任主体|配合单位|协同单位|参与单位|配合部门|协办单位)\s*[:：]\s*([^；;）)\n。】]+)/g;

/** The value of a label, up to ；。 or the bracket that closes the label's own parentheses. */
function labelValue(text: string, from: number): string {
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text[i];
    if ('（(【'.includes(c)) depth++;
    else if ('）)】'.includes(c)) {
      if (depth === 0) break;
      depth--;
    } else if ('；;。\n'.includes(c)) break;
  }
  return text.slice(from, i);
}
const HAS_LABEL = new RegExp(LABEL.source);
const LED_BY = /由([^，。；,;：:由]{2,40}?)(牵头负责|牵头|负责|统筹)(?:[，,]\s*([^，。；,;]{2,60}?)(配合|参与|协助|协同))?/g;
const ROLE_SUFFIX = /(?:牵头负责|按职责分工负责|分别负责|共同负责|负责|牵头|落实|配合|参与|协助|按职责落实)$/;
const LEADING_FILLER = /^(?:[一二三四五六七八九十]+是|首先|其次|同时|并且|并|特别是|尤其是|重点是|另外|此外|再次|最后|由|请|选树|确定|指定)/;
const STARTS_WITH_VERB = /^(?:实现|开发|做到|压实|选优|配强|推行|完成|优化|提出|研究|增强|培养|注重|保持|构建|打造|形成|改进|促进|引导|鼓励|支持|明确|细化|严肃|持续|扩大|拓展|突出|加大|筑牢|树牢|夯实|激发|营造|弘扬|确立|联合|督促|指导|开展|探索|狠抓|抓|聚焦|紧盯|强化|提升|落实|加强|推进|开展|建立|落实|制定|完善|健全|组织|实施|推动|强化|提升|提高|做好|抓好|坚持|深化|严格|规范|确保|以|按照|根据|围绕|通过|对|把|将|在|从|为|结合|利用|发挥|选|要|对于|关于|有的|有些|凡|各类|一批|全面|进一步|认真|积极|充分|切实|深入|大力|着力|扎实|努力|不断|及时)/;
const EXPLICIT_TRIGGER = /^(?:牵头负责|牵头|负责|带头)/;
const OBLIGED_TRIGGER = /^(?:要|必须|应当|应|须|需要|需|都要|均要|务必|协助|配合|召集|充分|认真|切实|严格|积极|主动|每年|每季度|每月|每半年|定期|在|将|深入|进一步|全面|坚持|加强|做好|抓好|落实|开展|建立|制定|履职|发挥|对|按照|结合|围绕|统筹|督促|指导)/;

/** Last characters a unit or person name can end with: a cheap test before the suffix patterns. */
const NAME_END = new Set([...[...(ORG_SUFFIX.source + PERSON_SUFFIX.source).matchAll(/([^|(?:)$\\])(?=[|)])/g)].map((m) => m[1]), ...'省市县区州盟旗乡镇']);

/** 各设区市, 各县（市、区）: every government of a kind, named by its level. */
const EVERY_LEVEL = /^各[\u4e00-\u9fa5]{0,6}(?:[（(][^）)]{1,8}[）)])?[省市县区州盟旗乡镇]$/;

function isUnitName(name: string): boolean {
  return name.length >= 2 && name.length <= 30 && (ORG_SUFFIX.test(name) || EVERY_LEVEL.test(name)) && !PERSON_SUFFIX.test(name) && !/^(?:各级|其他|相关|有关)$/.test(name);
}

function cleanName(part: string): string {
  return part.trim().replace(ROLE_SUFFIX, '').replace(/^(?:由|和|及|与|以及)/, '').replace(/等$/, '').trim();
}

/** Splits a list of organs “A、B，C”, never inside brackets. */
export function splitUnitList(text: string): string[] {
  return splitTopLevel(text, /[、，,；;]/).map(cleanName).filter(isUnitName);
}

/**
 * The parts of a subject “A和B”, “A、B”: 各 distributes over what follows (“各单位、部门党组织” is one
 * body: each 单位's and 部门's 党组织), so such a subject stays whole.
 */
function subjectParts(subject: string): string[] {
  // 和 及 与 join two bodies only when the left side is a body itself: 住房和城乡建设局 is one.
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (const c of subject) {
    if ('（(《“'.includes(c)) depth++;
    else if ('）)》”'.includes(c)) depth = Math.max(0, depth - 1);
    const joins = depth === 0 && (c === '、' || ('和及与'.includes(c) && (isUnitName(current.trim()) || PERSON_SUFFIX.test(current.trim()))));
    if (joins) {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  parts.push(current.trim());
  // Only a bare “各X” distributes (“各单位、部门党组织”); “各县政府、市直部门” are two bodies.
  if (parts.length > 1 && parts[0].startsWith('各') && parts[0].length <= 4 && !parts[1].startsWith('各') && isUnitName(subject)) return [subject];
  return parts.map(cleanName).filter(isUnitName);
}

function add(list: string[], names: string[]): void {
  for (const n of names) if (!list.includes(n)) list.push(n);
}

/** The subject of each clause that is an organisation, and whether the clause assigns (负责) or obliges (要). */
function clauseSubjects(text: string): { explicit: string[]; obliged: string[] } {
  const explicit: string[] = [];
  const obliged: string[] = [];
  for (const raw of text.replace(TAG, '。').split(/[。；;，,：:！!？?\n]/)) {
    let clause = raw.trim();
    for (let k = 0; k < 3 && LEADING_FILLER.test(clause); k++) clause = clause.replace(LEADING_FILLER, '');
    if (STARTS_WITH_VERB.test(clause)) continue;
    for (let end = 2; end <= Math.min(30, clause.length - 1); end++) {
      if (!NAME_END.has(clause[end - 1])) continue;
      const subject = clause.slice(0, end);
      const rest = clause.slice(end);
      const isExplicit = EXPLICIT_TRIGGER.test(rest);
      const trigger = (isExplicit ? EXPLICIT_TRIGGER : OBLIGED_TRIGGER).exec(rest);
      // “各单位制定的方案”: the verb describes a noun, the clause's subject is elsewhere.
      if (!trigger || /^的/.test(rest.slice(trigger[0].length))) continue;
      // “到所在支部”: 所 followed by 在 is the word 所在, not an institute.
      if (subject.endsWith('所') && rest.startsWith('在')) continue;
      // “本办法由市财政局负责解释”: the body after 由 is read by the 由X负责 rule, not as a subject.
      if (subject.includes('由')) continue;
      const parts = subjectParts(subject);
      if (!parts.length || !(ORG_SUFFIX.test(subject) || EVERY_LEVEL.test(subject) || PERSON_SUFFIX.test(subject))) continue;
      add(isExplicit ? explicit : obliged, parts);
      break;
    }
  }
  return { explicit, obliged };
}

export function textToUnits(input: string): UnitAssignment {
  const text = stripBold(input);
  const out: UnitAssignment = { lead: [], assigned: [], support: [] };
  for (const m of text.matchAll(TAG)) readTag(m[1], out);
  const parens = parenthesisedTags(text);
  for (const p of parens) readTag(p.inner, out);
  for (const m of text.matchAll(LABEL)) {
    const names = splitUnitList(labelValue(text, m.index + m[0].length - m[2].length));
    if (/牵头|主责/.test(m[1])) add(out.lead, names);
    else if (/配合|协同|参与|协办/.test(m[1])) add(out.support, names);
    else add(out.assigned, names);
  }
  for (const m of text.matchAll(LED_BY)) {
    const names = subjectParts(m[1].trim());
    add(m[2].includes('牵头') ? out.lead : out.assigned, names);
    if (m[3]) add(out.support, splitUnitList(m[3]));
  }
  let plain = text;
  for (const p of parens.reverse()) plain = `${plain.slice(0, p.start)}。${plain.slice(p.end)}`;
  const { explicit, obliged } = clauseSubjects(plain);
  add(out.assigned, explicit);
  add(out.assigned, obliged);
  out.assigned = out.assigned.filter((n) => !out.lead.includes(n) && !out.support.includes(n));
  out.support = out.support.filter((n) => !out.lead.includes(n));
  return out;
}

/** Lead units first, then the other assigned ones, then supporting ones. */
export function unitsInOrder(a: UnitAssignment): string[] {
  return [...a.lead, ...a.assigned, ...a.support];
}

/** Units in a table's unit column: the column says they are units, so any name that is not a person counts. */
export function cellToUnits(cell: string): string[] {
  return unitsInOrder(cellToAssignment(cell, 'unit'));
}
