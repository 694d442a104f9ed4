import type { APIRoute } from 'astro';
import { detailsFile, graphFile } from '../../site/graph-file.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(detailsFile(graphFile(site))), { headers: { 'Content-Type': 'application/json' } });
};
