import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage } from './helpers/browser.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import { buildSite } from './helpers/site.ts';

/** A commons whose description, map intro and free page link and show pictures from the site's root ("/contribute/", "/favicon.svg"). */
const QUARRY_HILL = fileURLToPath(new URL('./fixtures/quarry-hill/', import.meta.url));

/* What contributors write from the site's root works on a GitHub Pages project site, under BASE_PATH. */
const session = useBrowserSession(() => buildSite(QUARRY_HILL, { base: '/care-map' }));

/** Whether a picture was found and drawn. */
async function shown(picture: Locator): Promise<boolean> {
  await picture.scrollIntoViewIfNeeded();
  return picture.evaluate(async (img: HTMLImageElement) => {
    await img.decode().catch(() => undefined);
    return img.complete && img.naturalWidth > 0;
  });
}

async function follow(page: Page, link: Locator, url: RegExp): Promise<void> {
  await link.click();
  await page.waitForURL(url);
}

test('a description: its picture shows and its links lead to the pages they name', async () => {
  const page = await openPage(session.browser, session.server.at('elements/st-barnabas-community-hall/'));
  const body = page.locator('main');
  expect(await shown(body.getByRole('img', { name: 'Our hall' }))).toBe(true);
  await follow(page, body.getByRole('link', { name: /^the co-op.s page$/ }), /\/care-map\/elements\/quarry-hill-and-tanners-row-care-co-operative\/$/);
  await expect.poll(() => page.locator('h1').textContent()).toBe('Quarry Hill and Tanners Row Care Co-operative');
  await page.goBack();
  await follow(page, body.getByRole('link', { name: 'how to take part' }), /\/care-map\/contribute\/$/);

  // The free page (MDX): a Markdown picture and link, and a link written as HTML.
  const article = page.locator('article');
  expect(await shown(article.getByRole('img', { name: 'The hall' }))).toBe(true);
  await follow(page, article.getByRole('link', { name: 'St Barnabas Community Hall' }), /\/care-map\/elements\/st-barnabas-community-hall\/$/);
  await page.goBack();
  await follow(page, article.getByRole('link', { name: 'the directory' }), /\/care-map\/elements\/$/);
  expect(session.server.misses).toEqual([]);
  await closeClean(page);
});

test("the map's intro: its picture shows and its link leads to the page", async () => {
  const { page } = await openMap(session);
  await page.locator('.cm-about summary').click();
  const about = page.locator('.cm-about-body');
  expect(await shown(about.getByRole('img', { name: 'The hall on Quarry Hill' }))).toBe(true);
  await follow(page, about.getByRole('link', { name: 'how to take part' }), /\/care-map\/contribute\/$/);
  expect(session.server.misses).toEqual([]);
  await closeClean(page);
});
