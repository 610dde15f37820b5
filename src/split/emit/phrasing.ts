/**
 * Paragraph text → mdast phrasing: `**…**` becomes strong, goal statements and shared terms are
 * marked, web addresses become links.
 */
import type { PhrasingContent } from 'mdast';
import { splitBold } from '../text/text-utils.ts';

export interface PhrasingMarks {
  /** Goal statements of the document, by id. */
  goals: { id: string; text: string }[];
  /** The page of a cited document 《…》 or quoted term “…” shared with other documents, or null. */
  termUrl: (term: string) => string | null;
}

/**
 * A web address: a scheme or `www.` and then ASCII URL characters only (RFC 3986), so the link
 * ends where the address ends, never in the Chinese text after it (`见http://a.cn/b。请`). GFM's
 * autolinks run on to the next space; the MDX writer escapes them, so the split makes the links.
 */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi;

/** Sentence punctuation after an address (GFM's rule): not part of it. An unmatched `)` neither. */
function trimAddress(address: string): string {
  let end = address.replace(/[.,:;!?'"*_~]+$/, '');
  while (end.endsWith(')') && end.split('(').length < end.split(')').length) end = end.slice(0, -1).replace(/[.,:;!?'"*_~]+$/, '');
  return end;
}

function markAddresses(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.matchAll(WEB_ADDRESS)) {
    const address = trimAddress(m[0]);
    if (!/^(?:https?:\/\/|www\.)[^./]+\./i.test(address)) continue;
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    const url = /^www\./i.test(address) ? `http://${address}` : address;
    out.push({ type: 'link', url, children: [{ type: 'text', value: address }] });
    last = m.index + address.length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

function markTerms(text: string, marks: PhrasingMarks): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of text.matchAll(/《[^《》]{2,120}》|“([^“”\n]{2,16})”/g)) {
    const url = marks.termUrl(m[1] ?? m[0]);
    if (!url) continue;
    if (m.index > last) out.push(...markAddresses(text.slice(last, m.index)));
    out.push({ type: 'link', url, children: [{ type: 'text', value: m[0] }] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(...markAddresses(text.slice(last)));
  return out;
}

function markGoals(text: string, marks: PhrasingMarks): PhrasingContent[] {
  const goal = marks.goals.find((g) => text.includes(g.text));
  if (!goal) return markTerms(text, marks);
  const at = text.indexOf(goal.text);
  return [
    ...(at > 0 ? markGoals(text.slice(0, at), marks) : []),
    {
      type: 'mdxJsxTextElement', name: 'Goal', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: goal.id }],
      children: markTerms(goal.text, marks),
    } as PhrasingContent,
    ...(at + goal.text.length < text.length ? markGoals(text.slice(at + goal.text.length), marks) : []),
  ];
}

export function textToPhrasing(text: string, marks: PhrasingMarks): PhrasingContent[] {
  // Bold spans only (boldSpans): every odd part is a span's text.
  const parts = splitBold(text);
  return parts.flatMap((part, i): PhrasingContent[] => {
    if (!part) return [];
    if (i % 2 === 1) return [{ type: 'strong', children: markGoals(part, marks) }];
    return markGoals(part, marks);
  });
}
