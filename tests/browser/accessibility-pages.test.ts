import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { axeViolations, openPage } from './helpers/browser.ts';
import { useBrowserSession } from './helpers/session.ts';
import { buildSite } from './helpers/site.ts';

/* Element pages (with their neighbourhood picture, wide or narrow), the directory and a free page, at desktop and phone sizes. */
const QUARRY_HILL = fileURLToPath(new URL('./fixtures/quarry-hill/', import.meta.url));
const session = useBrowserSession(() => buildSite(QUARRY_HILL, { base: '/care-map' }));

test.each([
  ['a laptop', { width: 1280, height: 800 }],
  ['a phone', { width: 375, height: 740, touch: true }],
])('on %s, element pages, the directory and a free page have no axe violations', async (_on, size) => {
  for (const sitePath of ['elements/quarry-hill-and-tanners-row-care-co-operative/', 'elements/st-barnabas-community-hall/', 'elements/', 'contribute/']) {
    const page = await openPage(session.browser, session.server.at(sitePath), { ...size, bypassCSP: true });
    await page.locator('h1').first().waitFor();
    expect(await axeViolations(page), sitePath).toEqual([]);
    await page.context().close();
  }
}, 120_000);
