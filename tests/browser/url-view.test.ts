import { describe, expect, test } from 'vitest';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';

/* The list view and the search text are kept in the address: a shared link reopens them, and Back and Forward work. */
const session = useBrowserSession();

describe('the address keeps the list view and the search', () => {
  test('a link with ?view=list&q= opens the list view, narrowed by the search', async () => {
    const map = await openMap(session, '?view=list&q=cafe', { width: 1280, height: 800 });
    await map.list.waitFor();
    expect(await map.listButton.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => map.search.inputValue()).toBe('cafe');
    await expect.poll(() => map.listedElements()).toEqual(['Elm Row Café']);
    await closeClean(map.page);
  }, 120_000);

  test('opening the list and typing a search change the address; Back and Forward restore them', async () => {
    const map = await openMap(session, '', { width: 1280, height: 800 });
    const search = () => new URL(map.page.url()).search;
    await map.openList();
    await expect.poll(search).toBe('?view=list');
    await map.search.fill('cafe');
    await expect.poll(search).toBe('?view=list&q=cafe');
    await map.page.goBack();
    await expect.poll(() => map.list.isVisible()).toBe(false);
    expect(await map.search.inputValue()).toBe('');
    expect(search()).toBe('');
    await map.page.goForward();
    await expect.poll(() => map.list.isVisible()).toBe(true);
    await expect.poll(() => map.search.inputValue()).toBe('cafe');
    await closeClean(map.page);
  }, 120_000);
});
