import type { APIRoute } from 'astro';
import { getFreePages } from '../astro/free-pages.ts';
import { isNamed } from '../core/projection/public-commons.ts';
import { withBase } from '../astro/paths.ts';
import { getSite } from '../site/site-store.ts';

/**
 * sitemap.xml, only when SITE_URL is set: the sitemap format wants absolute
 * URLs, and without SITE_URL the build cannot know the host. (A route with a
 * parameter, so that the build can leave it out; `care-map build` says so.)
 */
export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [];
}

/** Every public page. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  if (!siteUrl) throw new Error('sitemap.xml needs SITE_URL');
  const site = await getSite();
  const paths = [
    withBase(''),
    ...site.commons.maps.filter((m) => !m.default).map((m) => withBase(`maps/${m.id}/`)),
    withBase('elements/'),
    ...site.commons.elements.filter(isNamed).map((e) => withBase(`elements/${e.id}/`)),
    ...(await getFreePages()).map((p) => withBase(`${p.id}/`)),
  ];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `  <url><loc>${escape(new URL(p, siteUrl).href)}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
