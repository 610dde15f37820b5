/** Cited documents 《…》, document numbers (文号) and quoted terms “…”, so documents that share them can be linked. */
import { DOC_NUMBER } from './patterns.ts';
import { foldWidth } from './fold-width.ts';
import { stripBold } from './text-utils.ts';

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

export function textToDocNumbers(text: string): string[] {
  const re = new RegExp(DOC_NUMBER.source, 'g');
  return [...new Set([...foldWidth(stripBold(text)).matchAll(re)].map((m) => m[0].replace(/\s/g, '')))];
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
