import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { axeViolations, openPage } from './helpers/browser.ts';
import { pressTab } from './helpers/focus.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import { BROOKSIDE, buildSite } from './helpers/site.ts';

/*
 * On a phone the header keeps the site's name whole and puts its links behind
 * a Menu button, which opens by touch and by keyboard; the map toggle shows
 * each map's whole name, however long, as the example's "Care Commons Service
 * Larkfield" is.
 */

const LONG_TITLE = 'Care Commons Service Brookside';

const session = useBrowserSession(async () => {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), 'care-map-long-title-')), 'content');
  await cp(BROOKSIDE, content, { recursive: true });
  const service = path.join(content, 'maps/service.md');
  await writeFile(service, (await readFile(service, 'utf8')).replace('title: Service Map', `title: ${LONG_TITLE}`));
  return buildSite(content);
});

const PHONE = { width: 375, height: 740, touch: true };

/** Elements whose text is cut (ellipsis or overflow) or that stick out of the window. */
const cutOff = (els: Element[]) =>
  els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth || el.getBoundingClientRect().left < 0).map((el) => el.textContent?.trim());

test('at 375 px the site name, the map toggle and the search fit, nothing cut', async () => {
  const map = await openMap(session, '', PHONE);
  const { page } = map;
  expect(await page.locator('.site-title').evaluateAll(cutOff)).toEqual([]);
  expect(await page.locator('.cm-maps a').evaluateAll(cutOff)).toEqual([]);
  expect(await page.locator('.cm-maps a').allInnerTexts()).toEqual([expect.stringMatching(/^Care Commons\s+Service Brookside$/), 'Prototype Map']);
  await closeClean(page);
});

test('a tap on Menu shows every link of the header, and a tap takes you there', async () => {
  const map = await openMap(session, '', PHONE);
  const { page } = map;
  const menu = page.getByRole('button', { name: 'Menu' });
  const about = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About' });
  expect(await about.isVisible()).toBe(false);
  await menu.tap();
  for (const name of ['Map', 'Directory', 'Insights', 'About']) {
    const link = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name, exact: true });
    expect(await link.isVisible(), name).toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(375);
    expect(box.height, `${name} is big enough to tap`).toBeGreaterThanOrEqual(40);
  }
  await about.tap();
  await page.waitForURL(/\/about\/$/);
  await closeClean(page);
});

test('by keyboard: Tab to Menu, Enter opens it, Tab walks its links, Escape closes it', async () => {
  const map = await openMap(session, '', PHONE);
  const { page } = map;
  let stop = await pressTab(page);
  for (let i = 0; i < 5 && !stop.name.includes('Menu'); i++) stop = await pressTab(page);
  expect(stop.name).toContain('Menu');
  await page.keyboard.press('Enter');
  const names: string[] = [];
  for (let i = 0; i < 5; i++) names.push((await pressTab(page)).name);
  expect(names).toEqual([expect.stringContaining('"Map"'), expect.stringContaining('"Directory"'), expect.stringContaining('"Add to the map"'), expect.stringContaining('"Insights"'), expect.stringContaining('"About"')]);
  await page.keyboard.press('Escape');
  expect(await page.getByRole('link', { name: 'Directory' }).isVisible()).toBe(false);
  await closeClean(page);
});

test('on a wide screen the links sit in the header and there is no Menu button', async () => {
  const map = await openMap(session, '', { width: 1280, height: 800 });
  const { page } = map;
  expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
  for (const name of ['Map', 'Directory', 'About']) expect(await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
  await closeClean(page);
});

test('with the menu open, the map, an element page and the directory have no axe violations on a phone', async () => {
  for (const sitePath of ['', 'elements/brookside-care-co-op/', 'elements/']) {
    const page = await openPage(session.browser, session.server.at(sitePath), { ...PHONE, bypassCSP: true });
    await page.locator('h1').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Menu' }).tap();
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Directory' }).waitFor();
    expect(await axeViolations(page), sitePath || 'map').toEqual([]);
    await closeClean(page);
  }
}, 90_000);
