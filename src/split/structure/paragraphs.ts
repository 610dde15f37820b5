/**
 * Lines → paragraphs: joins a sentence that a page break cut in two (“提高党建促业 / (blank) /
 * 务水平”), keeping every character; lines with a role other than body stay as they are.
 */
import type { SourceLine } from '../clean/clean-text.ts';
import type { LineRole } from './document-header.ts';
import { foldWidth } from '../../model/name-key.ts';
import { TITLE_END, bracketsBalanced } from '../text/patterns.ts';
import { textToCells } from './task-table.ts';
import { startsWithMarker } from './outline-markers.ts';
import { startsWithBold } from '../text/text-utils.ts';

export interface Paragraph {
  line: number;
  text: string;
  role: LineRole;
}

const ENDS_SENTENCE = /[。；;！!？?：:”"’）)】」』…]\s*$/;
/** A line that opens an item: an outline marker, or a bold lead (`**加强组织领导。**…`). */
const startsItem = (line: string) => startsWithMarker(line) || startsWithBold(line.trimStart());
/** A line shorter than this is a heading or a name, not a body line that a page break cut. */
const MIN_CUT_LINE = 15;

/** A numbered line this short is a heading even when it lists nouns with 、. */
const SHORT_HEADING = 24;

const FIELD_LINE = /^[^：:，。]{1,6}[：:]/;

/** Whether the paragraph so far (`text`, last physical line `last`) breaks off mid-sentence. */
function isCutLine(last: string, text: string): boolean {
  // A field line (“组  长：李石凑”, “成员：…”) is one line of a list, unless a bracket is left open.
  if (FIELD_LINE.test(text)) return !bracketsBalanced(text);
  const t = last.trim();
  if (t.length < MIN_CUT_LINE || ENDS_SENTENCE.test(t) || textToCells(t) !== null) return false;
  // A short numbered heading without a full stop is a heading, not a cut sentence; a very short one
  // may list nouns with 、 (“（二）用地的规划、选址和征用”): a page-wide line is longer.
  if (startsItem(t) && !/[。；;，,、]/.test(t) && t.length <= 40) return false;
  if (startsItem(t) && !/[。；;，,]/.test(t) && t.length <= SHORT_HEADING) return false;
  // A title-like line (“…任务清单”, “…名单”) ends where it ends.
  if (TITLE_END.test(t) && !/[。；;，,]/.test(t)) return false;
  return true;
}

function continues(text: string): boolean {
  const t = foldWidth(text);
  return !startsItem(text) && textToCells(t) === null;
}

export function linesToParagraphs(lines: SourceLine[], roles: LineRole[]): Paragraph[] {
  const out: Paragraph[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.text.trim() === '') {
      i++;
      continue;
    }
    // A tab-separated row keeps its edge tabs: they delimit empty (merged) cells.
    const text = line.text.includes('\t') ? line.text.replace(/^[ \u3000]+|(?<![ \u3000\r])[ \u3000\r]+$/g, '') : line.text.trim();
    const para: Paragraph = { line: line.no, text, role: roles[i] };
    i++;
    if (para.role === 'body') {
      let last = para.text;
      while (isCutLine(last, para.text)) {
        let j = i;
        while (j < lines.length && j - i < 3 && lines[j].text.trim() === '') j++;
        if (j >= lines.length || roles[j] !== 'body' || lines[j].text.trim() === '' || !continues(lines[j].text.trim())) break;
        last = lines[j].text.trim();
        para.text += last;
        i = j + 1;
      }
    }
    out.push(para);
  }
  return out;
}
