/**
 * Units in a cell of a table's unit column (牵头单位, 责任单位, 配合单位 …). The column says the cell
 * names units, so any name that is not a person counts; what is left to read is how the names are
 * separated, which role labels the cell carries, and where names were run together.
 */
import { ORG_SUFFIX, PERSON_SUFFIX } from '../text/patterns.ts';
import { splitTopLevel, stripBold } from '../text/text-utils.ts';

export type CellRole = 'lead' | 'unit' | 'support';
export interface CellUnits { lead: string[]; assigned: string[]; support: string[] }

/** Role labels written inside a cell (“牵头单位：X 配合单位：Y”); the label, not the column, gives the role. */
const CELL_LABELS: [CellRole, RegExp][] = [
  ['lead', /^(?:牵头|主办|主责|主管)/],
  ['support', /^(?:配合|协办|协同|参与|协助)/],
  ['unit', /^/],
];
const LABEL = /(?:牵头|主办|主责|主管|配合|协办|协同|参与|协助|责任|负责|实施)(?:单位|部门|处室|科室)?\s*[:：]/g;

/** A list number before a name (“1.区财政局 2.区税务局”, “（2）区住建局”, “②区水利局”): not part of the name. */
const LIST_NUMBER = /(?:^|(?<=[\s、，,；;]))(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])\s*/g;
/** Where a list number starts a new name although nothing separates it from the previous one. */
const GLUED_LIST_NUMBER = /(?<=[\u4e00-\u9fa5）)])(?=(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]))/g;

/** Cell values that mean “no unit”. */
const PLACEHOLDER = /^(?:无|暂无|—+|-+|－+|\/|／|待定|\.+|…+)$/;

/**
 * Organ endings after which a name may go on naming one of its own divisions (“区委组织部”,
 * “县教育局办公室”, “区政府办督查室”, “局机关各支部”): after them a glued name starts a new organ only when it
 * starts with an administrative level of its own (“区环境与国土资源局区规划局”).
 */
const CONTAINER_END = /(?:局|委|厅|政府|公司|集团|管委会|委员会|办|院|行|部|机关|系统|学校|党组)$/;
const LEVEL_START = /^(?:区(?!域)|市(?!场|民)|县|省(?!级)|州|镇|乡(?!村)|街道|自治)/;
/**
 * Endings that close a name for certain. Single characters that also sit inside words (社 of 社会,
 * 镇 of 城镇, 部 of 全部, 所 of 所有) end a name before a glued one only when that one starts with a level.
 */
const CLOSING_END = /(?:局|委|办|处|科|室|厅|中心|公司|集团|政府|委员会|工会|团委|单位|部门|小组|大队|支队|指挥部|管委会|办事处)$/;

/** Multi-character organ endings (“办公室”, “组织部”): a glued name is never cut inside one of them. */
const SUFFIX_WORDS = [...ORG_SUFFIX.source.matchAll(/[\u4e00-\u9fa5（）]{2,}/g)].map((m) => m[0]);

function isCellName(name: string): boolean {
  return name.length >= 2 && name.length <= 30 && !PERSON_SUFFIX.test(name) && !PLACEHOLDER.test(name);
}

/** A name that stands on its own: an organ ending, or a body named by “各” (“各年段”). */
function standsAlone(name: string): boolean {
  return name.length >= 2 && (ORG_SUFFIX.test(name) || /^各[\u4e00-\u9fa5]{1,6}$/.test(name)) && !PERSON_SUFFIX.test(name);
}

function cutsSuffixWord(text: string, at: number): boolean {
  return SUFFIX_WORDS.some((w) => {
    for (let k = 1; k < w.length; k++) if (text.slice(at - k, at - k + w.length) === w) return true;
    return false;
  });
}

/** Names run together without a separator, cut where one organ's name ends and another's begins. */
/** Endings that name a branch of something: never a body on their own (人民银行天水市中心支行 is one body). */
const BRANCH_ONLY = /^(?:支行|分行|分局|支局|分所|支队|大队|中队|分公司|子公司|分院|分会|分中心|分部)$/;

export function splitGluedNames(text: string): string[] {
  for (let at = 3; at <= text.length - 2; at++) {
    const left = text.slice(0, at);
    const right = text.slice(at);
    if (!ORG_SUFFIX.test(left) || cutsSuffixWord(text, at)) continue;
    // “各年段”, “各支部”: 各 opens a body of its own after any organ that is not a container.
    if (!CLOSING_END.test(left) && !LEVEL_START.test(right) && !right.startsWith('各')) continue;
    if (CONTAINER_END.test(left) && !LEVEL_START.test(right)) continue;
    const rest = splitGluedNames(right);
    if (rest.every(standsAlone) && !BRANCH_ONLY.test(right) && (right.length >= 3 || SUFFIX_WORDS.includes(right))) return [left, ...rest];
  }
  return [text];
}

/** The pieces of a cell between separators: 、，；, spaces, list numbers; a lone character is letter spacing (“工 会”). */
function cellPieces(text: string): string[] {
  const spaced = text.replace(GLUED_LIST_NUMBER, ' ').replace(LIST_NUMBER, ' ');
  const pieces: string[] = [];
  for (const part of splitTopLevel(spaced, /[、，,；;]/)) {
    const words = part.trim().split(/[\s\u3000]+/).filter(Boolean);
    let current = '';
    for (const w of words) {
      // “团 委”, “工 会”: a single character spaced for looks belongs to the name before it.
      if (current && /^[\u4e00-\u9fa5]$/.test(w)) current += ` ${w}`;
      else {
        if (current) pieces.push(current);
        current = w;
      }
    }
    if (current) pieces.push(current);
  }
  return pieces.map((p) => p.replace(/^(?:和|及|与|以及)/, '').replace(/等$/, '').trim());
}

/**
 * A role word written on a piece: before it (“协助执法部门”, “配合县公安局”: the body helps) or after it
 * (“县水利局牵头”, “县财政局配合”). The word is no part of the name; it gives the piece's role.
 */
const ROLE_BEFORE: [CellRole, RegExp][] = [['support', /^(?:协助|配合|协同|参与|协办)(?=[\u4e00-\u9fa5]{2})/]];
const ROLE_AFTER: [CellRole, RegExp][] = [
  ['lead', /(?:牵头负责|牵头)$/],
  ['support', /(?:配合|协助|参与|协办)$/],
  ['unit', /负责$/],
];

function pieceRole(piece: string): { piece: string; role: CellRole | null } {
  for (const [role, re] of [...ROLE_BEFORE, ...ROLE_AFTER]) {
    const rest = piece.replace(re, '').trim();
    if (rest !== piece && rest.length >= 2) return { piece: rest, role };
  }
  return { piece, role: null };
}

/** A piece's names: itself as written, or, when names were run together, each name (letter spacing dropped). */
function namesOf(text: string): { name: string; role: CellRole | null }[] {
  return cellPieces(text)
    .map(pieceRole)
    .flatMap(({ piece, role }) => {
      const names = splitGluedNames(piece.replace(/\s+/g, ''));
      return (names.length > 1 ? names : [piece]).map((name) => ({ name, role }));
    })
    .filter(({ name }) => isCellName(name));
}

/** The units of one cell, by role: labels inside the cell override the column's role. */
export function cellToAssignment(cell: string, columnRole: CellRole): CellUnits {
  const text = stripBold(cell);
  const out: CellUnits = { lead: [], assigned: [], support: [] };
  const list = (role: CellRole) => (role === 'lead' ? out.lead : role === 'support' ? out.support : out.assigned);
  const labels = [...text.matchAll(LABEL)];
  const segments = [{ role: columnRole, text: text.slice(0, labels[0]?.index ?? text.length) }];
  labels.forEach((m, i) => {
    const role = CELL_LABELS.find(([, re]) => re.test(m[0]))?.[0] ?? 'unit';
    segments.push({ role, text: text.slice(m.index + m[0].length, labels[i + 1]?.index ?? text.length) });
  });
  for (const s of segments) {
    for (const { name, role } of namesOf(s.text)) if (![...out.lead, ...out.assigned, ...out.support].includes(name)) list(role ?? s.role).push(name);
  }
  return out;
}
