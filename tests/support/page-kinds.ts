/**
 * One page of each kind in a built site, by site path (`documents/x/index.html`), for the browser
 * checks that visit every kind of page (CSP, accessibility).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The first folder (sorted) under `dir` that holds an index.html, as `dir/x/index.html`. */
function firstPage(dist: string, dir: string, test: (name: string) => boolean = () => true): string {
  const name = readdirSync(join(dist, dir))
    .sort()
    .find((n) => test(n) && existsSync(join(dist, dir, n, 'index.html')));
  if (!name) throw new Error(`page-kinds: no page under ${dir}/ in ${dist}`);
  return `${dir}/${name}/index.html`;
}

export function pageKinds(dist: string): Record<string, string> {
  return {
    home: 'index.html',
    document: firstPage(dist, 'documents'),
    documents: 'documents/index.html',
    measure: firstPage(dist, 'measures'),
    unit: firstPage(dist, 'units'),
    term: firstPage(dist, 'terms'),
    deadlines: 'deadlines/index.html',
    'deadlines year': firstPage(dist, 'deadlines', (n) => /^\d{4}$/.test(n)),
    goals: 'goals/index.html',
    search: 'search/index.html',
    '404': '404.html',
  };
}
