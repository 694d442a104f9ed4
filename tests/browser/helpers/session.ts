import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, mapReady, openPage, scriptErrors, type PageOptions } from './browser.ts';
import { mapPage, type MapPage } from './map-page.ts';
import { serve, type StaticServer } from './server.ts';
import { buildSite, type BuiltSite } from './site.ts';

export interface BrowserSession {
  browser: Browser;
  server: StaticServer;
}

/**
 * One built site, served, and one Chromium for a test file: set up before its
 * tests, closed after them. The fields are filled in by the time a test runs.
 */
export function useBrowserSession(site: () => Promise<BuiltSite> = () => buildSite()): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await serve(await site());
    session.browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** Opens a path of the session's site (a query alone for the home page) in a fresh page, once its map has drawn. */
export async function openMap(session: BrowserSession, sitePath = '', options: PageOptions = {}): Promise<MapPage> {
  const page = await openPage(session.browser, session.server.at(sitePath), options);
  await mapReady(page);
  return mapPage(page);
}

/** Fails the test if a page opened with openPage saw a script error, then closes it. */
export async function closeClean(page: Page): Promise<void> {
  expect(scriptErrors(page)).toEqual([]);
  await page.context().close();
}
