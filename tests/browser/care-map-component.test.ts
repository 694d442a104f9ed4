import { expect, test } from 'vitest';
import { axeViolations, openPage } from './helpers/browser.ts';
import { closeClean, useBrowserSession } from './helpers/session.ts';

/*
 * `<CareMap map focus depth />` in a free page, with no import (SPEC §4): the
 * fixture's pages/neighbourhoods.mdx has two, on different maps.
 */
const session = useBrowserSession();

const shownIds = (map: import('playwright-core').Locator) => map.locator('.cm-node:not(.is-hidden)').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')).sort());

test('two maps on one page both draw, each focused on its element, with ids of their own', async () => {
  const page = await openPage(session.browser, session.server.at('neighbourhoods/'), { width: 1280, height: 800 });
  const maps = page.locator('care-map');
  await page.locator('care-map.cm--ready').nth(1).waitFor();
  expect(await maps.count()).toBe(2);
  const [cafe, coop] = [maps.nth(0), maps.nth(1)];
  // Elm Row Café, one step out on the service map: the co-op and the person it supports (anonymised: an opaque id).
  const cafeIds = await shownIds(cafe);
  expect(cafeIds).toHaveLength(3);
  expect(cafeIds).toEqual(expect.arrayContaining(['brookside-care-co-op', 'elm-row-cafe']));
  expect(await cafe.locator('[data-part="profile"] h2').textContent()).toBe('Elm Row Café');
  expect(await cafe.locator('[data-part="focus-text"]').textContent()).toBe('1 step around Elm Row Café');
  // The co-op on the prototype map: Knit Club is there, Town Library (service map only) is not.
  const coopIds = await shownIds(coop);
  expect(coopIds).toContain('knit-club');
  expect(coopIds).not.toContain('town-library');
  expect(await coop.locator('[data-part="profile"] h2').textContent()).toBe('Brookside Care Co-op');
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return ids.filter((id, k) => ids.indexOf(id) !== k);
  });
  expect(duplicates).toEqual([]);
  // The page has one h1, its own; each map is named by a heading under it.
  expect(await page.locator('h1').count()).toBe(1);
  expect(await page.getByRole('heading', { level: 2, name: 'Service Map' }).count()).toBe(1);
  await closeClean(page);
}, 120_000);

test('each map keeps its own state and leaves the address alone', async () => {
  const page = await openPage(session.browser, session.server.at('neighbourhoods/'), { width: 1280, height: 800 });
  await page.locator('care-map.cm--ready').nth(1).waitFor();
  const [cafe, coop] = [page.locator('care-map').nth(0), page.locator('care-map').nth(1)];
  const before = await shownIds(coop);
  await cafe.getByRole('button', { name: 'Show whole map' }).click();
  await expect.poll(async () => (await shownIds(cafe)).length).toBe(9);
  expect(await shownIds(coop)).toEqual(before);
  // The list view of the second map lists what it shows, and its search finds in its own map.
  await coop.getByRole('button', { name: /^List/ }).click();
  await expect.poll(() => coop.locator('.cm-list section').first().locator('tbody th').allInnerTexts()).toContain('Knit Club');
  await cafe.getByRole('combobox', { name: 'Search the map' }).fill('Town');
  await expect.poll(() => cafe.getByRole('option').allInnerTexts()).toEqual([expect.stringContaining('Town Library')]);
  expect(new URL(page.url()).search).toBe('');
  await closeClean(page);
}, 120_000);

test.each([
  { width: 1280, height: 800, touch: false },
  { width: 375, height: 740, touch: true },
])('a page with maps has no axe violations at $width×$height', async (size) => {
  const page = await openPage(session.browser, session.server.at('neighbourhoods/'), { ...size, bypassCSP: true });
  await page.locator('care-map.cm--ready').nth(1).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await closeClean(page);
}, 120_000);

test('a free page that starts with its own # heading has one h1', async () => {
  const page = await openPage(session.browser, session.server.at('about/'));
  expect(await page.locator('h1').allInnerTexts()).toEqual(['About Brookside']);
  await closeClean(page);
}, 60_000);
