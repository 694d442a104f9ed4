import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIELDS, marker, writeHostileContent, type HostileContent } from './fixtures/hostile-content.ts';
import { mapReady, openPage, scriptErrors } from './helpers/browser.ts';
import { mapPage } from './helpers/map-page.ts';
import { openMap, useBrowserSession } from './helpers/session.ts';
import { buildSite, type BuiltSite } from './helpers/site.ts';

/*
 * Every text field of the hostile fixture holds markup that calls alert(<n>)
 * if it ever reaches a page as code. Pages are opened with the site's
 * Content-Security-Policy switched off, so what is tested is the escaping and
 * the sanitising themselves, not the policy that backs them up.
 */

let hostile: HostileContent;
let site: BuiltSite;
const session = useBrowserSession(async () => {
  hostile = await writeHostileContent();
  site = await buildSite(hostile.content);
  return site;
});

let pages: string[] = [];
beforeAll(async () => {
  const files = await readdir(site.dist, { recursive: true });
  pages = files.filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/')).sort();
});

/** Opens a page with the policy off, and records every dialog that injected code would open. */
async function openUnprotected(sitePath: string): Promise<{ page: Page; ran: string[] }> {
  const ran: string[] = [];
  const page = await openPage(session.browser, 'about:blank', { bypassCSP: true });
  page.on('dialog', (dialog) => {
    ran.push(`alert(${dialog.message()}) from the ${FIELDS[Number(dialog.message())] ?? 'unknown field'}`);
    void dialog.dismiss();
  });
  await page.goto(session.server.at(sitePath));
  return { page, ran };
}

/** Markup in the page that content could only have put there by escaping the escaping. */
async function injected(page: Page): Promise<string[]> {
  // Let any injected handler (onerror of an image that fails, onload) fire first.
  await page.waitForTimeout(150);
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(el.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`<${el.localName} ${attribute.name}>`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && ['href', 'src', 'action', 'data', 'formaction', 'xlink:href'].includes(attribute.name)) {
          found.push(`<${el.localName} ${attribute.name}="${attribute.value.slice(0, 30)}">`);
        }
      }
      if (el.localName === 'script' && !el.hasAttribute('src')) found.push('<script> inline');
      if (['iframe', 'object', 'embed', 'base', 'style'].includes(el.localName) && el.closest('body')) found.push(`<${el.localName}>`);
      // The site has forms of its own (the directory's type filter); contributed text may not.
      if (['form', 'input', 'button', 'textarea'].includes(el.localName) && el.closest('.prose, .cm-about-body')) found.push(`<${el.localName}> in contributed text`);
      if (el.localName === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta refresh>');
    }
    return found;
  });
}

/** Script errors, less the 404s of the payloads' own `<img src=x>` (kept: a relative picture is allowed). */
function errors(page: Page): string[] {
  return scriptErrors(page).filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404'));
}

async function done(page: Page, ran: string[]): Promise<void> {
  expect(ran).toEqual([]);
  expect(await injected(page)).toEqual([]);
  expect(errors(page)).toEqual([]);
  await page.context().close();
}

describe('contributed content never runs as code', () => {
  test('the fixture holds payloads in every field, and the build kept them as text', async () => {
    expect(Object.keys(FIELDS).length).toBeGreaterThan(25);
    expect(pages).toContain('index.html');
    expect(pages).toContain('elements/x-convener/index.html');
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  test('no page runs injected code, even with the Content-Security-Policy off', async () => {
    for (const file of pages) {
      const { page, ran } = await openUnprotected(file.replace(/index\.html$/, ''));
      expect(ran, file).toEqual([]);
      expect(await injected(page), file).toEqual([]);
      expect(errors(page), file).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  test('an element page shows every field as the text that was written', async () => {
    const { page, ran } = await openUnprotected('elements/x-convener/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(hostile.names['x-convener']);
    const text = (await page.locator('main').textContent()) ?? '';
    // Fields written as text come back verbatim; the description keeps its words but loses its markup.
    expect(text).toContain(hostile.careLabel);
    expect(text).toContain(hostile.tag);
    expect(text).toContain(hostile.names['x-public-person']);
    expect(text).toContain(hostile.alias);
    expect(text).toMatch(/Description X\d+:/);
    await done(page, ran);
  });

  test('search, the profile panel, the filters, the legend and the list view show names as text', async () => {
    const { page, ran } = await openUnprotected('');
    await mapReady(page);
    const map = mapPage(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(hostile.mapTitle);

    for (const [slug, name] of Object.entries(hostile.names)) {
      await map.searchFor(marker(name));
      expect(await map.results.getByRole('option').first().textContent()).toContain(name);
      await map.search.press('Enter');
      await expect.poll(() => map.profileTitle.textContent(), { message: slug }).toBe(name);
    }
    await map.searchFor(marker(hostile.alias));
    await map.search.press('Enter');
    await expect.poll(() => map.profileTitle.textContent()).toBe(hostile.alias);

    const filters = (await map.filters.textContent()) ?? '';
    expect(filters).toContain(hostile.careLabel);
    expect(filters).toContain(hostile.tag);
    const legend = map.map.locator('[data-part="legend"]');
    await legend.locator('summary').click();
    await map.openList();
    expect(await map.listedElements()).toContain(hostile.names['x-group']);
    await done(page, ran);
  });

  test('with the policy on, as published, the map opens with no blocked script either', async () => {
    const map = await openMap(session);
    const { page } = map;
    await map.searchFor(marker(hostile.names['x-group']));
    await map.search.press('Enter');
    await expect.poll(() => map.profileTitle.textContent()).toBe(hostile.names['x-group']);
    // A blocked inline script or handler would be reported on the console as a policy violation.
    expect(errors(page)).toEqual([]);
    await page.context().close();
  });
});
