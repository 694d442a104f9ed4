import { describe, expect, test } from 'vitest';
import { axeViolations } from './helpers/browser.ts';
import { focusIndicator, pressTab, tabUntil } from './helpers/focus.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';

/*
 * A keyboard user opens the map: the map is a few Tabs away (two, by "Skip to
 * the map"), every stop shows its focus whole, and the list view's rows come
 * right after its button. Checked at the sizes people use.
 */

const session = useBrowserSession();

const LAPTOPS = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
];
const PHONE = { width: 375, height: 740, touch: true };

/**
 * Tab presses from the top of the page to the first stop inside the map, without the skip link and
 * not counting the site's header (its title and navigation, which has a link for every free page).
 */
const MOST_TABS_TO_MAP = 12;

describe.each(LAPTOPS)('at $width×$height', (size) => {
  test(`Tab reaches the map within ${MOST_TABS_TO_MAP} presses past the site's header, before the filters`, async () => {
    const map = await openMap(session, '', size);
    const stops = await tabUntil(map.page, (stop) => stop.inMap, 40);
    expect(stops.filter((s) => !s.inSiteHeader).length, stops.map((s) => s.name).join(' → ')).toBeLessThanOrEqual(MOST_TABS_TO_MAP);
    expect(stops.filter((s) => s.inFilters)).toEqual([]);
    await closeClean(map.page);
  });

  test('"Skip to the map" is the second stop and puts focus on the map, with a frame that shows', async () => {
    const map = await openMap(session, '', size);
    const { page } = map;
    await pressTab(page);
    const skip = await pressTab(page);
    expect(skip.name).toContain('Skip to the map');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cm-map');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Map');
    expect(await focusIndicator(page)).toMatchObject({ kind: 'frame', clippedBy: null });
    // The next stops are the map's own, each with a whole focus indicator.
    const next = await tabUntil(page, (stop) => stop.name.includes('cm-node'), 3);
    for (const stop of next) expect(stop.inMap).toBe(true);
    expect(await focusIndicator(page)).toMatchObject({ kind: 'ring', clippedBy: null });
    await closeClean(page);
  });
});

test('from "Skip to the map", the arrow keys go straight to the elements, and + zooms', async () => {
  const map = await openMap(session, '', { width: 1366, height: 768 });
  const { page } = map;
  await page.getByRole('link', { name: 'Skip to the map' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('cm-map');
  await page.keyboard.press('ArrowRight');
  // The most connected element takes the focus, with its ring, and says what it is.
  const focused = await page.evaluate(() => ({ id: document.activeElement?.getAttribute('data-id'), name: document.activeElement?.getAttribute('aria-label') }));
  expect(focused.id).toBeTruthy();
  expect(focused.name).toBeTruthy();
  expect(await focusIndicator(page)).toMatchObject({ kind: 'ring', clippedBy: null });
  // A second arrow moves on from there, as it does between elements.
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).not.toBe(focused.id);
  // Back on the map's area, + zooms in.
  await page.locator('#cm-map').focus();
  const before = await map.view();
  await page.keyboard.press('+');
  await expect.poll(() => map.view()).not.toBe(before);
  await closeClean(page);
});

test('every Tab stop of the map page shows its focus, never cut off by its container', async () => {
  const map = await openMap(session, '', { width: 1024, height: 768 });
  const { page } = map;
  // Open every filter group, so that their options are stops too.
  for (const summary of await map.filters.locator('details > summary').all()) await summary.click();
  // Round the page once by Tab, from the first stop (the skip link) until a stop comes again.
  await page.locator('.skip-link').first().focus();
  await page.keyboard.press('Shift+Tab');
  const seen: string[] = [];
  for (let i = 0; i < 150; i++) {
    const stop = await pressTab(page);
    if (stop.name.startsWith('body')) continue;
    const again = await page.evaluate(() => {
      const el = document.activeElement!;
      if (el.hasAttribute('data-test-seen')) return true;
      el.setAttribute('data-test-seen', '');
      return false;
    });
    if (again) break;
    seen.push(stop.name);
    const focus = await focusIndicator(page);
    expect(focus.kind, focus.what).not.toBe('none');
    expect(focus.clippedBy, focus.what).toBeNull();
  }
  expect(seen.length).toBeGreaterThan(20);
  await closeClean(page);
});

test('in screen order: the map toggle, then "About this map", then the search', async () => {
  const map = await openMap(session);
  const stops = await tabUntil(map.page, (stop) => stop.name.startsWith('input'), 20);
  const names = stops.map((s) => s.name);
  const toggle = names.findIndex((n) => n.includes('Prototype Map'));
  const about = names.findIndex((n) => n.includes('About this map'));
  expect(toggle).toBeGreaterThan(0);
  expect(about).toBe(toggle + 1);
  expect(about).toBe(names.length - 2);
  await closeClean(map.page);
});

describe.each([{ width: 1366, height: 768 }, PHONE])('the list view at $width×$height', (size) => {
  test('its rows are two Tabs from "List view", and its table boxes can be focused', async () => {
    const map = await openMap(session, '', size);
    const { page } = map;
    await map.listButton.focus();
    await page.keyboard.press('Enter');
    await map.list.waitFor();
    const stops = await tabUntil(page, (stop) => stop.listRow, 5);
    expect(stops.length, stops.map((s) => s.name).join(' → ')).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.cm-list tbody th button'))).toBe(true);
    // The connections table has no control of its own: its box is a stop, named by its heading.
    const table = map.list.getByRole('group', { name: /^Connections \(\d+\)$/ });
    expect(await table.getAttribute('tabindex')).toBe('0');
    await closeClean(page);
  });

  test('the map page and the list view have no axe violations', async () => {
    const map = await openMap(session, '', { ...size, bypassCSP: true });
    const { page } = map;
    expect(await axeViolations(page)).toEqual([]);
    await map.openList();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
