import type { APIRoute } from 'astro';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getSite()).insights), { headers: { 'Content-Type': 'application/json' } });
