import { expect, test } from 'vitest';
import { axeViolations } from './helpers/browser.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import { defaultMapCounts } from './helpers/fixture-counts.ts';

/** The default map of the fixture, counted from its files. */
const WHOLE_MAP = defaultMapCounts();

/*
 * Large maps are drawn on a canvas. `?renderer=canvas` forces it on the small
 * fixture, so the same interactions can be checked through it: what differs
 * is only how the picture is made.
 */
const session = useBrowserSession();

const open = (query = '', options = {}) => openMap(session, `?renderer=canvas${query}`, options);

test('draws on a canvas, and stops drawing when nothing moves', async () => {
  const map = await open();
  expect(await map.map.getAttribute('data-renderer')).toBe('canvas');
  expect(await map.map.locator('canvas').count()).toBe(1);
  expect(await map.map.locator('.cm-node').count()).toBe(0);
  await expect.poll(() => map.status.textContent()).toBe(WHOLE_MAP.status);
  const frames = await map.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const ctx = document.querySelector('canvas')!.getContext('2d')!;
        let count = 0;
        const clear = ctx.clearRect.bind(ctx);
        ctx.clearRect = (...args: Parameters<typeof clear>) => {
          count++;
          clear(...args);
        };
        setTimeout(() => resolve(count), 700);
      }),
  );
  expect(frames).toBe(0);
  await closeClean(map.page);
});

test('clicking an element selects it; the keyboard moves between elements', async () => {
  const map = await open();
  const proxy = map.map.locator('.cm-focus-proxy');
  // Tab reaches the map's keyboard element, laid over the most connected one.
  for (let i = 0; i < 60 && !(await proxy.evaluate((el) => el === document.activeElement)); i++) await map.page.keyboard.press('Tab');
  expect(await proxy.getAttribute('aria-label')).toMatch(/^Brookside Care Co-op, Convening Partner, 9 connections$/);
  const box = (await proxy.boundingBox())!;
  await map.page.keyboard.press('ArrowLeft');
  const moved = (await proxy.getAttribute('aria-label'))!;
  expect(moved).not.toMatch(/^Brookside/);
  await map.page.keyboard.press('Enter');
  await expect.poll(() => map.profileTitle.textContent()).toBe(moved.split(',')[0]);

  // A click where the co-op is drawn selects it.
  await map.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => map.profileTitle.textContent()).toBe('Brookside Care Co-op');
  // A click on empty map clears the selection.
  const stage = (await map.map.locator('.cm-canvas').boundingBox())!;
  await map.page.mouse.click(stage.x + stage.width - 90, stage.y + 30);
  await expect.poll(() => map.profile.isVisible()).toBe(false);
  await closeClean(map.page);
});

test('filters, focus and the list view work the same', async () => {
  const map = await open('&select=cara-lee&focus=1');
  await expect.poll(() => map.status.textContent()).toMatch(new RegExp(`^3 of ${WHOLE_MAP.elements} elements`));
  await map.openList();
  expect(await map.listedElements()).toEqual(['Brookside Care Co-op', 'Cara Lee', 'Neighbour on Elm Row']);
  await map.profile.getByRole('button', { name: 'Whole map', exact: true }).click();
  await map.setOption('Element types', 'Business');
  await expect.poll(() => map.listedElements()).toEqual(['Elm Row Café']);
  expect(new URL(map.page.url()).searchParams.get('renderer')).toBe('canvas');
  await closeClean(map.page);
});

test('has no axe violations', async () => {
  const map = await open('', { bypassCSP: true });
  expect(await axeViolations(map.page)).toEqual([]);
  await map.page.context().close();
});
