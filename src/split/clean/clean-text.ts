/**
 * Removes conversion debris by named rules and records every removal, so a test can prove that
 * nothing else was lost: original − removals = output.
 */
import { boldSpans } from '../text/text-utils.ts';

export interface SourceLine {
  /** 1-based line number in the input file. */
  no: number;
  text: string;
}

export type DebrisRule = 'bookmark' | 'page-footer' | 'page-marker' | 'bold-marker';

export interface Removal {
  rule: DebrisRule;
  line: number;
  text: string;
}

export interface CleanText {
  lines: SourceLine[];
  removals: Removal[];
}

// Word's bookmarks carry identifiers (_Toc12345, _GoBack, OLE_LINK1): “[bookmark: 附件一]” is text.
const BOOKMARK = /\[bookmark: ?[A-Za-z_][\w.-]{0,80}\]/g;
// “第7页 共7页”, “第 3 页”, and stand-alone “- 3 -” / “— 3 —” page footers.
const FOOTER_INLINE = /第[ \u3000]*(\d{1,4})[ \u3000]*页[ \u3000]*[，,]?[ \u3000]*共[ \u3000]*(\d{1,4})[ \u3000]*页/g;
/** Before a footer that is debris: the line's start, a space or a sentence's end; after it, a space or the line's end. */
const FOOTER_BEFORE = /(?:^|[\s。；;！!？?])$/;
const FOOTER_AFTER = /^(?:\s|$)/;
/** Clause punctuation: the text of a page is prose, a list of short items may have none. */
const CLAUSE = /[，,。；;]/;
const FOOTER_LINE = /^\s*[-—–－]\s*\d{1,3}\s*[-—–－]\s*$|^\s*第\s*\d{1,3}\s*页\s*$/;
const LEADING_NUMBER = /^(\d{1,3})、/;
const SENTENCE_END = /[。；;！!？?：:”"’）)】」』…]\s*$/;

export function textToLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ no: i + 1, text: t }));
}

/** Removes the matches `isDebris` accepts (each with its offset and the line); the others are text. */
function removeMatches(
  line: SourceLine, pattern: RegExp, rule: DebrisRule, removals: Removal[],
  isDebris: (m: RegExpExecArray, text: string) => boolean = () => true,
): SourceLine {
  let text = '';
  let from = 0;
  for (const m of line.text.matchAll(pattern)) {
    if (!isDebris(m, line.text)) continue;
    removals.push({ rule, line: line.no, text: m[0] });
    text += line.text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return from === 0 ? line : { no: line.no, text: text + line.text.slice(from) };
}

/** “第3页 共7页” standing apart at a line's start or end, its page no larger than the count: not “见第3页 共7页的附表”. */
function isPageFooter(m: RegExpExecArray, text: string): boolean {
  const before = text.slice(Math.max(0, m.index - 1), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
  return Number(m[1]) <= Number(m[2]) && FOOTER_BEFORE.test(before) && FOOTER_AFTER.test(after);
}

/**
 * Page numbers glued to the start of lines (“党的基 / 2、层组织”): a run of consecutive non-blank
 * lines that begin with k、 k+1、 k+2、…, most of them cutting a sentence in two. Real numbered
 * items start sentences; page markers mostly do not.
 */
function findPageMarkerLines(lines: SourceLine[]): Set<number> {
  const found = new Set<number>();
  const nonBlank = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.text.trim() !== '');
  let start = 0;
  while (start < nonBlank.length) {
    const first = LEADING_NUMBER.exec(nonBlank[start].l.text);
    if (!first) {
      start++;
      continue;
    }
    let end = start + 1;
    let expected = Number(first[1]) + 1;
    while (end < nonBlank.length) {
      const m = LEADING_NUMBER.exec(nonBlank[end].l.text);
      if (!m || Number(m[1]) !== expected) break;
      expected++;
      end++;
    }
    const run = nonBlank.slice(start, end);
    // The numbers of a short list without full stops (“1、加强学习 / 2、规范组织”) cut no prose:
    // page numbers land in running text, so most of the run's lines carry clause punctuation.
    const prose = run.filter(({ l }) => CLAUSE.test(l.text)).length;
    if (run.length >= 3 && prose * 2 >= run.length) {
      let cut = 0;
      for (let k = 1; k < run.length; k++) {
        if (!SENTENCE_END.test(run[k - 1].l.text)) cut++;
      }
      if (cut * 2 >= run.length - 1) for (const { i } of run) found.add(i);
    }
    start = end;
  }
  return found;
}

export function cleanText(text: string): CleanText {
  const removals: Removal[] = [];
  let lines = textToLines(text).map((line) => {
    let l = removeMatches(line, BOOKMARK, 'bookmark', removals);
    l = removeMatches(l, FOOTER_INLINE, 'page-footer', removals, isPageFooter);
    if (FOOTER_LINE.test(l.text)) {
      removals.push({ rule: 'page-footer', line: l.no, text: l.text.trim() });
      l = { no: l.no, text: '' };
    }
    // `**` stays in the text for the outline to find bold leads; it never reaches the output as text.
    // A lone `**`, a placeholder (20**年) or one around a single character is text and stays (boldSpans).
    const spans = boldSpans(l.text).length;
    for (let k = 0; k < spans * 2; k++) removals.push({ rule: 'bold-marker', line: l.no, text: '**' });
    return l;
  });
  const markers = findPageMarkerLines(lines);
  lines = lines.map((l, i) => {
    if (!markers.has(i)) return l;
    const m = LEADING_NUMBER.exec(l.text)!;
    removals.push({ rule: 'page-marker', line: l.no, text: m[0] });
    return { no: l.no, text: l.text.slice(m[0].length) };
  });
  return { lines, removals };
}
