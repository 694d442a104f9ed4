import type { APIRoute } from 'astro';
import { graphGexf } from '../../site/gexf-file.ts';
import { graphFile } from '../../site/graph-file.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => new Response(graphGexf(graphFile(await getSite())), { headers: { 'Content-Type': 'application/gexf+xml; charset=utf-8' } });
