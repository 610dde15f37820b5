/**
 * Results → HTML strings (escaped), in the site's list style; pure, so tests check the markup
 * without a browser. One card per document: its title (a link to the first match in it), issuer ·
 * 文号 · date, an excerpt of matches outside its listed measures, then each matching measure with a
 * link to its own page, its 责任单位 and 时限, and an excerpt of its text, every match marked.
 */
import type { Segment } from '../engine/excerpt.ts';
import { rangesOf } from './highlight.ts';
import type { Term } from '../engine/query.ts';
import type { MeasureResult, Result } from '../engine/session.ts';

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

/** `2020-08-28` → `2020年8月28日`. */
export const chineseDate = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};

/** A measure under its document: its title (a link to its page), who and by when, the excerpt. */
function measureToHtml(m: MeasureResult, terms: readonly Pick<Term, 'text'>[]): string {
  const facts =
    `<span class="search-measure__fact"><b>责任单位</b> ${m.units ? escapeHtml(m.units) : '<span class="muted">未明确</span>'}</span>` +
    `<span class="search-measure__fact"><b>时限</b> ${m.deadline ? escapeHtml(m.deadline) : '<span class="muted">未明确</span>'}</span>`;
  const excerpt = segmentsToHtml(m.excerpt);
  return (
    `<li class="search-measure">` +
    `<a class="search-measure__title" href="${escapeHtml(m.href)}">${markedHtml(m.title, terms)}</a>` +
    `<p class="search-measure__facts">${facts}</p>` +
    (excerpt ? `<p class="search-result__excerpt">${excerpt}</p>` : '') +
    `</li>`
  );
}

/** Measures listed open under a document; more fold into 另有 N 项措施, so one document does not fill the page. */
export const measuresShownOpen = 5;

function measuresToHtml(measures: readonly MeasureResult[], terms: readonly Pick<Term, 'text'>[]): string {
  if (measures.length === 0) return '';
  const list = (ms: readonly MeasureResult[]) => `<ol class="search-measures">${ms.map((m) => measureToHtml(m, terms)).join('')}</ol>`;
  const rest = measures.slice(measuresShownOpen);
  return list(measures.slice(0, measuresShownOpen)) + (rest.length ? `<details class="search-measures__more"><summary>另有 ${rest.length} 项措施</summary>${list(rest)}</details>` : '');
}

/** One document as a card: title, issuer · 文号 · date, its own excerpt, and its matching measures. */
export function resultToHtml(result: Result, terms: readonly Pick<Term, 'text'>[]): string {
  const about = [result.issuer, result.docNumber, result.date && chineseDate(result.date)].filter(Boolean) as string[];
  const excerpt = segmentsToHtml(result.excerpt);
  const section = result.section ? `<span class="search-result__section">${escapeHtml(result.section)}</span> ` : '';
  return (
    `<li class="search-result" data-measures="${result.measures.length}">` +
    `<a class="search-result__title" href="${escapeHtml(result.href)}">${markedHtml(result.title, terms)}</a>` +
    (about.length ? `<p class="search-result__about">${about.map(escapeHtml).join(' · ')}</p>` : '') +
    (excerpt ? `<p class="search-result__excerpt">${section}${excerpt}</p>` : '') +
    measuresToHtml(result.measures, terms) +
    `</li>`
  );
}

/** “组织生活会” / “组织”“生活会” for messages. */
export const quotedTerms = (terms: readonly Pick<Term, 'typed'>[]) => terms.map((t) => `“${t.typed}”`).join('');
