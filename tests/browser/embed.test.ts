import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, openPage } from './helpers/browser.ts';
import { closeClean, useBrowserSession } from './helpers/session.ts';

/* embed/<map-id>/ (SPEC §4): the map alone in someone else's page, filling whatever frame it is given. */
const session = useBrowserSession();

/** The other site's page: a server of its own (another origin), so that the frame is cross-origin as on a real site. */
let host: Server;
let hostUrl = '';
let hostPage = '';
beforeAll(async () => {
  host = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/report/`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** A page of another site with the embed in an `<iframe>` of that size; resolves once the map has drawn. */
async function framed(sitePath: string, width: number, height: number): Promise<{ page: Page; frame: ReturnType<Page['frameLocator']> }> {
  hostPage = `<!doctype html><title>Report</title><h1>A funder's report</h1><iframe src="${session.server.at(sitePath)}" width="${width}" height="${height}" title="Our care map" style="border:1px solid #999"></iframe>`;
  const page = await openPage(session.browser, hostUrl, { width: 1280, height: 900 });
  const frame = page.frameLocator('iframe');
  await frame.locator('care-map.cm--ready').waitFor();
  return { page, frame };
}

describe.each([
  [640, 420],
  [320, 480],
  [1000, 700],
])('in a %i×%i iframe', (width, height) => {
  test('the map fills the frame with no scroll bars, without the site header, and honours ?select and ?focus', async () => {
    const { page, frame } = await framed('embed/service/?select=elm-row-cafe&focus=1', width, height);
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    const box = await inner.evaluate(() => {
      const root = document.documentElement;
      const map = document.querySelector('care-map')!.getBoundingClientRect();
      return { scrollW: root.scrollWidth, scrollH: root.scrollHeight, w: root.clientWidth, h: root.clientHeight, mapW: map.width, mapH: map.height, bodyScrollH: document.body.scrollHeight };
    });
    expect(box.scrollW).toBeLessThanOrEqual(box.w);
    expect(box.scrollH).toBeLessThanOrEqual(box.h);
    expect(box.bodyScrollH).toBeLessThanOrEqual(box.h);
    expect(box.w).toBe(width);
    expect(box.h).toBe(height);
    expect(box.mapW).toBe(width);
    expect(box.mapH).toBe(height);
    expect(await frame.locator('.site-header, .site-nav, .site-footer').count()).toBe(0);
    // Elm Row Café, the co-op it belongs to and the anonymised person it supports: its neighbourhood, one step out.
    await expect.poll(() => frame.locator('.cm-node:not(.is-hidden)').count()).toBe(3);
    expect(await frame.locator('[data-part="profile"] h2').textContent()).toBe('Elm Row Café');
    const full = frame.getByRole('link', { name: /Open the full map/ });
    expect(await full.getAttribute('target')).toBe('_blank');
    expect(await full.getAttribute('rel')).toBe('noopener');
    expect(new URL((await full.getAttribute('href'))!, session.server.url).href).toBe(session.server.at('?select=elm-row-cafe&focus=1'));
    await closeClean(page);
  }, 120_000);
});

test('"Open the full map" follows the view as it changes, and opens the map page in a new tab', async () => {
  const { page, frame } = await framed('embed/service/?select=elm-row-cafe&focus=1', 640, 420);
  await frame.getByRole('button', { name: 'Show whole map' }).click();
  const full = frame.getByRole('link', { name: /Open the full map/ });
  await expect.poll(() => full.getAttribute('href')).toMatch(/\/\?select=elm-row-cafe$/);
  const [tab] = await Promise.all([page.context().waitForEvent('page'), full.click()]);
  await tab!.locator('care-map.cm--ready').waitFor();
  expect(new URL(tab!.url()).search).toBe('?select=elm-row-cafe');
  expect(await tab!.locator('.site-header').count()).toBe(1);
  await closeClean(page);
}, 120_000);

test('the embed keeps the list view and keyboard access, and has no axe violations', async () => {
  const page = await openPage(session.browser, session.server.at('embed/prototype/'), { width: 640, height: 420, bypassCSP: true });
  await page.locator('care-map.cm--ready').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  // The map toggle is the map page's: an embed shows the map it was given, by name.
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Prototype Map');
  await page.getByRole('button', { name: /^List/ }).click();
  await page.locator('.cm-list section').first().waitFor();
  expect(await page.locator('.cm-list section').first().locator('tbody th').allInnerTexts()).toContain('Knit Club');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /^List/ }).click();
  // Tab reaches an element of the map, and Enter opens its profile.
  for (let i = 0; i < 20 && !(await page.evaluate(() => !!document.activeElement?.closest('.cm-nodes'))); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('[data-part="profile"] h2').waitFor();
  await closeClean(page);
}, 120_000);
