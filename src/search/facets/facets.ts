/**
 * The filters and metadata each page gives search (rendered by SearchFacets.astro as
 * `data-pagefind-filter` / `data-pagefind-meta`). Filter values are what the search page shows and
 * what a shared link carries (`?issuer=中共湛江市委组织部`), so they are the readable names: a
 * document by its 文号 (unique, short), or its title when it has none.
 */
import { unitLabel } from '../../model/unit-label.ts';
import type { UnitLookup } from '../../model/unit-lookup.ts';
import type { FilterKey } from '../engine/types.ts';

/** Page kinds search tells apart, with the words the search page uses for them. */
export const kindLabels = {
  document: '文件',
  measure: '措施',
  unit: '责任单位',
  term: '术语',
} as const;
export type PageKind = keyof typeof kindLabels;

/** Labels of the filter keys on the search page. */
export const filterLabels: Record<FilterKey, string> = {
  kind: '类型',
  year: '年份',
  issuer: '发文机关',
  document: '文件',
  unit: '责任单位',
};

export interface DocumentFacts {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuers: string[];
  date: string | null;
}

/** How the document filter names a document. */
export const documentFacet = (doc: Pick<DocumentFacts, 'title' | 'docNumber'>) => doc.docNumber?.trim() || doc.title.trim();

export interface Facets {
  filters: Partial<Record<FilterKey, string[]>>;
  meta: Record<string, string>;
}

const distinct = (values: (string | null | undefined)[]) => [...new Set(values.map((v) => v?.trim()).filter((v): v is string => !!v))];

/** Filters shared by a document and its measures: the document, its issuers and its year. */
export function documentFilters(doc: DocumentFacts): Facets['filters'] {
  return {
    document: [documentFacet(doc)],
    issuer: distinct(doc.issuers.length > 0 ? doc.issuers : [doc.issuer]),
    year: distinct([doc.date?.slice(0, 4)]),
  };
}

/** A document page: its own filters, and the units its measures name. */
export function documentFacets(doc: DocumentFacts, units: string[]): Facets {
  return { filters: { kind: ['document'], ...documentFilters(doc), unit: distinct(units) }, meta: {} };
}

/** A measure page: its document's filters, its units, and the document title to show in results. */
export function measureFacets(doc: DocumentFacts, units: string[]): Facets {
  return { filters: { kind: ['measure'], ...documentFilters(doc), unit: distinct(units) }, meta: { document: doc.title } };
}

export function unitFacets(name: string): Facets {
  return { filters: { kind: ['unit'], unit: [name] }, meta: {} };
}

export function termFacets(): Facets {
  return { filters: { kind: ['term'] }, meta: {} };
}

/** Units as written, with their ids → the labels of their unit pages (the unit filter's values): 市委组织部（湛江市）. */
export function unitFacetNames(names: readonly string[], ids: readonly string[], lookup: UnitLookup): string[] {
  return distinct(names.map((n, i) => {
    const unit = lookup.get(ids[i]);
    return unit ? unitLabel(unit) : n;
  }));
}
