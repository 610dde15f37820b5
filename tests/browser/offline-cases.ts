/**
 * What the offline browser test looks for, chosen from the built site itself: a measure whose
 * title no other measure's title contains, so searching for it lists that measure under its
 * document.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SearchCase {
  /** Site path of the measure, `measures/x/`. */
  measureUrl: string;
  measureTitle: string;
  /** The query: the measure's title. */
  query: string;
}

const h1Of = (html: string) => html.match(/<h1[^>]*>([^<]+)<\/h1>/)?.[1]?.trim() ?? '';

export function searchCase(dist: string): SearchCase {
  const ids = readdirSync(join(dist, 'measures')).sort();
  const titles = ids.map((id) => [id, h1Of(readFileSync(join(dist, 'measures', id, 'index.html'), 'utf8'))] as const);
  for (const [id, title] of titles) {
    if ([...title].length < 6 || [...title].length > 16 || /[\s"“”]/.test(title)) continue;
    if (titles.filter(([, t]) => t.includes(title)).length === 1) return { measureUrl: `measures/${id}/`, measureTitle: title, query: title };
  }
  throw new Error(`offline-cases: no measure in ${dist} has a title of its own`);
}
