import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations } from './helpers/browser.ts';
import type { MapPage } from './helpers/map-page.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';

const session = useBrowserSession();
const PHONE = { width: 375, height: 740, touch: true, bypassCSP: true };

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  return (await locator.boundingBox())!;
}

/** How far the element's symbol reaches below the sheet's top edge (0 or less: all of it is above). */
async function underSheet(map: MapPage, id: string): Promise<number> {
  const node = await boxOf(map.node(id));
  const sheet = await boxOf(map.profile);
  return Math.round(node.y + node.height - sheet.y);
}

/** The drawn element lowest on the screen whose centre a finger can reach (nothing lies over it). */
async function lowestTappable(map: MapPage): Promise<string> {
  return map.page.evaluate(() => {
    let best = { id: '', y: -Infinity };
    for (const el of document.querySelectorAll<SVGElement>('.cm-node:not(.is-hidden)')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (document.elementFromPoint(x, y) === el && y > best.y) best = { id: el.dataset['id'] ?? '', y };
    }
    return best.id;
  });
}

const handle = (map: MapPage) => map.profile.locator('button.cm-sheet-handle');

test('at 375×740, an element tapped low on the map is framed above the sheet, which collapses to a peek and back', async () => {
  const map = await openMap(session, '', PHONE);
  const id = await lowestTappable(map);
  await map.node(id).tap();
  await expect.poll(() => map.profile.isVisible()).toBe(true);
  await expect.poll(() => underSheet(map, id)).toBeLessThanOrEqual(0);

  // The zoom buttons stay on screen, above the sheet, and work.
  const zoomIn = map.map.getByRole('button', { name: 'Zoom in' });
  expect(await zoomIn.isVisible()).toBe(true);
  expect((await boxOf(zoomIn)).y + (await boxOf(zoomIn)).height).toBeLessThanOrEqual((await boxOf(map.profile)).y);
  const before = await map.view();
  await zoomIn.tap();
  await expect.poll(() => map.view()).not.toBe(before);
  await map.map.getByRole('button', { name: 'Fit the map to the screen' }).tap();
  await map.node(id).tap();
  await expect.poll(() => underSheet(map, id)).toBeLessThanOrEqual(0);

  expect(await axeViolations(map.page)).toEqual([]);

  // The handle is a real button: it collapses the sheet to a peek that still names the element.
  const full = await boxOf(map.profile);
  expect(await handle(map).getAttribute('aria-expanded')).toBe('true');
  await handle(map).tap();
  expect(await handle(map).getAttribute('aria-expanded')).toBe('false');
  await expect.poll(async () => (await boxOf(map.profile)).height).toBeLessThan(full.height / 2);
  expect(await map.profileTitle.isVisible()).toBe(true);
  await expect.poll(() => underSheet(map, id)).toBeLessThanOrEqual(0);
  expect(await axeViolations(map.page)).toEqual([]);

  // And expands again.
  await handle(map).tap();
  expect(await handle(map).getAttribute('aria-expanded')).toBe('true');
  await expect.poll(async () => Math.round((await boxOf(map.profile)).height)).toBe(Math.round(full.height));
  await expect.poll(() => underSheet(map, id)).toBeLessThanOrEqual(0);
  await closeClean(map.page);
});

test('dragging the handle down collapses the sheet, dragging it up expands it', async () => {
  const map = await openMap(session, '?select=cara-lee', PHONE);
  await expect.poll(() => underSheet(map, 'cara-lee')).toBeLessThanOrEqual(0);
  const full = await boxOf(map.profile);
  const cdp = await map.page.context().newCDPSession(map.page);
  const drag = async (dy: number) => {
    const h = await boxOf(handle(map));
    const x = h.x + h.width / 2;
    const y = h.y + h.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 8; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * step) / 8 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await drag(160);
  await expect.poll(() => handle(map).getAttribute('aria-expanded')).toBe('false');
  expect((await boxOf(map.profile)).height).toBeLessThan(full.height / 2);
  await expect.poll(() => underSheet(map, 'cara-lee')).toBeLessThanOrEqual(0);
  await drag(-160);
  await expect.poll(() => handle(map).getAttribute('aria-expanded')).toBe('true');
  await closeClean(map.page);
});

test('an element picked from search is framed above the sheet', async () => {
  const map = await openMap(session, '', PHONE);
  for (const [query, id] of [
    ['Riverside', 'riverside-surgery'],
    ['Bert', 'bert-khan'],
    ['Homecare', 'homecare-plus'],
  ] as const) {
    await map.searchFor(query);
    await map.results.getByRole('option').first().tap();
    await expect.poll(() => map.profile.isVisible()).toBe(true);
    await expect.poll(() => underSheet(map, id)).toBeLessThanOrEqual(0);
  }
  await closeClean(map.page);
});

test('"1 step" frames the neighbourhood above the sheet, and the focus banner leaves the status line readable', async () => {
  const map = await openMap(session, '?select=cara-lee', PHONE);
  await map.profile.getByRole('button', { name: '1 step', exact: true }).tap();
  await expect.poll(() => map.shownIds()).toHaveLength(3);
  for (const id of await map.shownIds()) await expect.poll(() => underSheet(map, id)).toBeLessThanOrEqual(0);

  const status = await boxOf(map.status);
  const banner = await boxOf(map.map.locator('[data-part="focus-banner"]'));
  const overlap = Math.min(status.y + status.height, banner.y + banner.height) - Math.max(status.y, banner.y);
  expect(overlap).toBeLessThanOrEqual(0);

  // Collapsed, the neighbourhood stays framed.
  await handle(map).tap();
  await expect.poll(() => handle(map).getAttribute('aria-expanded')).toBe('false');
  for (const id of await map.shownIds()) await expect.poll(() => underSheet(map, id)).toBeLessThanOrEqual(0);
  expect(await axeViolations(map.page)).toEqual([]);
  await closeClean(map.page);
});
