import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { axeViolations, mapReady, openPage } from './helpers/browser.ts';
import { mapPage } from './helpers/map-page.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';

/* The map page's Share menu: a link to this view, the embed code for it, the view as a picture. */
const session = useBrowserSession();

async function share(page: Page, item: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Share' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByRole('button', { name: item }).click();
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

async function allowClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.server.url).origin });
}

test('"Copy link to this view" copies an address that reopens the same view, and says so', async () => {
  const map = await openMap(session, '', { width: 1280, height: 800 });
  const { page } = map;
  await allowClipboard(page);
  // A view made by hand: a filter, then an element chosen from the search, focused one step out.
  await map.setOption('Connection types', 'Commons Membership');
  await map.searchFor('Elm Row');
  await map.search.press('Enter');
  await map.profile.getByRole('button', { name: '1 step' }).click();
  await expect.poll(() => map.shownIds()).toHaveLength(2);
  const shown = await map.shownIds();
  await share(page, 'Copy link to this view');
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).textContent()).toBe('Link to this view copied.');
  const link = await clipboard(page);
  expect(new URL(link).searchParams.get('select')).toBe('elm-row-cafe');

  const again = mapPage(await openPage(session.browser, link, { width: 1366, height: 768 }));
  await mapReady(again.page);
  expect(await again.shownIds()).toEqual(shown);
  expect(await again.profileTitle.textContent()).toBe('Elm Row Café');
  expect(await again.option('Connection types', 'Commons Membership').isChecked()).toBe(true);
  await closeClean(again.page);
  await closeClean(page);
}, 120_000);

test('"Copy embed code" copies an <iframe> with a title, whose embed shows the same view', async () => {
  const map = await openMap(session, '?select=elm-row-cafe&focus=1', { width: 1280, height: 800 });
  await allowClipboard(map.page);
  await share(map.page, 'Copy embed code');
  await expect.poll(() => map.page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
  const code = await clipboard(map.page);
  expect(code).toMatch(/^<iframe src="[^"]+" title="Service Map" [^>]*><\/iframe>$/);
  const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
  expect(src).toBe(session.server.at('embed/service/?select=elm-row-cafe&focus=1'));
  const embed = mapPage(await openPage(session.browser, src, { width: 640, height: 480 }));
  await mapReady(embed.page);
  expect(await embed.shownIds()).toEqual(await map.shownIds());
  await closeClean(embed.page);
  await closeClean(map.page);
}, 120_000);

test('the menu opens and closes by keyboard, and has no axe violations', async () => {
  const map = await openMap(session, '', { width: 1280, height: 800, bypassCSP: true });
  const { page } = map;
  const button = page.getByRole('button', { name: 'Share' });
  await button.focus();
  await page.keyboard.press('Enter');
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this view');
  await page.keyboard.press('Escape');
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Share');
  await page.context().close();
}, 120_000);

async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), share(page, item)]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('the SVG picture: the view as drawn, names as text, a title and the legend of what is shown, nothing private', async () => {
  const map = await openMap(session, '?select=elm-row-cafe&focus=1', { width: 1280, height: 800 });
  const { name, bytes } = await download(map.page, 'Download picture (SVG)');
  expect(name).toMatch(/^service-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = bytes.toString('utf8');
  const picture = await map.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      title: doc.querySelector('svg > title')?.textContent,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      symbols: doc.querySelectorAll('svg svg path[transform*="scale"]').length,
      width: Number(doc.documentElement.getAttribute('width')),
    };
  }, svg);
  expect(picture.error).toBeNull();
  expect(picture.title).toBe('Service Map');
  // The labels drawn, as text: the café, the co-op and the anonymised person it supports, by alias.
  expect(picture.texts).toEqual(expect.arrayContaining(['Service Map', 'Elm Row Café', 'Brookside Care Co-op', 'Neighbour on Elm Row']));
  // The legend: the types shown, and only those.
  expect(picture.texts).toEqual(expect.arrayContaining(['Business', 'Convening Partner', 'Supported Person', 'Commons Membership', 'Not participating in a Support Plan']));
  expect(picture.texts).not.toContain('Health Care Provider');
  expect(picture.texts).not.toContain('Town Library');
  expect(picture.symbols).toBe(3);
  expect(picture.width).toBe(await map.page.locator('[data-part="canvas"]').evaluate((el) => Math.round(el.getBoundingClientRect().width)));
  // The public projection only: no anonymised element's name or file name, no hidden element.
  for (const secret of ['Alma Jones', 'alma-jones', 'Zed Quiet', 'zed-quiet']) expect(svg).not.toContain(secret);
  await closeClean(map.page);
}, 120_000);

test('the PNG picture is the SVG at twice its size', async () => {
  const map = await openMap(session, '?type=business&type=convening-partner', { width: 1366, height: 768 });
  const svg = (await download(map.page, 'Download picture (SVG)')).bytes.toString('utf8');
  const png = await download(map.page, 'Download picture (PNG)');
  expect(png.name).toMatch(/^service-\d{4}-\d{2}-\d{2}\.png$/);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  const size = /<svg[^>]*\bwidth="(\d+)" height="(\d+)"/.exec(svg)!;
  expect(width).toBe(2 * Number(size[1]));
  expect(height).toBe(2 * Number(size[2]));
  expect(await map.page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent()).toBe(`Downloaded ${png.name}.`);
  await closeClean(map.page);
}, 120_000);

test('a map drawn on a canvas gives the same SVG picture, from the same SVG drawing', async () => {
  const pictureOf = async (query: string) => {
    const map = await openMap(session, query, { width: 1280, height: 800 });
    const svg = (await download(map.page, 'Download picture (SVG)')).bytes.toString('utf8');
    await closeClean(map.page);
    // The drawing of the map, without its title and its date.
    return svg.slice(svg.indexOf('<svg', 1));
  };
  const [fromSvg, fromCanvas] = [await pictureOf('?select=cara-lee&focus=1'), await pictureOf('?select=cara-lee&focus=1&renderer=canvas')];
  expect(fromCanvas).toContain('Cara Lee');
  expect(fromCanvas).toBe(fromSvg);
}, 120_000);
