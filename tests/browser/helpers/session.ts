import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
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
