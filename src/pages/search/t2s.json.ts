/**
 * `search/t2s.json`: the Traditional → Simplified table for queries (src/search/engine/traditional.ts),
 * fetched by the search page only when a query has a character the table changes.
 */
import type { APIRoute } from 'astro';
import { buildSimplifyTable } from '../../search/engine/traditional-table.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSimplifyTable().table), { headers: { 'content-type': 'application/json; charset=utf-8' } });
