import type { APIRoute } from 'astro';
import { connectionsCsv } from '../../site/kumu-csv.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => new Response(connectionsCsv((await getSite()).commons), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
