/**
 * Responsible units (责任单位) of a measure: 【…负责】 tags, 牵头单位/责任单位/配合单位 labels,
 * “由X牵头”, “X负责…”, and, as the document's own word for who acts, the organisations a sentence
 * obliges (“各支部要…”). Names are kept as written; people and posts are never units. Labels and
 * tags are the document's formal assignment: where an item has them, the bodies its sentences
 * merely oblige are not added.
 */
import { splitTopLevel, stripBold } from '../text/text-utils.ts';
import { hasLabel, labelsToUnits } from './unit-labels.ts';
import { cleanName, isUnitName, listToNames, splitUnitList } from './unit-names.ts';
import { clauseSubjects, dutyLineUnits, ledByUnits } from './unit-clauses.ts';

export { splitUnitList };
import { cellToAssignment } from './cell-units.ts';

export interface UnitAssignment {
  lead: string[];
  assigned: string[];
  support: string[];
}

const TAG = /【([^【】]{2,200})】/g;
const ROLE_WORD = /(?:牵头|负责|配合|参与|协助)(?:[，,；;、]|$)|(?:^|[，,；;])(?:配合|协助)[\u4e00-\u9fa5]{2,}/;
const HELPER_FIRST = /^(?:积极|全力)?(?:配合|协助|协同)(?=[\u4e00-\u9fa5]{2})/;

/**
 * Top-level （…） groups that assign work: “（综合科牵头，县委政研室配合）”, “（各县区负责）”, and,
 * after a sentence's end, a group of names only: “…讲党课。（校党委、全体在职党支部）”.
 */
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
        if (inner.length <= 200 && (ROLE_WORD.test(inner) || isNameTag(inner, text[start - 1]))) out.push({ start, end: i + 1, inner });
      }
    }
  }
  return out;
}

/** A group of names only, standing after a sentence's end (not an alias after a name). */
function isNameTag(inner: string, before: string | undefined): boolean {
  if (before !== undefined && !/[。；;！!\n]/.test(before)) return false;
  const parts = splitTopLevel(inner, /[、，,；;]/);
  return parts.length > 0 && parts.every((p) => isUnitName(cleanName(p), true));
}

function readTag(inner: string, out: UnitAssignment): void {
  if (hasLabel(inner)) return; // labels inside a tag are read with the labels
  for (const part of splitTopLevel(inner, /[，,；;]/)) {
    // “其中旅游景区的公厕由区旅游发展公司负责”: the body is the one after 由.
    const written = (part.includes('由') ? part.slice(part.lastIndexOf('由') + 1) : part).trim();
    // “配合县公安局”, “协助执法部门”: the verb in front makes the body a helper, and is no part of its name.
    const helper = HELPER_FIRST.exec(written);
    const body = helper ? written.slice(helper[0].length) : written;
    const names = listToNames(body, true);
    if (helper) add(out.support, names);
    else if (/牵头$/.test(body)) add(out.lead, names);
    else if (/(?:配合|参与|协助)$/.test(body.trim())) add(out.support, names);
    else add(out.assigned, names);
  }
}

function add(list: string[], names: string[]): void {
  for (const n of names) if (!list.includes(n)) list.push(n);
}

const DIGIT_OF: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** A body's spelling without 各 and with “八个” as “8个”. */
const spelling = (n: string) => n.replace(/各/g, '').replace(/([一二两三四五六七八九])(?=个)/g, (d) => DIGIT_OF[d]);

/**
 * Two spellings of one body: “辖区各派出所” and “辖区派出所”, “八个区直单位” and “8个区直单位”, and
 * “区数字办” and “数字办” (the document's own level in front).
 */
function sameBody(a: string, b: string): boolean {
  const [x, y] = [spelling(a), spelling(b)];
  if (x === y) return true;
  // “各区教育局” is each district's office, never the level-less “教育局”.
  return !/各/.test(a + b) && (x.replace(/^[区市县]/, '') === y || y.replace(/^[区市县]/, '') === x);
}

/** Within one measure a body is listed once, in its first spelling. */
function onceEach(names: string[], others: string[] = []): string[] {
  const kept: string[] = [];
  for (const n of names) if (![...others, ...kept].some((k) => sameBody(k, n))) kept.push(n);
  return kept;
}

export function textToUnits(input: string): UnitAssignment {
  const text = stripBold(input);
  const out: UnitAssignment = { lead: [], assigned: [], support: [] };
  for (const m of text.matchAll(TAG)) readTag(m[1], out);
  const parens = parenthesisedTags(text);
  for (const p of parens) readTag(p.inner, out);
  for (const { role, names } of labelsToUnits(text)) add(out[role], names);
  for (const { role, names } of dutyLineUnits(text)) add(out[role], names);
  const formal = out.lead.length + out.assigned.length + out.support.length > 0;
  for (const { role, names } of ledByUnits(text)) add(out[role], names);
  let plain = text;
  for (const p of parens.reverse()) plain = `${plain.slice(0, p.start)}。${plain.slice(p.end)}`;
  const found = clauseSubjects(plain.replace(TAG, '。'));
  add(out.lead, found.lead);
  add(out.assigned, found.assigned);
  add(out.support, found.support);
  if (!formal) {
    add(out.lead, found.partners);
    add(out.assigned, found.obliged);
  }
  out.lead = onceEach(out.lead);
  out.support = onceEach(out.support, out.lead);
  out.assigned = onceEach(out.assigned, [...out.lead, ...out.support]);
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
