import type { APIRoute } from 'astro';
import { getFreePages } from '../astro/free-pages.ts';
import { isNamed } from '../core/projection/public-commons.ts';
import { withBase } from '../astro/paths.ts';
import { getSite } from '../site/site-store.ts';

/** Every public page. URLs are absolute when SITE_URL is set, as sitemaps want; else relative to the base. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const paths = [
    withBase(''),
    ...site.commons.maps.map((m) => withBase(`maps/${m.id}/`)),
    withBase('elements/'),
    ...site.commons.elements.filter(isNamed).map((e) => withBase(`elements/${e.id}/`)),
    ...(await getFreePages()).map((p) => withBase(`${p.id}/`)),
  ];
  const loc = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `  <url><loc>${escape(loc(p))}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
