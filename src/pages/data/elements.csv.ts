import type { APIRoute } from 'astro';
import { elementsCsv } from '../../site/kumu-csv.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => new Response(elementsCsv((await getSite()).commons), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
