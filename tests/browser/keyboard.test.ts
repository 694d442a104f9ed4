import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import { defaultMapCounts } from './helpers/fixture-counts.ts';

/** The default map of the fixture, counted from its files. */
const WHOLE_MAP = defaultMapCounts();

const session = useBrowserSession();

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, { back = false, limit = 80 } = {}): Promise<void> {
  const source = matches.toString();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const found = await page.evaluate((fn) => {
      const el = document.activeElement;
      return !!el && (0, eval)(`(${fn})`)(el);
    }, source);
    if (found) return;
  }
  throw new Error(`Tab never reached ${source}; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`);
}

/** The focused element shows a focus indicator: an outline, or the map's focus ring. */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    if (el.classList.contains('cm-node')) return !!document.querySelector('.cm-focus-ring.is-on');
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

const activeName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');

test('everything works from the keyboard alone, with a visible focus', async () => {
  const map = await openMap(session);
  const { page } = map;

  // Search: type, arrow, Enter.
  await tabTo(page, (el) => el.id === 'cm-search-input');
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.type('cara');
  await map.results.waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => map.profileTitle.textContent()).toBe('Cara Lee');

  // Focus one step out from the profile, then close it with Escape.
  await tabTo(page, (el) => el.textContent === '1 step');
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await map.shownIds()).length).toBe(3);
  await page.keyboard.press('Escape');
  await expect.poll(() => map.profile.isVisible()).toBe(false);
  await expect.poll(async () => (await map.shownIds()).length).toBe(WHOLE_MAP.elements);

  // The map's elements: Tab reaches one, arrows move between them, Enter selects.
  await tabTo(page, (el) => el.classList.contains('cm-node'));
  expect(await focusVisible(page)).toBe(true);
  const first = await activeName(page);
  expect(first).toMatch(/, \d+ connections?$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const moved = await activeName(page);
  expect(moved).not.toBe(first);
  await page.keyboard.press('Enter');
  await expect.poll(() => map.profileTitle.textContent()).toBe(moved.split(',')[0]);
  await page.keyboard.press('Escape');
  await expect.poll(() => map.profile.isVisible()).toBe(false);

  // Zoom from the keyboard.
  const before = await map.view();
  await page.keyboard.press('+');
  await expect.poll(() => map.view()).not.toBe(before);

  // Filters: Enter opens a group, Space ticks a box, and the map follows.
  await tabTo(page, (el) => el.localName === 'summary' && el.textContent?.trim() === 'Element types');
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el instanceof HTMLInputElement && el.type === 'checkbox' && el.value === 'business');
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => map.shownIds()).toEqual(['elm-row-cafe']);
  await tabTo(page, (el) => el.textContent === 'Reset all', { back: true });
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await map.shownIds()).length).toBe(WHOLE_MAP.elements);

  // The list view: open it, choose an element, read its profile, and come back.
  await tabTo(page, (el) => el.getAttribute('data-part') === 'list-button');
  await page.keyboard.press('Enter');
  await map.list.waitFor();
  await tabTo(page, (el) => el.textContent === 'Riverside Surgery' && el.tagName === 'BUTTON');
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => map.profileTitle.textContent()).toBe('Riverside Surgery');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Riverside Surgery');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  await page.keyboard.press('Escape');
  await expect.poll(() => map.profile.isVisible()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Riverside Surgery');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');

  await closeClean(page);
});
