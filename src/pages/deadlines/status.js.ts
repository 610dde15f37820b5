/** `deadlines/status.js`: the deadline status script (src/site/deadline-status-bundle.ts), built with the site. */
import type { APIRoute } from 'astro';
import { deadlineStatusScript } from '../../site/deadline-status-bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await deadlineStatusScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
