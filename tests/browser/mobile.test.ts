import type { CDPSession, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';

const session = useBrowserSession();
const PHONE = { width: 375, height: 812, touch: true };

type Point = { x: number; y: number };

/** A touch gesture: fingers move from their start to their end points in a few steps. */
async function gesture(cdp: CDPSession, from: Point[], to: Point[]): Promise<void> {
  const at = (t: number) => from.map((p, i) => ({ x: p.x + (to[i]!.x - p.x) * t, y: p.y + (to[i]!.y - p.y) * t, id: i }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 8; step++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 8) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

function scaleOf(transform: string): number {
  return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 'NaN');
}

async function emptySpot(page: Page): Promise<Point> {
  const stage = (await page.locator('.cm-canvas').boundingBox())!;
  return { x: stage.x + stage.width / 2, y: stage.y + stage.height - 120 };
}

test('at 375 px the filters sit behind a button and the map fills the screen', async () => {
  const map = await openMap(session, '', PHONE);
  const { page } = map;
  expect(await map.filters.isVisible()).toBe(false);
  expect(await map.filtersButton.getAttribute('aria-expanded')).toBe('false');
  const stage = (await page.locator('.cm-canvas').boundingBox())!;
  expect(stage.width).toBe(375);

  await map.filtersButton.click();
  expect(await map.filters.isVisible()).toBe(true);
  await map.setOption('Element types', 'Business');
  await page.getByRole('button', { name: 'Show the map' }).click();
  expect(await map.filters.isVisible()).toBe(false);
  await expect.poll(() => map.shownIds()).toEqual(['elm-row-cafe']);
  expect(await map.filtersButton.innerText()).toContain('(1)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await closeClean(page);
});

test('tapping an element opens its profile as a bottom sheet', async () => {
  const map = await openMap(session, '', PHONE);
  await map.node('bert-khan').tap();
  await expect.poll(() => map.profileTitle.textContent()).toBe('Bert Khan');
  const sheet = (await map.profile.boundingBox())!;
  expect(sheet.width).toBe(375);
  expect(sheet.y).toBeGreaterThan(812 / 3);
  expect(Math.round(sheet.y + sheet.height)).toBe(812);
  // The element stays in view above the sheet.
  const bert = await map.centreOf('bert-khan');
  expect(bert.y).toBeLessThan(sheet.y);
  await map.profile.getByRole('button', { name: 'Close profile' }).tap();
  await expect.poll(() => map.profile.isVisible()).toBe(false);
  await closeClean(map.page);
});

test('one finger pans and two fingers zoom', async () => {
  const map = await openMap(session, '', PHONE);
  const { page } = map;
  const cdp = await page.context().newCDPSession(page);
  const start = await emptySpot(page);

  const before = await map.view();
  await gesture(cdp, [start], [{ x: start.x + 60, y: start.y - 40 }]);
  await expect.poll(() => map.view()).not.toBe(before);
  expect(scaleOf(await map.view())).toBeCloseTo(scaleOf(before), 5);

  const k = scaleOf(await map.view());
  await gesture(cdp, [{ x: start.x - 20, y: start.y }, { x: start.x + 20, y: start.y }], [{ x: start.x - 90, y: start.y }, { x: start.x + 90, y: start.y }]);
  await expect.poll(async () => scaleOf(await map.view())).toBeGreaterThan(k * 1.5);
  await closeClean(page);
});
