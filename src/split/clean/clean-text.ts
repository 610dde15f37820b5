/**
 * Removes conversion debris by named rules and records every removal, so a test can prove that
 * nothing else was lost: original − removals = output.
 */
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

const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;
// “第7页 共7页”, “第 3 页”, and stand-alone “- 3 -” / “— 3 —” page footers.
const FOOTER_INLINE = /第\s*\d+\s*页\s*[，,]?\s*共\s*\d+\s*页/g;
const FOOTER_LINE = /^\s*[-—–－]\s*\d{1,3}\s*[-—–－]\s*$|^\s*第\s*\d{1,3}\s*页\s*$/;
const LEADING_NUMBER = /^(\d{1,3})、/;
const SENTENCE_END = /[。；;！!？?：:”"’）)】」』…]\s*$/;

export function textToLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ no: i + 1, text: t }));
}

function removeMatches(line: SourceLine, pattern: RegExp, rule: DebrisRule, removals: Removal[]): SourceLine {
  const text = line.text.replace(pattern, (m) => {
    removals.push({ rule, line: line.no, text: m });
    return '';
  });
  return text === line.text ? line : { no: line.no, text };
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
    if (run.length >= 3) {
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
    l = removeMatches(l, FOOTER_INLINE, 'page-footer', removals);
    if (FOOTER_LINE.test(l.text)) {
      removals.push({ rule: 'page-footer', line: l.no, text: l.text.trim() });
      l = { no: l.no, text: '' };
    }
    // `**` stays in the text for the outline to find bold leads; it never reaches the output as text.
    for (const m of l.text.matchAll(/\*\*/g)) removals.push({ rule: 'bold-marker', line: l.no, text: m[0] });
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
