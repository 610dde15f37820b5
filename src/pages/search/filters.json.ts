/**
 * `search/filters.json`: the options of the long filter lists on the search page (issuer,
 * document, unit) as `[value, label]`, fetched when the reader opens the filter panel — a few
 * hundred names do not belong in every first visit. Values are the pages' filter values
 * (src/search/facets/facets.ts).
 */
import { unitLabel } from '../../model/unit-label.ts';
import type { APIRoute } from 'astro';
import { siteData } from '../../site/collections.ts';
import { filterOptionsOf } from '../../search/facets/filter-options.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  const options = filterOptionsOf(
    data.documents.map((d) => d.data),
    data.units.map((u) => ({ name: unitLabel(u.data), measures: u.data.measures.length })),
  );
  return new Response(JSON.stringify(options), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
