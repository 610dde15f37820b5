/**
 * The body of a Word document (document.xml) → lines of text in reading order, in the form the
 * text pipeline reads: one paragraph a line, automatic numbering written out, a bold lead as
 * `**…**`, a table row as its cells joined by tabs.
 *
 * Named rules, each on purpose:
 * - `bold-lead`: only a bold run that opens a paragraph followed by plain text is marked (that is
 *   what the outline reads as a heading); a wholly bold paragraph (a heading, the title) and bold
 *   words inside a sentence are left unmarked.
 * - `text-box`: text boxes (`w:txbxContent`, also inside `mc:AlternateContent`, whose `mc:Fallback`
 *   repeats the same box and is skipped) are kept in order, after the paragraph that anchors them.
 * - `tracked-changes`: insertions are read, deletions (`w:del`, `w:moveFrom`) are not: the text is
 *   the document as it now reads.
 * - `field-codes`: a field's code (`w:instrText`) is dropped, its shown result kept.
 * - `footnote-refs`: a footnote's reference mark is dropped from the sentence (its number would be
 *   read into the text, 9月底前¹ → 9月底前1); the notes are appended by the caller.
 * - `tab-kept`: a tab inside a paragraph stays a tab, as in typed text: a tab-aligned list under a
 *   table header is read as table rows, as the .txt of the same document would be.
 */
import { child, isElement, val, type XmlElement } from './xml-tree.ts';
import { onOff, type DocxStyles } from './docx-styles.ts';
import { tableToLines } from './docx-table.ts';

export interface BlockContext {
  styles: DocxStyles;
  /** The number text of the next paragraph of a list (docx-numbering.ts). */
  number: (numId: string, ilvl: number) => string;
  /** Footnote and endnote ids in reference order. */
  notes: string[];
}

interface Segment {
  text: string;
  bold: boolean;
}

/** Elements whose children are read as if they were in place of the element. */
const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:ins', 'w:moveTo', 'w:fldSimple', 'w:customXml', 'w:sdtContent', 'w:bdo', 'w:dir', 'w:sdt']);
const DROPPED = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:sdtPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd']);

function runSegments(run: XmlElement, paraStyle: string | undefined, ctx: BlockContext, boxes: XmlElement[]): Segment[] {
  const rPr = child(run, 'w:rPr');
  const bold = onOff(child(rPr, 'w:b')) ?? (ctx.styles.boldOf(val(rPr, 'w:rStyle')) || ctx.styles.boldOf(paraStyle));
  const out: Segment[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      switch (c.name) {
        case 'w:t': out.push({ text: c.children.filter((t) => typeof t === 'string').join(''), bold }); break;
        case 'w:tab': case 'w:ptab': out.push({ text: '\t', bold }); break;
        case 'w:br': if (!['page', 'column'].includes(c.attrs['w:type'] ?? '')) out.push({ text: '\n', bold }); break;
        case 'w:cr': out.push({ text: '\n', bold }); break;
        case 'w:noBreakHyphen': out.push({ text: '-', bold }); break;
        case 'w:sym': {
          const code = parseInt(c.attrs['w:char'] ?? '', 16);
          // Symbol-font glyphs live in the private use area: no character a reader could search.
          if (code && !(code >= 0xf000 && code <= 0xf0ff)) out.push({ text: String.fromCodePoint(code), bold });
          break;
        }
        case 'w:footnoteReference': case 'w:endnoteReference': ctx.notes.push(`${c.name === 'w:endnoteReference' ? 'e' : 'f'}${c.attrs['w:id']}`); break;
        case 'w:txbxContent': boxes.push(c); break;
        case 'mc:Fallback': break;
        default: walk(c);
      }
    }
  };
  walk(run);
  return out;
}

/** `**…**` around a bold lead (rule `bold-lead`). */
function withBoldLead(segments: Segment[]): string {
  const text = segments.map((s) => s.text).join('');
  const first = segments.findIndex((s) => s.text.trim() !== '');
  if (first < 0 || !segments[first].bold) return text;
  let end = first;
  while (end < segments.length && (segments[end].bold || segments[end].text.trim() === '')) end++;
  const rest = segments.slice(end).map((s) => s.text).join('');
  if (rest.trim() === '') return text;
  const lead = segments.slice(0, end).map((s) => s.text).join('');
  const pad = /^\s*/.exec(lead)![0];
  return `${pad}**${lead.trim()}**${rest}`;
}

/** One paragraph → its text (number, bold lead), and the text boxes anchored in it. */
export function paragraphText(p: XmlElement, ctx: BlockContext, inTable = false): { text: string; boxes: XmlElement[] } {
  const pPr = child(p, 'w:pPr');
  const style = val(pPr, 'w:pStyle');
  const numPr = child(pPr, 'w:numPr');
  const own = numPr && val(numPr, 'w:numId');
  const list = own ? { numId: own, ilvl: Number(val(numPr, 'w:ilvl') ?? 0) } : ctx.styles.numberingOf(style);
  const boxes: XmlElement[] = [];
  const segments: Segment[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (!isElement(c) || DROPPED.has(c.name)) continue;
      if (c.name === 'w:r') segments.push(...runSegments(c, style, ctx, boxes));
      else if (c.name === 'mc:AlternateContent') walk(child(c, 'mc:Choice') ?? c);
      else if (TRANSPARENT.has(c.name) || c.name === 'mc:Choice') walk(c);
    }
  };
  walk(p);
  const hasText = segments.some((s) => s.text.trim() !== '');
  // An empty numbered paragraph still counts in Word; its number alone is no line of text.
  const number = list && list.numId !== '0' ? ctx.number(list.numId, list.ilvl) : '';
  const body = inTable ? segments.map((s) => s.text).join('') : withBoldLead(segments);
  return { text: hasText ? number + body : '', boxes };
}

/** The block-level children of a body, cell or text box → lines. */
export function blocksToLines(container: XmlElement, ctx: BlockContext): string[] {
  const lines: string[] = [];
  for (const c of container.children) {
    if (!isElement(c)) continue;
    if (c.name === 'w:p') {
      const { text, boxes } = paragraphText(c, ctx);
      lines.push(...text.split('\n'));
      for (const box of boxes) lines.push(...blocksToLines(box, ctx));
    } else if (c.name === 'w:tbl') {
      lines.push(...tableToLines(c, (cell) => cellText(cell, ctx)));
    } else if (TRANSPARENT.has(c.name)) {
      lines.push(...blocksToLines(c, ctx));
    }
  }
  return lines;
}

/**
 * A table cell's text on one line: its paragraphs joined by a space (a row is one line), nested
 * tables read row by row, no bold marks.
 */
function cellText(tc: XmlElement, ctx: BlockContext): string {
  const parts: string[] = [];
  for (const c of tc.children) {
    if (!isElement(c)) continue;
    if (c.name === 'w:p') {
      const { text, boxes } = paragraphText(c, ctx, true);
      parts.push(text, ...boxes.flatMap((b) => blocksToLines(b, ctx)));
    } else if (c.name === 'w:tbl') parts.push(...tableToLines(c, (cell) => cellText(cell, ctx)));
    else if (TRANSPARENT.has(c.name)) parts.push(cellText(c, ctx));
  }
  return parts.join(' ').replace(/[\t\n\r]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
