/**
 * Options for the search page's filter lists, from the site's data (build time). Each list is
 * `[value, label]`: the value is the pages' filter value, the label what the reader picks from.
 */
import { documentFacet, documentFilters, type DocumentFacts } from './facets.ts';

export type FilterOptions = {
  year: [string, string][];
  issuer: [string, string][];
  document: [string, string][];
  unit: [string, string][];
};

const byCount = (counts: Map<string, number>): [string, string][] =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([name, n]) => [name, `${name}（${n}）`]);

/** `documents` newest first (the site's order); units with their measure counts. */
export function filterOptionsOf(documents: readonly DocumentFacts[], units: readonly { name: string; measures: number }[]): FilterOptions {
  const years = new Map<string, number>();
  const issuers = new Map<string, number>();
  for (const doc of documents) {
    const f = documentFilters(doc);
    for (const y of f.year ?? []) years.set(y, (years.get(y) ?? 0) + 1);
    for (const i of f.issuer ?? []) issuers.set(i, (issuers.get(i) ?? 0) + 1);
  }
  const short = (t: string) => ([...t].length > 28 ? [...t].slice(0, 27).join('') + '…' : t);
  return {
    year: [...years].sort((a, b) => b[0].localeCompare(a[0])).map(([y, n]) => [y, `${y}年（${n}）`]),
    issuer: byCount(issuers),
    document: documents.map((d) => [documentFacet(d), d.docNumber ? `${d.docNumber} ${short(d.title)}` : short(d.title)]),
    unit: units.map((u): [string, string] => [u.name, `${u.name}（${u.measures}）`]),
  };
}
