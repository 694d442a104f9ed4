import type { Locator, Page } from 'playwright-core';

/** What a reader of the map page can see and use, in their words. */
export function mapPage(page: Page) {
  const map = page.locator('care-map');
  const api = {
    page,
    map,
    status: map.locator('[data-part="status"]'),
    profile: map.locator('[data-part="profile"]'),
    profileTitle: map.locator('[data-part="profile"] h2'),
    search: page.getByRole('combobox', { name: 'Search the map' }),
    results: page.getByRole('listbox', { name: 'Search results' }),
    filtersButton: map.locator('[data-part="filters-button"]'),
    filters: page.locator('#cm-filters'),
    listButton: map.locator('[data-part="list-button"]'),
    list: map.locator('[data-part="list"]'),

    /** An element's symbol on the map, by its public id. */
    node(id: string): Locator {
      return map.locator(`.cm-node[data-id="${id}"]`);
    },

    /** Ids of the elements drawn (not hidden by filters or focus). */
    async shownIds(): Promise<string[]> {
      return (await map.locator('.cm-node:not(.is-hidden)').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''))).sort();
    },

    /** Connections drawn: a line each, or a segment (`M…L…`) of a path that draws several of one type. */
    async shownConnectionCount(): Promise<number> {
      const drawn = await map.locator('.cm-link:not(.is-hidden)').evaluateAll((els) => els.map((el) => (el.localName === 'line' ? 1 : (el.getAttribute('d')?.match(/M/g)?.length ?? 0))));
      return drawn.reduce((sum, n) => sum + n, 0);
    },

    /** A filter checkbox, by its group's title and the option's label (its name also carries the count). */
    option(group: string, label: string): Locator {
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return api.filters.getByRole('group', { name: group, exact: true }).getByRole('checkbox', { name: new RegExp(`^${escaped} \\d+ `) });
    },

    /** Ticks or unticks a filter option, opening its group first if it is folded. */
    async setOption(group: string, label: string, on = true): Promise<void> {
      const box = api.option(group, label);
      if (!(await box.isVisible())) await api.filters.locator('details', { has: page.locator('summary', { hasText: group }) }).locator('summary').click();
      await box.setChecked(on);
    },

    /** Names in the list view's element table. */
    async listedElements(): Promise<string[]> {
      return api.list.locator('section').first().locator('tbody th').allInnerTexts();
    },

    async listedConnections(): Promise<string[]> {
      return api.list.locator('section').nth(1).locator('tbody tr').allInnerTexts();
    },

    async openList(): Promise<void> {
      if ((await api.listButton.getAttribute('aria-pressed')) !== 'true') await api.listButton.click();
      await api.list.waitFor();
    },

    async searchFor(text: string): Promise<void> {
      await api.search.click();
      await api.search.fill(text);
      await api.results.waitFor();
    },

    /** The screen centre of an element's symbol. */
    async centreOf(id: string): Promise<{ x: number; y: number }> {
      const box = (await api.node(id).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },

    /** Every element's drawn position: equal pictures have equal positions. */
    async positions(): Promise<Record<string, string>> {
      return Object.fromEntries(await map.locator('.cm-node').evaluateAll((els) => els.map((el) => [el.getAttribute('data-id') ?? '', el.getAttribute('transform') ?? ''])));
    },

    /** The view's pan and zoom. */
    async view(): Promise<string> {
      return (await map.locator('.cm-viewport').getAttribute('transform')) ?? '';
    },
  };
  return api;
}

export type MapPage = ReturnType<typeof mapPage>;
