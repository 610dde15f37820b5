/**
 * Search state in the address, so a search can be shared as a link:
 * `search/?q=组织生活会&kind=measure&year=2019` — `q` as typed, then the filters, each key
 * repeatable (values of one key are alternatives; keys combine). Result links carry the terms as
 * `?hl=` for the target page to mark and scroll to.
 */
import type { Term } from './query.ts';
import { filterKeys, type FilterKey, type Filters } from './types.ts';

export interface SearchState {
  query: string;
  filters: Filters;
}

/** `?q=…&kind=…` → state; unknown parameters are ignored, empty values dropped. */
export function paramsToState(params: URLSearchParams): SearchState {
  const filters: Filters = {};
  for (const key of filterKeys) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

/** State → `q=…&kind=…` (no leading `?`), in a fixed key order so equal searches give equal links. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}

export const hasFilters = (filters: Filters) => filterKeys.some((k) => (filters[k]?.length ?? 0) > 0);

/** No words and no filters: nothing to search for, the page stays empty. */
export const isBlankSearch = (state: SearchState) => !state.query.trim() && !hasFilters(state.filters);

/** The search page's address for a state: `/search/?q=…`, or the bare path when nothing is asked. */
export function stateToAddress(pathname: string, state: SearchState): string {
  const params = stateToParams(state).toString();
  return `${pathname}${params ? `?${params}` : ''}`;
}

/** Filters with one key set to `values` (none: removed). */
export function withFilter(filters: Filters, key: FilterKey, values: string[]): Filters {
  const next: Filters = { ...filters };
  if (values.length > 0) next[key] = values;
  else delete next[key];
  return next;
}

/** `/measures/x/` + terms + anchor → `/measures/x/?hl=组织生活会#m-2-1`. */
export function resultHref(url: string, terms: readonly Pick<Term, 'text'>[], anchor: string | null): string {
  const [path, query = ''] = url.split('#')[0]!.split('?') as [string, string?];
  const params = new URLSearchParams(query);
  params.delete('hl');
  for (const t of terms) params.append('hl', t.text);
  const search = params.toString();
  return path + (search ? `?${search}` : '') + (anchor ? `#${encodeURIComponent(anchor)}` : '');
}
