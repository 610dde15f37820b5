/**
 * The parts of the search page that the online page (client.ts) and the page read from disk
 * (src/offline/client.ts) share: reading and filling the form, and the status line.
 */
import { hasFilters, paramsToState, type SearchState } from '../engine/params.ts';
import type { Term } from '../engine/query.ts';
import { escapeHtml, quotedTerms } from './render.ts';
import type { SearchSession } from '../engine/session.ts';
import { filterKeys, type Filters } from '../engine/types.ts';

/**
 * Documents per page of results. Each needs its page text (a Pagefind fragment, about 5 KB at
 * 1,000 bench documents) to be checked and cut into excerpts, and each card lists its measures:
 * five fill a phone screen several times over and keep a first search within 150 KB.
 */
export const pageSize = 5;
/** Related results are looked for when there are fewer exact results than this. */
export const relatedBelow = 5;

/** Related results are looked for when words were typed (filters alone have none) and exact results are few. */
export const wantsRelated = (terms: readonly Term[], count: number) => terms.length > 0 && count < relatedBelow;

/** A short page that is not the last one means the session paused checking candidates: it can go on. */
export const moreLabel = (shown: number, done: boolean) => (shown < pageSize && !done ? '继续查找' : '显示更多结果');

/** The query leads the title, so tabs and history entries tell searches apart. */
export function searchTitle(state: SearchState): string {
  const query = state.query.trim();
  return query ? `${query} · 搜索 · 政策知识站` : '搜索 · 政策知识站';
}

/** The form → search state (the same fields a plain GET submit sends). */
export function formToState(form: HTMLFormElement): SearchState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
  return paramsToState(params);
}

export function stateToForm(form: HTMLFormElement, state: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.query;
  for (const key of filterKeys) {
    const wanted = state.filters[key] ?? [];
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${key}"]`)) {
      if (el instanceof HTMLInputElement) el.checked = wanted.includes(el.value);
      else {
        const value = wanted[0] ?? '';
        // A value from a shared link may not be among the options yet (they load on demand).
        if (value && ![...el.options].some((o) => o.value === value)) el.add(new Option(value, value));
        el.value = value;
      }
    }
  }
}

/**
 * The status line: how many documents and measures contain the terms. The document count is
 * exact when the positions pinned every term, or once every candidate is checked (约 until then);
 * the measure count is exact once every candidate is checked, and until then says how many of the
 * documents listed so far it covers.
 */
export function statusHtml(session: SearchSession, terms: readonly Term[], state: SearchState, simplified: boolean, listed: number): string {
  const filtered = hasFilters(state.filters) ? '（已筛选）' : '';
  const note = simplified ? `<br><small>繁体字已按简体字查找。</small>` : '';
  const partial = session.complete ? '' : '<br><small>单个汉字或单独的数字可能查不全，多输入几个字更准确。</small>';
  const measures = session.done
    ? session.measureCount > 0 ? `中的 ${session.measureCount} 项措施` : ''
    : `（已列出 ${listed} 份，其中 ${session.measureCount} 项措施）`;
  const documents = `${session.countIsEstimate ? '约 ' : ''}${session.count} 份文件`;
  if (terms.length === 0) return `共 ${documents}${session.done ? measures : ''}${filtered}` + note;
  // Simplified: name the terms as searched (组织生活), not as typed (組織生活).
  const named = quotedTerms(simplified ? terms.map((t) => ({ typed: t.text })) : terms);
  const what = terms.length > 1 ? `同时包含${escapeHtml(named)}` : `包含${escapeHtml(named)}`;
  if (session.count === 0) return `没有找到${what}的内容${filtered}。可以少输几个字、去掉筛选，或检查是否有错别字。` + note + partial;
  if (session.done) return `找到 ${documents}${measures}${what}${filtered}` + note + partial;
  return `找到 ${documents}${what}${measures}${filtered}` + note + partial;
}

/** Options of the long filter lists, fetched when the filter panel first opens. */
export async function fillFilterOptions(root: HTMLElement): Promise<void> {
  const url = root.dataset.filtersUrl;
  if (!url) return;
  const lists = (await (await fetch(url)).json()) as Partial<Record<keyof Filters, [string, string][]>>;
  for (const [key, options] of Object.entries(lists)) {
    const select = root.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (!select || !options) continue;
    const chosen = select.value;
    for (const [value, label] of options) if (![...select.options].some((o) => o.value === value)) select.add(new Option(label, value));
    select.value = chosen;
  }
}
