import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolder, careMap, PROJECT_ROOT } from './build-run.ts';

/** Two maps (the default one is also the home page), a free page, public and anonymised elements. */
const CONTENT = path.join(PROJECT_ROOT, 'tests/browser/fixtures/quarry-hill');

const canonicalOf = async (dist: string, page: string) => /<link rel="canonical" href="([^"]*)"/.exec(await readFile(path.join(dist, page), 'utf8'))?.[1];

describe('sitemap.xml and canonical links', () => {
  it('without SITE_URL: no sitemap (its addresses must be absolute), a note saying so, and canonical links as paths', async () => {
    const folder = await buildFolder();
    const result = await careMap(['build', '--content', CONTENT], folder, { BASE_PATH: '/care-map' });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('note: no sitemap.xml, as SITE_URL is not set');
    const dist = path.join(folder, 'dist');
    expect(existsSync(path.join(dist, 'sitemap.xml'))).toBe(false);
    expect(await canonicalOf(dist, 'index.html')).toBe('/care-map/');
    // The default map's own page duplicates the home page.
    expect(await canonicalOf(dist, 'maps/service/index.html')).toBe('/care-map/');
    expect(await canonicalOf(dist, 'maps/plans/index.html')).toBe('/care-map/maps/plans/');
    expect(await canonicalOf(dist, 'elements/st-barnabas-community-hall/index.html')).toBe('/care-map/elements/st-barnabas-community-hall/');
    expect(await canonicalOf(dist, '404.html')).toBeUndefined();
  }, 300_000);

  it('with SITE_URL: a sitemap of absolute addresses, each page once, and absolute canonical links', async () => {
    const folder = await buildFolder();
    const result = await careMap(['build', '--content', CONTENT], folder, { BASE_PATH: '/care-map', SITE_URL: 'https://example.org' });
    expect(result.code, result.output).toBe(0);
    expect(result.output).not.toContain('sitemap');
    const dist = path.join(folder, 'dist');
    const locs = [...(await readFile(path.join(dist, 'sitemap.xml'), 'utf8')).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://example.org/care-map/',
      'https://example.org/care-map/maps/plans/',
      'https://example.org/care-map/elements/',
      ...[
        'ashby-fields-allotment-society',
        'brightpath-home-care-and-reablement',
        'gardener-on-tanners-row',
        'hollinsby-borough-council-adult-social-care',
        'kettle-and-crumb-cafe',
        'larkfield-medical-practice',
        'margaret-okafor-whitfield',
        'quarry-hill-and-tanners-row-care-co-operative',
        'quayside-community-mental-health-team',
        'st-barnabas-community-hall',
      ].map((slug) => `https://example.org/care-map/elements/${slug}/`),
      'https://example.org/care-map/contribute/',
    ]);
    expect(await canonicalOf(dist, 'maps/service/index.html')).toBe('https://example.org/care-map/');
    expect(await canonicalOf(dist, 'elements/kettle-and-crumb-cafe/index.html')).toBe('https://example.org/care-map/elements/kettle-and-crumb-cafe/');
  }, 300_000);
});
