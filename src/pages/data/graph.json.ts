import type { APIRoute } from 'astro';
import { graphFile } from '../../site/graph-file.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(graphFile(site)), { headers: { 'Content-Type': 'application/json' } });
};
