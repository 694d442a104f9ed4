import { expect, test } from 'vitest';
import { mapReady } from './helpers/browser.ts';
import { buildSite } from './helpers/site.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import { defaultMapCounts } from './helpers/fixture-counts.ts';

/** The default map of the fixture, counted from its files. */
const WHOLE_MAP = defaultMapCounts();

/* The map on a GitHub Pages project site: everything it fetches and links to stays under BASE_PATH. */
const session = useBrowserSession(() => buildSite(undefined, { base: '/care-map' }));

test('the map, its lazy parts and its links work under BASE_PATH', async () => {
  const map = await openMap(session);
  const { page } = map;
  await expect.poll(() => map.status.textContent()).toBe(WHOLE_MAP.status);

  // Search and focus load their code on demand, from under the base.
  await map.searchFor('Cara');
  await map.search.press('Enter');
  await expect.poll(() => map.profileTitle.textContent()).toBe('Cara Lee');
  await map.profile.getByRole('button', { name: '1 step', exact: true }).click();
  await expect.poll(async () => (await map.shownIds()).length).toBe(3);

  await page.getByRole('link', { name: 'Prototype Map' }).click();
  await page.waitForURL(/\/care-map\/maps\/prototype\/\?/);
  await mapReady(page);
  await expect.poll(() => map.profileTitle.textContent()).toBe('Cara Lee');
  await map.profile.getByRole('link', { name: 'Open page' }).click();
  await page.waitForURL(/\/care-map\/elements\/cara-lee\/$/);
  expect(session.server.misses).toEqual([]);
  await closeClean(page);
});
