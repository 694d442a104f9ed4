import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage } from './helpers/browser.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';

/* Printing: the map page on one A4 landscape page with its legend; other pages without the site's chrome. */
const session = useBrowserSession();

/** The pages of a PDF Chromium printed, each as [width, height] in points. */
async function printedPages(page: Page): Promise<number[][]> {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  return [...pdf.matchAll(/\/Type\s*\/Page\b[^]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
}

const A4_LANDSCAPE = [842, 595];

test.each([
  { query: '', width: 1280, height: 800, touch: false },
  { query: '?select=elm-row-cafe&focus=1', width: 1366, height: 768, touch: false },
  { query: '?select=cara-lee', width: 375, height: 740, touch: true },
])('the map page $query at $width×$height prints on one A4 landscape page', async ({ query, ...size }) => {
  const map = await openMap(session, query, size);
  expect(await printedPages(map.page)).toEqual([A4_LANDSCAPE]);
  await closeClean(map.page);
}, 120_000);

test('printed, the map page is the map and its open legend: no header, filters, profile or buttons', async () => {
  const map = await openMap(session, '?select=elm-row-cafe&focus=1', { width: 1280, height: 800 });
  const { page } = map;
  await page.emulateMedia({ media: 'print' });
  const shown = (selector: string) => page.locator(selector).evaluateAll((els) => els.some((el) => el.checkVisibility()));
  for (const hidden of ['.site-header', '.cm-filters', '.cm-profile', '.cm-zoom', '.cm-search', '[data-part="share-button"]']) expect(await shown(hidden), hidden).toBe(false);
  for (const kept of ['.cm-title', '.cm-svg', '.cm-legend-body', '.cm-status']) expect(await shown(kept), kept).toBe(true);
  // The legend lies under the map, not over it, and both fit the page (A4 landscape less its margins, at 96 px to the inch).
  const [svg, legend] = await Promise.all([page.locator('.cm-svg').boundingBox(), page.locator('.cm-legend').boundingBox()]);
  expect(legend!.y).toBeGreaterThanOrEqual(svg!.y + svg!.height - 1);
  await closeClean(page);
}, 120_000);

test('an element page prints its content alone: no header, footer or buttons', async () => {
  const page = await openPage(session.browser, session.server.at('elements/elm-row-cafe/'), { width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.actions']) expect(await page.locator(hidden).evaluate((el) => el.checkVisibility()), hidden).toBe(false);
  expect(await page.locator('h1').isVisible()).toBe(true);
  expect(await page.locator('.neighbourhood').isVisible()).toBe(true);
  // The website is shown by its address already: not written twice.
  expect(await page.locator('.facts a').evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  await closeClean(page);
}, 120_000);

test('a free page prints the address of each outside link after it', async () => {
  const page = await openPage(session.browser, session.server.at('neighbourhoods/'), { width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  const link = page.getByRole('link', { name: 'care commons' });
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (https://example.org/care-commons/)"');
  expect(await page.locator('.site-header').evaluate((el) => el.checkVisibility())).toBe(false);
  // Each map in the page prints as the map with its legend under it, inside its box.
  await page.locator('care-map.cm--ready').nth(1).waitFor();
  for (const inset of await page.locator('.cm-inset').all()) {
    const [box, legend] = await Promise.all([inset.boundingBox(), inset.locator('.cm-legend-body').boundingBox()]);
    expect(legend!.height).toBeGreaterThan(20);
    expect(legend!.y + legend!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);
  }
  await closeClean(page);
}, 120_000);
