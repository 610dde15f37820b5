/**
 * Offline search results → HTML (strings, escaped), in the site's list style. Pure, so tests
 * can check the markup without a browser.
 */
import { pageKinds, type SearchData } from './search-data.ts';
import type { SearchResult } from './search.ts';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Link to a record from anywhere: `root` is the site's folder URL, ending in `/`. */
export const recordHref = (root: string, url: string) => root + url + 'index.html';

/** One result as a list item: title link, kind and document, excerpt with the hit marked. */
export function resultToHtml(result: SearchResult, data: SearchData, root: string): string {
  const { record, excerpt } = result;
  const doc = record.document && record.kind !== 'document' ? data.documents[record.document] : undefined;
  const meta = [pageKinds[record.kind], doc].filter(Boolean).join(' · ');
  return (
    `<li><a href="${escapeHtml(recordHref(root, record.url))}">${escapeHtml(record.title || record.url)}</a>` +
    `<p class="item-list__meta">${escapeHtml(meta)}</p>` +
    `<p class="offline-search__excerpt">${escapeHtml(excerpt.before)}<mark>${escapeHtml(excerpt.hit)}</mark>${escapeHtml(excerpt.after)}</p></li>`
  );
}

/** The whole result block for a query: a count line and the first `limit` results. */
export function resultsToHtml(query: string, results: SearchResult[], data: SearchData, root: string, limit: number): string {
  if (!query.trim()) return '';
  if (!results.length) return `<p class="offline-search__count">没有找到包含“${escapeHtml(query.trim())}”的内容。</p>`;
  const shown = results.slice(0, limit);
  const more = results.length > shown.length ? `<button type="button" data-offline-more>显示更多（还有 ${results.length - shown.length} 条）</button>` : '';
  return (
    `<p class="offline-search__count">找到 ${results.length} 条结果</p>` +
    `<ol class="item-list offline-search__results">${shown.map((r) => resultToHtml(r, data, root)).join('')}</ol>${more}`
  );
}
