import type { APIRoute } from 'astro';
import { graphFile, mapFile } from '../../site/graph-file.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(mapFile(graphFile(site))), { headers: { 'Content-Type': 'application/json' } });
};
