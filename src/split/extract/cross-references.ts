/** Cited documents 《…》, document numbers (文号) and quoted terms “…”, so documents that share them can be linked. */
import { foldWidth } from '../../model/name-key.ts';
import { stripBold } from '../text/text-utils.ts';

export function textToCitedDocuments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  const t = stripBold(text);
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '《') {
      if (depth === 0) start = i;
      depth++;
    } else if (t[i] === '》' && depth > 0) {
      depth--;
      if (depth === 0) {
        const title = t.slice(start, i + 1);
        if (title.length >= 4 && title.length <= 120 && !out.includes(title)) out.push(title);
      }
    }
  }
  return out;
}

// The year-and-number tail of a 文号; its organ prefix is read backwards from the bracket, which is
// much cheaper than a pattern that may start anywhere.
const DOC_NUMBER_TAIL = /[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号/g;
const PREFIX_CHAR = /[\u4e00-\u9fa5A-Za-z]/;
const NOT_PREFIX = /[照据按见的和与及为于将]/;

export function textToDocNumbers(text: string): string[] {
  if (!text.includes('号')) return [];
  const t = foldWidth(stripBold(text));
  const out = new Set<string>();
  for (const m of t.matchAll(DOC_NUMBER_TAIL)) {
    let start = m.index;
    while (start > 0 && m.index - start < 12 && PREFIX_CHAR.test(t[start - 1]) && !NOT_PREFIX.test(t[start - 1])) start--;
    if (start < m.index) out.add(t.slice(start, m.index + m[0].length).replace(/\s/g, ''));
  }
  return [...out];
}

/** Quoted terms such as “三会一课”: short, closed, and not a sentence. */
export function textToQuotedTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of stripBold(text).matchAll(/“([^“”\n]{2,16})”/g)) {
    const term = m[1].trim();
    if (/[。；;！？]/.test(term) || term.length < 2) continue;
    if (!out.includes(term)) out.push(term);
  }
  return out;
}
