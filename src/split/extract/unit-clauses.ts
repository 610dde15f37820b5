/**
 * Units named in running text: “由X牵头/负责/根据…”, and each clause's subject when it is an
 * organisation, with the role its verb gives (“X负责”, “X配合”, “X要…”), and the body a clause
 * helps (“X要配合Y开展…”: Y leads).
 */
import { ORG_SUFFIX, PERSON_SUFFIX } from '../text/patterns.ts';
import { splitTopLevel } from '../text/text-utils.ts';
import { memoByText } from '../text/memo.ts';
import {
  alternation, ASSIGNING_WORDS, CLAUSE_START_WORDS, FUNDING_PREDICATE, JOINT_WORDS, LEADING_FILLERS, OBLIGING_WORDS, PARTNER_WORDS, SUPPORTING_WORDS,
  type UnitRole,
} from './unit-lexicon.ts';
import { cleanName, isGenericOrgan, isUnitName, listToNames, startsLikeClause } from './unit-names.ts';

const words = (list: readonly string[]) => new RegExp(`^(?:${alternation(list)})`);
const ASSIGNING = words(ASSIGNING_WORDS);
const SUPPORTING = words(SUPPORTING_WORDS);
const OBLIGING = words(OBLIGING_WORDS);
/** After 由X or 配合X any verb will do (“由区财政局根据…制定”); a clause's subject needs a word that gives it a role. */
const AFTER_LED_BY = words([...ASSIGNING_WORDS, ...SUPPORTING_WORDS, ...OBLIGING_WORDS, ...CLAUSE_START_WORDS, '汇总', '自行', '具体', '统一']);
const ROLE_GIVING = words([...ASSIGNING_WORDS, ...SUPPORTING_WORDS, ...OBLIGING_WORDS]);
const PARTNER = new RegExp(`^(?:要|应|须|均要|都要|积极|主动)*(?:${alternation(PARTNER_WORDS)})`);
const FILLER = words(LEADING_FILLERS);
const JOINT = new RegExp(`^(?:要|应|应当)?(?:${alternation(JOINT_WORDS)})`);
/** “县财政局负责同志”, “各单位主要负责人”: the head of a body, a person (as in an attendance list), not an assignment. */
const HEAD_OF = /^(?:主要)?负责(?:同志|人)/;

/** Last characters a unit or person name can end with (a level may end in “（街道）”): a cheap test before the suffix patterns. */
const NAME_END = new Set([...[...(ORG_SUFFIX.source + PERSON_SUFFIX.source).matchAll(/([^|(?:)$\\])(?=[|)])/g)].map((m) => m[1]), ...'省市县区州盟旗乡镇）)']);

/** “所在”, “所需”: 所 followed by these is a word of its own, not an institute (“各取所需”). */
const SUO_WORD = /所$/;
const AFTER_SUO = /^[在需有属得以谓]/;

/** Whether `text` read up to `end` is a name followed by a predicate word; null once a connector is inside. */
function nameEndsAt(text: string, end: number, isName: (s: string) => boolean, predicate: RegExp): boolean | null {
  const name = text.slice(0, end);
  if (/[并由向]|协助|会同|配合|负责|牵头/.test(name)) return null;
  if (!NAME_END.has(text[end - 1]) || (SUO_WORD.test(name) && AFTER_SUO.test(text.slice(end)))) return false;
  return predicate.test(text.slice(end)) && isName(name);
}

/**
 * The first prefix of `text` that is a name followed by a predicate word, with the rest; a name
 * a few characters longer wins (“县委组织部负责”: not 县委 before “组织”).
 */
function nameBeforePredicate(text: string, isName: (s: string) => boolean, predicate = ROLE_GIVING): { name: string; rest: string } | null {
  // A list of names (“区纪工委、廉政办、…等部门”) may run longer than one name.
  const limit = Math.min(/^[^，。；,;]{2,30}、/.test(text) ? 90 : 30, text.length - 1);
  let found = 0;
  // A list runs on past its first name: a later name in it wins however far (“县委组织部、县财政局按职责分工负责”).
  const reach = (at: number) => (text[at] === '、' || text.slice(at, at + 8).includes('、') ? limit : at + 4);
  for (let end = 2; end <= limit && (!found || end <= reach(found)); end++) {
    const ok = nameEndsAt(text, end, isName, predicate);
    if (ok === null) break;
    if (ok) found = end;
  }
  return found ? { name: text.slice(0, found), rest: text.slice(found) } : null;
}

/**
 * The parts of a subject “A和B”, “A、B”: 各 distributes over what follows (“各单位、部门党组织” is one
 * body: each 单位's and 部门's 党组织), so such a subject stays whole.
 */
export const subjectParts = memoByText((subject: string): string[] => {
  // 和 及 与 join two bodies only when the left side is a body itself: 住房和城乡建设局 is one.
  const chunks: string[] = [];
  let current = '';
  let depth = 0;
  for (const c of subject) {
    if ('（(《“'.includes(c)) depth++;
    else if ('）)》”'.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '和及与或'.includes(c)) {
      const head = current.trim().split('、').pop() ?? '';
      if (isUnitName(head) || PERSON_SUFFIX.test(head)) {
        chunks.push(current.trim());
        current = '';
        continue;
      }
    }
    current += c;
  }
  chunks.push(current.trim());
  const pieces = chunks.flatMap((chunk) => splitTopLevel(chunk, /、/));
  // Only a bare “各X” distributes (“各单位、部门党组织”, “各单位和部门的党组织”); “各县政府、市直部门” are two bodies.
  if (pieces.length > 1 && isGenericOrgan(pieces[0].replace(/^各/, '')) && pieces[0].startsWith('各') && !pieces[1].startsWith('各') && isUnitName(subject)) return [subject];
  // A subject is bodies only: “福建省科技厅与中国光华科技基金会” names one body and one that is not.
  // Persons beside them (“领导班子和领导干部”) are left out.
  const names = chunks.filter((chunk) => !PERSON_SUFFIX.test(chunk)).map((chunk) => listToNames(cleanName(chunk)));
  // Every piece of a list is a name, or the list is one collective: “县水利局、县” (cut before “应急”) is neither.
  const whole = (chunk: string, n: string[]) => (n.length === 1 && n[0] === chunk) || n.length >= splitTopLevel(chunk, /、/).filter((p) => !PERSON_SUFFIX.test(p)).length;
  const kept = chunks.filter((chunk) => !PERSON_SUFFIX.test(chunk));
  return names.every((n, i) => n.length > 0 && whole(cleanName(kept[i]), n)) ? names.flat() : [];
});

const isSubject = memoByText((s: string) => subjectParts(s).length > 0 && !startsLikeClause(s, true));

/** “由X牵头”, “由X负责”, “由X根据…制定”: X is assigned (leads with 牵头); “由X给予资助” funds only. */
export function ledByUnits(text: string): { role: UnitRole; names: string[] }[] {
  const out: { role: UnitRole; names: string[] }[] = [];
  for (const m of text.matchAll(/由([^，。；,;：:由（(]{2,60})/g)) {
    const found = nameBeforePredicate(m[1], isSubject, AFTER_LED_BY);
    if (!found || FUNDING_PREDICATE.test(found.rest)) continue;
    out.push({ role: /^(?:共同|联合)?牵头/.test(found.rest) ? 'lead' : 'assigned', names: subjectParts(found.name) });
  }
  return out;
}

export interface ClauseUnits {
  lead: string[];
  assigned: string[];
  support: string[];
  /** Bodies a clause obliges (“各支部要…”) without assigning the task. */
  obliged: string[];
  /** Bodies others help (“X要配合Y开展…”). */
  partners: string[];
}

function stripFillers(raw: string): string {
  let clause = raw.trim();
  for (let k = 0; k < 3 && FILLER.test(clause); k++) clause = clause.replace(FILLER, '');
  return clause;
}

/**
 * “督促各责任部门、单位充分应用…”, “要求各乡镇建立…”: the issuer urges every body of a kind to act, so
 * those bodies are obliged by the clause. Only a “各” collective counts: an urged single body (“督促村委会”)
 * is the object of someone else's task.
 */
const URGING = /^(?:督促|要求|推动)/;

function urgedBodies(clause: string): string[] {
  const m = URGING.exec(clause);
  if (!m || !clause.startsWith('各', m[0].length)) return [];
  const found = nameBeforePredicate(clause.slice(m[0].length), isSubject, AFTER_LED_BY);
  return found ? subjectParts(found.name) : [];
}

/** The subject of each clause that is an organisation, by what its verb makes it. */
export function clauseSubjects(text: string): ClauseUnits {
  const out: ClauseUnits = { lead: [], assigned: [], support: [], obliged: [], partners: [] };
  const push = (list: string[], names: string[]) => names.forEach((n) => list.includes(n) || list.push(n));
  for (const raw of text.split(/[。；;，,：:！!？?\n]/)) {
    const clause = stripFillers(raw);
    const urged = urgedBodies(clause);
    if (urged.length) push(out.obliged, urged);
    if (startsLikeClause(clause)) continue;
    const found = nameBeforePredicate(clause, (s) => isSubject(s) || PERSON_SUFFIX.test(s));
    if (!found || /^的/.test(found.rest.replace(ROLE_GIVING, '')) || FUNDING_PREDICATE.test(found.rest) || HEAD_OF.test(found.rest)) continue;
    const names = subjectParts(found.name);
    if (!names.length) continue;
    const partner = PARTNER.exec(found.rest);
    const helped = partner ? nameBeforePredicate(found.rest.slice(partner[0].length), isSubject, AFTER_LED_BY) : null;
    if (helped) push(out.partners, subjectParts(helped.name));
    const joint = JOINT.exec(found.rest);
    const joined = joint ? nameBeforePredicate(found.rest.slice(joint[0].length), isSubject, AFTER_LED_BY) : null;
    if (joined) push(out.assigned, [...names, ...subjectParts(joined.name)]);
    else if (/^(?:共同|联合)?牵头/.test(found.rest)) push(out.lead, names);
    else if (ASSIGNING.test(found.rest)) push(out.assigned, names);
    else if (SUPPORTING.test(found.rest) || helped) push(helped && !SUPPORTING.test(found.rest) ? out.obliged : out.support, names);
    else if (OBLIGING.test(found.rest)) push(out.obliged, names);
  }
  return out;
}

/**
 * Duty paragraphs: “区交通与建设局：负责…”, “各片区管理局、各乡镇：负责…”, “县档案馆：配合…”. The
 * bodies before the colon are given the duty the verb after it names. A label (“责任单位：”) is read
 * with the labels; anything before the colon that is not a list of names is left alone.
 */
const DUTY_LINE = /^(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*([^：:，。；,;\n]{2,60})[：:]\s*((?:牵头|负责|配合|协助|参与)[^\n]*)/gm;

export function dutyLineUnits(text: string): { role: UnitRole; names: string[] }[] {
  const out: { role: UnitRole; names: string[] }[] = [];
  for (const m of text.matchAll(DUTY_LINE)) {
    const names = listToNames(m[1].trim());
    if (!names.length || HEAD_OF.test(m[2]) || FUNDING_PREDICATE.test(m[2])) continue;
    out.push({ role: /^牵头/.test(m[2]) ? 'lead' : SUPPORTING.test(m[2]) ? 'support' : 'assigned', names });
  }
  return out;
}
