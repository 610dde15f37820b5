/**
 * `units/names.js`: every unit's label, page and measure count, for the units filter of a large
 * library (src/components/UnitFilter.astro). A classic script setting a global, not JSON: the
 * filter must work from disk, where a fetch is refused. Page paths are relative to the site root.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/collections.ts';
import { unitRowOf } from '../../site/unit-index.ts';
import { relativeUrl } from '../../site/relative-urls.ts';

export const GET: APIRoute = async () => {
  const { units } = await siteData();
  const rows = units.map((u) => unitRowOf(u.data)).map((r) => [r.label, relativeUrl('/', r.url), r.measures]);
  // JSON is a JavaScript expression; `<` is escaped so no name can close a script element.
  const body = `window.policyUnitNames=${JSON.stringify(rows).replace(/</g, '\\u003c')};\n`;
  return new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
