import type { APIRoute } from 'astro';
import { elementsCsv } from '../../site/kumu-csv.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(elementsCsv(site.commons, site.measures.byElement), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
