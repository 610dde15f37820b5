/**
 * Recognises the parts of an official document around its body (GB/T 9704 layout): 发文机关标志,
 * 发文字号, 标题 and 主送 here; 落款 (signature and 成文日期), 公开方式, 抄送, 印发 and 附件 in
 * src/split/structure/document-closing.ts.
 */
import type { SourceLine } from '../clean/clean-text.ts';
import { foldWidth } from '../../model/name-key.ts';
import { startsWithMarker } from './outline-markers.ts';
import { clean, isBlank, isDateLine, isOrganName, organNames, type DocumentHeader, type LineRole } from './header-parts.ts';
import { closingRoles } from './document-closing.ts';
import { DOC_NUMBER, DATE_LINE, DATE_TEXT, TITLE_END, dateTextToIso, bracketsBalanced } from '../text/patterns.ts';

export type { DocumentHeader, LineRole };

/** What a banner may say after the organ: the kind of paper (专题会议纪要, 工作简报). */
const BANNER_KIND = /^(?:专题|常务|工作)?(?:会议纪要|纪要|简报|通报|专报|快报|情况通报|督查通报|文件)$/;

// The 题注 of a regulation (“（2020年12月3日重庆市第五届人民代表大会常务委员会第二十二次会议通过）”,
// “2019年3月1日市人民政府第46次常务会议通过”, “…省人民政府令第12号公布”): the date it was passed and,
// before the session number, the body that passed it.
const CN_COUNT = '[〇零一二三四五六七八九十百\\d]+';
const PASSED_NOTE = new RegExp(
  `^[（(]?\\s*${DATE_TEXT}\\s*([^，。；、\\s（）()]{2,40}?)\\s*(?:(?:第${CN_COUNT}次)?(?:常务|全体)?会议(?:审议)?(?:通过|批准)|令第${CN_COUNT}号(?:公布|发布))`,
);

const DECREE_NUMBER = new RegExp(`([^，。；、\\s（）()\\d年月日]{2,40}?令第${CN_COUNT}号)`);

/** The organ(s) named at the start of a title: “X关于…”, “X印发…”, “X转发…”, “X2021年度工作要点”. */
const TITLE_LEAD = /^(.{2,60}?)\s*(?:关于|印发|转发|(?=(?:19|20)\d{2}\s*(?:学年|年度|年)))/;



function findTitle(lines: SourceLine[], from: number, roles: LineRole[]): { title: string; end: number } | null {
  const picked: number[] = [];
  let blanks = 0;
  for (let i = from; i < lines.length && picked.length < 5; i++) {
    if (isBlank(lines[i])) {
      if (picked.length && ++blanks > 2) break;
      continue;
    }
    const t = clean(lines[i].text);
    if (roles[i] !== 'body' || /[。；;]/.test(t) || /[：:]$/.test(t) || t.length > 80 || (picked.length && startsWithMarker(t))) break;
    picked.push(i);
    blanks = 0;
    const sofar = picked.map((k) => clean(lines[k].text)).join('');
    if (TITLE_END.test(t) && bracketsBalanced(sofar)) break;
  }
  if (!picked.length) return null;
  const joined = picked.map((i) => clean(lines[i].text)).join('');
  if (picked.length > 1 && !TITLE_END.test(joined)) picked.splice(1);
  for (const i of picked) roles[i] = 'title';
  return { title: picked.map((i) => clean(lines[i].text)).join(''), end: picked[picked.length - 1] };
}

/** A document with no header at all: the title is the first line, or the head of a long first line. */
function splitGluedTitle(lines: SourceLine[], first: number): SourceLine[] {
  const text = lines[first].text;
  const m = /^(\s*)(\S{4,50}?)(\s+)(\S[\s\S]*)$/.exec(text);
  if (!m || /[。，,；;：:]/.test(m[2]) || m[4].length < 40) return lines;
  const head = { no: lines[first].no, text: m[1] + m[2] };
  const rest = { no: lines[first].no, text: m[4] };
  return [...lines.slice(0, first), head, rest, ...lines.slice(first + 1)];
}

/** What the 版头 (the first few non-blank lines) holds: banner organs, 文号, and where the title may start. */
interface Masthead {
  banner: string | null;
  /** The banner line is the issuer's name heading the title (“中共西峡县委办公室 / 2019年工作要点”), not a 文件 banner. */
  bannerIsTitle: boolean;
  docNumber: string | null;
  numberAt: number;
  cursor: number;
  /** A 纪要's 版头 line “淮岭市人民政府办公室    2024年6月21日”: the office that issues it, and the date. */
  issuedBy: { organ: string; date: string | null } | null;
}

/** An organ and a date on one 版头 line, set apart by spaces. */
const ORGAN_AND_DATE = new RegExp(`^(\\S{2,40}?)\\s{2,}(${DATE_TEXT})$`);

// 版头: the banner (发文机关标志, perhaps with a kind such as 专题会议纪要), the 发文字号 and a date sit in
// the first few non-blank lines, before or after the title.
function readMasthead(lines: SourceLine[], first: number, roles: LineRole[]): Masthead {
  const head: Masthead = { banner: null, bannerIsTitle: false, docNumber: null, numberAt: -1, cursor: first, issuedBy: null };
  for (let i = first, seen = 0, previous = -1; i < lines.length && seen < 8; previous = isBlank(lines[i]) ? previous : i, i++) {
    if (isBlank(lines[i])) continue;
    seen++;
    const t = clean(foldWidth(lines[i].text));
    const num = head.numberAt < 0 ? DOC_NUMBER.exec(t) : null;
    if (num && t.length <= num[0].length + 12) {
      head.docNumber = clean(lines[i].text).slice(num.index, num.index + num[0].length);
      roles[i] = 'doc-number';
      head.numberAt = i;
      continue;
    }
    if (DATE_LINE.test(t)) continue; // a date in the 版头 is read with the other dates
    const issued = ORGAN_AND_DATE.exec(t);
    if (issued && isOrganName(issued[1])) {
      head.issuedBy = { organ: clean(lines[i].text).slice(0, issued[1].length), date: dateTextToIso(issued[2]) };
      roles[i] = 'date';
      head.cursor = i + 1;
      continue;
    }
    const organs = organNames(lines[i].text);
    if (organs && !TITLE_END.test(t) && roles.slice(first, i).every((r) => r === 'banner' || r === 'body')) {
      if (head.banner !== null && roles[i - 1] !== 'banner' && !isBlank(lines[i - 1])) break;
      head.banner = organs.map((o) => o.replace(/文件$/, '')).join('、');
      head.bannerIsTitle = !/文件\s*$/.test(t);
      roles[i] = 'banner';
      head.cursor = i + 1;
    } else if (head.banner !== null && roles[previous] === 'banner' && BANNER_KIND.test(t)) {
      roles[i] = 'banner';
      head.bannerIsTitle = false;
      head.cursor = i + 1;
    } else if (head.banner === null && head.numberAt < 0) {
      break; // no 版头 at all: the title starts here
    }
  }
  return head;
}

/** The first line the title may be on, after the 版头. */
function titleStart(lines: SourceLine[], roles: LineRole[], head: Masthead): number {
  let cursor = head.cursor;
  // An organ line straight above the title, with no 文号 between, begins the title.
  const afterBanner = lines.findIndex((l, i) => i >= cursor && !isBlank(l));
  if (head.banner !== null && head.bannerIsTitle && afterBanner >= 0 && roles[afterBanner] === 'body' && !isDateLine(lines[afterBanner])) {
    const at = roles.indexOf('banner');
    roles[at] = 'body';
    cursor = at;
  }
  if (head.numberAt >= cursor) {
    // The 文号 may sit between banner and title, or under the title (letters, 函).
    const beforeNumber = lines.slice(cursor, head.numberAt).some((l) => !isBlank(l) && !isDateLine(l));
    if (!beforeNumber) cursor = head.numberAt + 1;
  }
  while (cursor < lines.length && (isBlank(lines[cursor]) || roles[cursor] !== 'body' || isDateLine(lines[cursor]))) cursor++;
  return cursor;
}

// Under the title, before 主送 or the body: the title again (web pages repeat the page title as
// the document title), the 文号 (bare or in brackets, “（某办〔2022〕6号）”) and the 题注 of a
// regulation. Returns the first line after them.
function readUnderTitle(lines: SourceLine[], from: number, roles: LineRole[], header: DocumentHeader): number {
  const squeeze = (s: string) => s.replace(/\s/g, '');
  let cursor = from;
  for (let i = from; i < lines.length && i - from < 4; i++) {
    if (isBlank(lines[i])) continue;
    if (roles[i] !== 'body') break;
    const t = clean(foldWidth(lines[i].text));
    const num = DOC_NUMBER.exec(t);
    const passed = PASSED_NOTE.exec(t);
    if (header.title !== null && squeeze(t) === squeeze(foldWidth(header.title))) roles[i] = 'title';
    else if (num && header.docNumber === null && t.length <= num[0].length + 2) {
      header.docNumber = clean(lines[i].text).slice(num.index, num.index + num[0].length);
      roles[i] = 'doc-number';
    } else if (passed && !header.date) {
      header.date = dateTextToIso(t);
      header.issuers = [passed[4]];
      // A government decree's number (“吉林省人民政府令第312号”) is its 文号.
      const decree = DECREE_NUMBER.exec(t);
      if (decree && header.docNumber === null) header.docNumber = decree[1];
      roles[i] = 'date';
    } else break;
    cursor = i + 1;
  }
  return cursor;
}

/** The organs a title starts with, when each part before 关于 / 印发 / a year is an organ name. */
function titleToIssuers(title: string): string[] {
  const lead = TITLE_LEAD.exec(title)?.[1];
  const parts = lead ? lead.split(/\s+|、/).filter(Boolean) : [];
  return parts.length && parts.every((p) => isOrganName(p) && !/等/.test(p)) ? parts : [];
}

/** 主送: one of the two lines after the title, ending in a colon. */
function readRecipients(lines: SourceLine[], from: number, roles: LineRole[]): string | null {
  for (let i = from, seen = 0; i < lines.length && seen < 2; i++) {
    if (isBlank(lines[i]) || roles[i] !== 'body') continue;
    seen++;
    const t = clean(lines[i].text);
    if (startsWithMarker(t)) return null; // the body has begun: 主送 comes before it
    if (/[：:]$/.test(t) && !/[。；;]/.test(t) && t.length <= 300) {
      roles[i] = 'recipients';
      return t.slice(0, -1);
    }
  }
  return null;
}

export function linesToHeader(input: SourceLine[]): DocumentHeader {
  const first = input.findIndex((l) => !isBlank(l));
  const header: DocumentHeader = {
    title: null, docNumber: null, issuers: [], date: null, recipients: null,
    disclosure: null, signature: null, attachments: [], lines: input, roles: input.map(() => 'body'),
  };
  if (first < 0) return header;
  let lines = input;
  let roles = header.roles;
  const head = readMasthead(lines, first, roles);
  header.docNumber = head.docNumber;
  let cursor = titleStart(lines, roles, head);
  if (!head.docNumber && !head.banner && !TITLE_END.test(clean(lines[first].text))) {
    lines = splitGluedTitle(lines, first);
    roles = lines.map(() => 'body');
  }
  const title = findTitle(lines, cursor, roles);
  if (title) {
    header.title = title.title;
    cursor = Math.max(title.end, head.numberAt) + 1;
    cursor = readUnderTitle(lines, cursor, roles, header);
    header.recipients = readRecipients(lines, cursor, roles);
  }
  closingRoles(lines, roles, header);
  // A signature names the issuer first; then a 纪要's issuing office; then the banner; then the title.
  if (!header.issuers.length && head.issuedBy) header.issuers = [head.issuedBy.organ];
  header.date ??= head.issuedBy?.date ?? null;
  if (!header.issuers.length) header.issuers = head.banner ? head.banner.split('、') : titleToIssuers(header.title ?? '');
  header.lines = lines;
  header.roles = roles;
  return header;
}
