/**
 * Results → HTML strings (escaped), in the site's list style; pure, so tests check the markup
 * without a browser. One link per result: its title. Below it what the result is (措施 · its
 * document · the section) and the excerpt with every match marked.
 */
import type { Segment } from '../engine/excerpt.ts';
import { kindLabels } from '../facets/facets.ts';
import { rangesOf } from './highlight.ts';
import type { Term } from '../engine/query.ts';
import type { Result } from '../engine/session.ts';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const segmentsToHtml = (segments: readonly Segment[]) =>
  segments.map((s) => (s.hit ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');

/** `text` with every term marked. */
export function markedHtml(text: string, terms: readonly Pick<Term, 'text'>[]): string {
  let html = '';
  let at = 0;
  for (const [s, e] of rangesOf(text, terms.map((t) => t.text))) {
    html += escapeHtml(text.slice(at, s)) + `<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  return html + escapeHtml(text.slice(at));
}

export const kindLabel = (kind: string) => kindLabels[kind as keyof typeof kindLabels] ?? '';

/** One result as a list item. */
export function resultToHtml(result: Result, terms: readonly Pick<Term, 'text'>[]): string {
  const about = [kindLabel(result.kind), result.document, result.section].filter(Boolean) as string[];
  const excerpt = segmentsToHtml(result.excerpt);
  return (
    `<li class="search-result" data-kind="${escapeHtml(result.kind)}">` +
    `<a class="search-result__title" href="${escapeHtml(result.href)}">${markedHtml(result.title, terms)}</a>` +
    (about.length ? `<p class="search-result__about">${about.map(escapeHtml).join(' · ')}</p>` : '') +
    (excerpt ? `<p class="search-result__excerpt">${excerpt}</p>` : '') +
    `</li>`
  );
}

/** “组织生活会” / “组织”“生活会” for messages. */
export const quotedTerms = (terms: readonly Pick<Term, 'typed'>[]) => terms.map((t) => `“${t.typed}”`).join('');
