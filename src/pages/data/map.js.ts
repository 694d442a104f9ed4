import type { APIRoute } from 'astro';
import { mapDataScript } from '../../map/map-data.ts';
import { graphFile, mapFile } from '../../site/graph-file.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(mapDataScript(mapFile(graphFile(site))), { headers: { 'Content-Type': 'text/javascript' } });
};
