import { expect, test } from 'vitest';
import { axeViolations, mapReady, openPage } from './helpers/browser.ts';
import { openMap, useBrowserSession } from './helpers/session.ts';

const session = useBrowserSession();

test('the map page has no axe violations', async () => {
  const page = await openPage(session.browser, session.server.url, { bypassCSP: true });
  await mapReady(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test('nor with a profile, search results, the legend and the list view open', async () => {
  const map = await openMap(session, '?select=cara-lee&focus=1', { bypassCSP: true });
  const { page } = map;
  await map.map.locator('[data-part="legend"] summary').click();
  await map.searchFor('Elm');
  expect(await axeViolations(page)).toEqual([]);
  await map.search.press('Escape');
  await map.openList();
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test('nor on a phone with the filters open', async () => {
  const map = await openMap(session, '', { width: 375, height: 812, touch: true, bypassCSP: true });
  const { page } = map;
  await map.filtersButton.click();
  await map.filters.waitFor();
  await page.locator('#cm-filters details summary').first().click();
  expect(await axeViolations(page)).toEqual([]);
  await page.context().close();
});

test('an element page and the directory have no axe violations', async () => {
  for (const sitePath of ['elements/brookside-care-co-op/', 'elements/']) {
    const page = await openPage(session.browser, session.server.at(sitePath), { bypassCSP: true });
    await page.locator('h1').waitFor();
    expect(await axeViolations(page), sitePath).toEqual([]);
    await page.context().close();
  }
});

test('the directory filters by type without a page load', async () => {
  const page = await openPage(session.browser, session.server.at('elements/'));
  const all = await page.locator('.directory-list li:visible').count();
  await page.selectOption('select[name="type"]', 'group');
  const groups = await page.locator('.directory-list li:visible').count();
  expect(groups).toBeGreaterThan(0);
  expect(groups).toBeLessThan(all);
  expect(await page.locator('.directory-list li:visible[data-type]:not([data-type="group"])').count()).toBe(0);
  expect(page.url()).toContain('type=group');
  await page.context().close();
});
