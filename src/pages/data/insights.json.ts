import type { APIRoute } from 'astro';
import { siteInsights } from '../../site/site-insights.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(siteInsights(await getSite())), { headers: { 'Content-Type': 'application/json' } });
