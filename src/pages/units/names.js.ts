/**
 * `units/names.js`: every unit's label, id and measure count, for the units filter of a large
 * library (src/components/UnitFilter.astro). A classic script setting a global, not JSON: the
 * filter must work from disk, where a fetch is refused.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/collections.ts';
import { unitLabel } from '../../model/unit-label.ts';

export const GET: APIRoute = async () => {
  const { units } = await siteData();
  // The id, not the path: the script makes `units/<id>/index.html`, and 12,000 paths are a third of the file.
  const rows = units.map((u) => [unitLabel(u.data), u.id, u.data.measures.length]);
  // JSON is a JavaScript expression; `<` is escaped so no name can close a script element.
  const body = `window.policyUnitNames=${JSON.stringify(rows).replace(/</g, '\\u003c')};\n`;
  return new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
