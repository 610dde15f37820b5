/**
 * The filters and metadata each document page gives search (rendered by SearchFacets.astro as
 * `data-pagefind-filter` / `data-pagefind-meta`). Filter values are what the search page shows and
 * what a shared link carries (`?issuer=中共湛江市委组织部`), so they are the readable names: a
 * document by its 文号 (unique, short), or its title when it has none.
 */
import { unitLabel } from '../../model/unit-label.ts';
import type { UnitLookup } from '../../model/unit-lookup.ts';
import type { Measure } from '../../model/schemas/measure.ts';
import type { FilterKey } from '../engine/types.ts';
import { measuresMetaKey, packMeasures, type MeasureMeta } from '../engine/measure-meta.ts';

/** Labels of the filter keys on the search page; `kind` is the 仅看措施 switch (only `measure`). */
export const filterLabels: Record<FilterKey, string> = {
  kind: '范围',
  year: '年份',
  issuer: '发文机关',
  document: '文件',
  unit: '责任单位',
};

/** The one value of `kind` the search page offers, and its label. */
export const measuresOnlyOption = ['measure', '仅看措施'] as const;

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

/**
 * A document page, the only kind of page search indexes: its filters (with the units of all its
 * measures), the facts its result card shows, and its measures (measure-meta.ts), so that a match
 * in the text can be listed under the measure it is in.
 */
export function documentFacets(doc: DocumentFacts, units: string[], measures: readonly MeasureMeta[]): Facets {
  const meta: Record<string, string> = {};
  if (doc.issuer?.trim()) meta.issuer = doc.issuer.trim();
  if (doc.docNumber?.trim()) meta.number = doc.docNumber.trim();
  if (doc.date) meta.date = doc.date;
  if (measures.length > 0) meta[measuresMetaKey] = packMeasures(measures);
  return { filters: { ...documentFilters(doc), unit: distinct([...units, ...measures.flatMap((m) => m.unitKeys)]) }, meta };
}

/** Units as written, with their ids → the labels of their unit pages (the unit filter's values): 市委组织部（湛江市）. */
export function unitFacetNames(names: readonly string[], ids: readonly string[], lookup: UnitLookup): string[] {
  return distinct(names.map((n, i) => {
    const unit = lookup.get(ids[i]);
    return unit ? unitLabel(unit) : n;
  }));
}

/** A measure as its document page tells search about it: where it is, who does it, by when, as written. */
export function measureMetaOf(
  measure: Pick<Measure, 'id' | 'title' | 'units' | 'unitIds' | 'deadlines'>,
  anchor: string,
  lookup: UnitLookup,
): MeasureMeta {
  return {
    anchor,
    id: measure.id,
    title: measure.title,
    units: measure.units.join('、'),
    deadline: [...new Set(measure.deadlines.map((d) => d.raw))].join('；'),
    unitKeys: unitFacetNames(measure.units, measure.unitIds, lookup),
  };
}
