/**
 * Word's automatic numbering put back into a .doc's text: each numbered paragraph's number
 * (一、 （一） 1. （1）, from the file's list tables, counted in document order as the .docx
 * reader counts them) written before the line that holds that paragraph's text, so a document
 * numbered by Word gives the same outline as one typed by hand. Pure.
 * Rule `match-in-order`: word-extractor's lines and the paragraphs read here are the same text
 * in the same order, but not one to one (fields, text boxes and cell marks are handled apart), so
 * a numbered paragraph goes to the next line, within LOOKAHEAD, whose text is its text; one that
 * matches none is left unnumbered and the lines after it are still matched.
 */
import { createNumberer, type NumberingDefinitions } from '../docx/docx-numbering.ts';
import type { DocParagraph } from './doc-paragraphs.ts';

const LOOKAHEAD = 40;
/** Control characters (field marks, cell marks, page breaks) and outer spaces are not compared. */
const comparable = (text: string) => text.replace(/[\x00-\x1f]/g, '').trim();

/** The paragraphs Word numbers, with their number text, in document order. */
export function numberedParagraphs(paragraphs: DocParagraph[], defs: NumberingDefinitions): { text: string; number: string }[] {
  const number = createNumberer(defs);
  // An ilfo of 0 is no list; a negative one (0xF801…) is a list turned off.
  return paragraphs.filter((p) => p.ilfo > 0).map((p) => ({ text: comparable(p.text), number: number(String(p.ilfo), p.ilvl) })).filter((p) => p.number && p.text);
}

export function withListNumbers(lines: string[], numbered: { text: string; number: string }[]): string[] {
  const out = [...lines];
  let next = 0;
  for (const p of numbered) {
    for (let k = next; k < Math.min(out.length, next + LOOKAHEAD); k++) {
      if (comparable(out[k]) === p.text) {
        out[k] = p.number + out[k].trimStart();
        next = k + 1;
        break;
      }
    }
  }
  return out;
}
