import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import type { MapPage } from './helpers/map-page.ts';

/*
 * The map page is exactly the window at every common size: nothing to scroll,
 * so the wheel over the filters, or focus moving through them, scrolls the
 * filters and never the page (which would take the header away and open a
 * blank band under the map).
 */

const session = useBrowserSession();

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 375, height: 740, touch: true },
  { width: 414, height: 896, touch: true },
];

/** Where the page is: its scroll, and where the header and the bottom of the map are drawn. */
function pageState(page: Page) {
  return page.evaluate(() => ({
    scrollY: Math.round(scrollY),
    headerTop: Math.round(document.querySelector('.site-header')!.getBoundingClientRect().top),
    mapBottom: Math.round(document.querySelector('care-map')!.getBoundingClientRect().bottom),
  }));
}

async function openEveryGroup(map: MapPage): Promise<void> {
  for (const details of await map.filters.locator('details').all()) {
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  }
}

test.each(SIZES)('at $width×$height the page is the window: nothing to scroll', async (size) => {
  const map = await openMap(session, '', size);
  const fit = await map.page.evaluate(() => ({ height: document.scrollingElement!.scrollHeight, width: document.scrollingElement!.scrollWidth }));
  expect(fit).toEqual({ height: size.height, width: size.width });
  expect(await pageState(map.page)).toEqual({ scrollY: 0, headerTop: 0, mapBottom: size.height });
  await closeClean(map.page);
});

describe.each(SIZES.filter((s) => !s.touch && s.width <= 1440))('at $width×$height the filter panel scrolls alone', (size) => {
  test('under the mouse wheel', async () => {
    const map = await openMap(session, '', size);
    const { page } = map;
    await openEveryGroup(map);
    const panel = (await map.filters.boundingBox())!;
    await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
    await expect.poll(() => map.filters.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await pageState(page)).toEqual({ scrollY: 0, headerTop: 0, mapBottom: size.height });
    await closeClean(page);
  });

  test('when focus moves to its last checkbox', async () => {
    const map = await openMap(session, '', size);
    const { page } = map;
    await openEveryGroup(map);
    await map.filters.locator('input[type="checkbox"]').last().focus();
    expect(await map.filters.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await pageState(page)).toEqual({ scrollY: 0, headerTop: 0, mapBottom: size.height });
    await closeClean(page);
  });
});

test('on a phone, the open filters scroll alone too', async () => {
  const map = await openMap(session, '', { width: 375, height: 740, touch: true });
  const { page } = map;
  await map.filtersButton.click();
  await openEveryGroup(map);
  await map.filters.locator('input[type="checkbox"]').last().focus();
  expect(await map.filters.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(await pageState(page)).toEqual({ scrollY: 0, headerTop: 0, mapBottom: 740 });
  await closeClean(page);
});

test('every filter group is a disclosure with an arrow, and only the panel scrolls', async () => {
  const map = await openMap(session);
  const groups = await map.filters.locator('.cm-group').evaluateAll((els) =>
    els.map((el) => {
      const summary = el.querySelector(':scope > summary');
      // An arrow: the browser's marker (shown only while the summary is a list item), or one drawn before it.
      const arrow = !!summary && (getComputedStyle(summary).display === 'list-item' || getComputedStyle(summary, '::before').content !== 'none');
      return { details: el.localName === 'details', closed: !(el as HTMLDetailsElement).open, arrow };
    }),
  );
  expect(groups.length).toBeGreaterThanOrEqual(5);
  for (const group of groups) expect(group).toEqual({ details: true, closed: true, arrow: true });
  await openEveryGroup(map);
  const scrollers = await map.filters.evaluate((panel) => [...panel.querySelectorAll('*')].filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY)).map((el) => el.localName));
  expect(scrollers).toEqual([]);
  await closeClean(map.page);
});
