import type { APIRoute } from 'astro';
import { addFormFile } from '../../site/add-form-file.ts';
import { getSite } from '../../site/site-store.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(addFormFile(site.commons)), { headers: { 'Content-Type': 'application/json' } });
};
