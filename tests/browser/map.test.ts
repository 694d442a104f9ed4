import { beforeAll, describe, expect, test } from 'vitest';
import { readMapDataScript } from '../helpers/map-data.ts';
import { mapReady, openPage } from './helpers/browser.ts';
import { mapPage } from './helpers/map-page.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import { defaultMapCounts } from './helpers/fixture-counts.ts';

/** The default map of the fixture, counted from its files. */
const WHOLE_MAP = defaultMapCounts();

/*
 * The interactive map of the Brookside fixture (tests/browser/fixtures):
 * nine elements on the Service Map (Knit Club is only on the Prototype Map,
 * Town Library only on the Service Map, Zed Quiet is hidden, Alma Jones is
 * anonymised as "Neighbour on Elm Row").
 */
const SERVICE = ['bert-khan', 'brookside-care-co-op', 'cara-lee', 'dev-patel', 'elm-row-cafe', 'homecare-plus', 'riverside-surgery', 'town-library'];

const session = useBrowserSession();
let alma: string;

beforeAll(async () => {
  const graph = (await (await fetch(session.server.at('data/graph.json'))).json()) as { nodes: { id: string; name: string }[] };
  alma = graph.nodes.find((n) => n.name === 'Neighbour on Elm Row')!.id;
});

describe('opening the map', () => {
  test('draws every element of the default map, settled, with a legend', async () => {
    const map = await openMap(session);
    expect(await map.shownIds()).toEqual([...SERVICE, alma].sort());
    await expect.poll(() => map.status.textContent()).toBe(WHOLE_MAP.status);
    expect(await map.page.getByRole('heading', { level: 1 }).textContent()).toBe('Service Map');

    // Settled on first paint: nothing moves or is redrawn while nobody touches it.
    const before = await map.positions();
    const mutations = await map.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          const observer = new MutationObserver((records) => (count += records.length));
          observer.observe(document.querySelector('.cm-svg')!, { subtree: true, attributes: true, childList: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(count);
          }, 700);
        }),
    );
    expect(mutations).toBe(0);
    expect(await map.positions()).toEqual(before);

    const legend = map.map.locator('[data-part="legend"]');
    await legend.locator('summary').click();
    const entries = legend.getByRole('listitem');
    await entries.first().waitFor();
    const shown = (await entries.allInnerTexts()).map((t) => t.replace(/\s*\(.*\)$/, '').trim());
    expect(shown).toEqual([
      'Supported Person', 'Convening Partner', 'Organisation', 'Business', 'Group', 'Person', 'Regulated Social Care Provider', 'Health Care Provider', 'Size: number of connections',
      'Commons Membership', 'Inactive Commons Membership', 'Not participating in a Support Plan', 'Participating in a shared support plan',
    ]);
    await closeClean(map.page);
  });

  test('publishes nothing of hidden elements or anonymised slugs', async () => {
    const map = await openMap(session);
    const html = await map.page.content();
    const files = await Promise.all(['data/graph.json', 'data/map.js', 'data/details.json'].map(async (file) => (await fetch(session.server.at(file))).text()));
    for (const text of [html, ...files]) {
      expect(text).not.toContain('Zed Quiet');
      expect(text).not.toContain('zed-quiet');
      expect(text).not.toContain('alma-jones');
      expect(text).not.toContain('Alma Jones');
    }
    await closeClean(map.page);
  });
});

describe('what the map loads', () => {
  test('the map data on open; the details only once a search, a selection or the list needs them', async () => {
    const map = await openMap(session);
    const fetched = () => map.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/data/')));
    expect(await fetched()).toEqual(['/data/map.js']);
    await map.search.focus();
    await expect.poll(fetched).toEqual(['/data/map.js', '/data/details.json']);
    await closeClean(map.page);

    // Opening on a selection fetches its details alongside the map.
    const selected = await openMap(session, '?select=cara-lee');
    await selected.profile.getByText('Neighbour and worker member who shops and visits.').waitFor();
    await closeClean(selected.page);
  });

  test('without its data, the map says so and points to the directory', async () => {
    const context = await session.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.route('**/data/map.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(session.server.at(''));
    await page.locator('care-map.cm--failed').waitFor();
    await expect(page.getByText('The map could not be loaded.').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('link', { name: 'Browse the directory instead.' }).getAttribute('href')).toBe('/elements/');
    // The rest of the page still works: the filters and the map views are there to read.
    expect(await page.getByRole('navigation', { name: 'Map views' }).isVisible()).toBe(true);
    await context.close();
  });

  test('the map data carries what drawing and filtering need; summaries, areas, contacts and notes are in the details', async () => {
    const map = readMapDataScript(await (await fetch(session.server.at('data/map.js'))).text());
    const details = (await (await fetch(session.server.at('data/details.json'))).json()) as { elements: Record<string, Record<string, unknown>>; connections: Record<string, unknown>[] };
    // Degree and betweenness size the symbols ("Size by" in the legend).
    const drawn = ['id', 'name', 'type', 'x', 'y', 'degree', 'betweenness', 'anonymised', 'care', 'tags', 'maps'];
    for (const node of map.nodes) expect(Object.keys(node).filter((key) => !drawn.includes(key))).toEqual([]);
    // Connections name their ends by position in `nodes`, and carry care only where some flows.
    for (const link of map.links) {
      expect(Object.keys(link).filter((key) => !['source', 'target', 'type', 'care'].includes(key))).toEqual([]);
      expect(map.nodes[link.source]).toBeDefined();
      expect(map.nodes[link.target]).toBeDefined();
    }
    // An anonymised element: alias, type and the network measures (SPEC §4), nothing else, in either file.
    expect(Object.keys(map.nodes.find((n) => n.id === alma)!).filter((k) => k !== 'betweenness').sort()).toEqual(['anonymised', 'degree', 'id', 'name', 'type', 'x', 'y']);
    expect(details.elements[alma]).toBeUndefined();
    for (const c of details.connections) expect([c['source'], c['target']]).not.toContain(alma);
    expect(details.elements['cara-lee']).toMatchObject({ summary: 'Neighbour and worker member who shops and visits.' });
    expect(details.connections).toContainEqual(expect.objectContaining({ source: 'cara-lee', target: 'brookside-care-co-op', role: 'worker member', since: '2024-03-01' }));
  });
});

describe('selecting an element', () => {
  test('clicking it highlights it and its connections and opens its profile', async () => {
    const map = await openMap(session);
    await map.node('cara-lee').click();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Cara Lee');
    expect(new URL(map.page.url()).searchParams.get('select')).toBe('cara-lee');

    const profile = map.profile;
    expect(await profile.getByText('Person', { exact: true }).isVisible()).toBe(true);
    // The summary, roles and dates come with the details file, fetched on this first selection.
    await profile.getByText('Neighbour and worker member who shops and visits.').waitFor();
    const care = profile.locator('section', { has: map.page.getByRole('heading', { name: 'Care offered' }) });
    expect(await care.getByRole('list', { name: 'Informal care' }).locator('li').allInnerTexts()).toEqual(['Shopping and errands', 'Companionship']);
    const membership = profile.locator('section', { has: map.page.getByRole('heading', { name: 'Care Commons membership' }) });
    expect(await membership.innerText()).toContain('Active member of Brookside Care Co-op, worker member (since 1 March 2024)');
    expect(await profile.getByRole('heading', { level: 4 }).allInnerTexts()).toEqual(['Commons Membership (1)', 'Participating in a shared support plan (1)']);
    const plan = profile.locator('.cm-connection-group', { hasText: 'Participating in a shared support plan' });
    expect(await plan.innerText()).toMatch(/Neighbour on Elm Row[\s\S]*Informal care given:[\s\S]*Shopping and errands/);

    // Its neighbourhood stands out; the rest fades.
    const opacity = (id: string) => map.node(id).evaluate((el) => Number(getComputedStyle(el).opacity));
    await expect.poll(() => opacity('dev-patel')).toBeLessThan(0.5);
    expect(await opacity('cara-lee')).toBe(1);
    expect(await opacity('brookside-care-co-op')).toBe(1);

    // Choosing a connection in the profile selects that element.
    await profile.getByRole('button', { name: 'Brookside Care Co-op' }).first().click();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Brookside Care Co-op');
    expect(await profile.innerText()).toContain('Convenes the care commons: 5 active members, 2 inactive members.');

    await profile.getByRole('button', { name: 'Close profile' }).click();
    await expect.poll(() => map.profile.isVisible()).toBe(false);
    expect(new URL(map.page.url()).search).toBe('');
    await closeClean(map.page);
  });

  test('an anonymised element shows its alias and no page link', async () => {
    const map = await openMap(session, `?select=${alma}`);
    await expect.poll(() => map.profileTitle.textContent()).toBe('Neighbour on Elm Row');
    expect(await map.profile.innerText()).toContain('Shown anonymously');
    expect(await map.profile.getByRole('link', { name: 'Open page' }).count()).toBe(0);
    // The care flowing to them is still shown.
    expect(await map.profile.innerText()).toMatch(/Informal care received:[\s\S]*Shopping and errands/);
    await closeClean(map.page);
  });

  test('"Open page" leads to the element page', async () => {
    const map = await openMap(session, '?select=bert-khan');
    await map.profile.getByRole('link', { name: 'Open page' }).click();
    await map.page.waitForURL(/\/elements\/bert-khan\/$/);
    expect(await map.page.getByRole('heading', { level: 1 }).textContent()).toBe('Bert Khan');
    await closeClean(map.page);
  });
});

describe('focus', () => {
  test('a filter narrows the focus (AND) and keeps the selection, and the status says so', async () => {
    const map = await openMap(session, '?select=cara-lee&focus=1');
    await expect.poll(() => map.shownIds()).toEqual(['brookside-care-co-op', 'cara-lee', alma].sort());
    await map.setOption('Element types', 'Supported Person');
    // Cara Lee is no supported person, but she is the focus: only the supported people around her go with her.
    await expect.poll(() => map.shownIds()).toEqual(['cara-lee', alma].sort());
    expect(await map.profileTitle.textContent()).toBe('Cara Lee');
    const params = new URL(map.page.url()).searchParams;
    expect([params.get('select'), params.get('focus'), params.getAll('type')]).toEqual(['cara-lee', '1', ['supported-person']]);
    expect(await map.status.textContent()).toBe(`The filters narrow the focus around Cara Lee. 2 of ${WHOLE_MAP.elements} elements, 1 connection. Selected: Cara Lee.`);
    expect(await map.map.getByText('Focus: 1 step around Cara Lee').isVisible()).toBe(true);
    await closeClean(map.page);
  });

  test('shows only the neighbourhood, one to three steps out, and back to the whole map', async () => {
    const map = await openMap(session, '?select=cara-lee');
    const focus = (name: string) => map.profile.getByRole('button', { name, exact: true });
    await focus('1 step').click();
    await expect.poll(() => map.shownIds()).toEqual(['brookside-care-co-op', 'cara-lee', alma].sort());
    expect(await map.status.textContent()).toMatch(new RegExp(`^3 of ${WHOLE_MAP.elements} elements`));
    expect(new URL(map.page.url()).searchParams.get('focus')).toBe('1');
    expect(await focus('1 step').getAttribute('aria-pressed')).toBe('true');
    expect(await map.map.getByText('Focus: 1 step around Cara Lee').isVisible()).toBe(true);

    await focus('2 steps').click();
    await expect.poll(() => map.shownIds()).toEqual([...SERVICE, alma].sort());

    await focus('1 step').click();
    await expect.poll(async () => (await map.shownIds()).length).toBe(3);
    await map.map.getByRole('button', { name: 'Show whole map' }).click();
    await expect.poll(async () => (await map.shownIds()).length).toBe(WHOLE_MAP.elements);
    expect(new URL(map.page.url()).searchParams.get('focus')).toBeNull();
    expect(await map.profileTitle.textContent()).toBe('Cara Lee');
    await closeClean(map.page);
  });
});

describe('filters', () => {
  test('show counts, add up within a group, narrow across groups, and reset', async () => {
    const map = await openMap(session);
    // Every group starts closed, a disclosure of its own.
    expect(await map.option('Element types', 'Person').isVisible()).toBe(false);
    await map.filters.locator('summary', { hasText: 'Element types' }).click();
    expect(await map.option('Element types', 'Person').isVisible()).toBe(true);
    expect(await map.filters.getByRole('checkbox', { name: /^Person 2 elements$/ }).count()).toBe(1);
    await map.filters.locator('summary', { hasText: 'Connection types' }).click();
    expect(await map.filters.getByRole('checkbox', { name: /^Commons Membership 5 connections$/ }).count()).toBe(1);

    await map.setOption('Element types', 'Person');
    await expect.poll(() => map.shownIds()).toEqual(['cara-lee', 'dev-patel']);
    // A connection goes when either end is hidden: both people's connections lead to others.
    expect(await map.shownConnectionCount()).toBe(0);
    await map.setOption('Element types', 'Business');
    await expect.poll(() => map.shownIds()).toEqual(['cara-lee', 'dev-patel', 'elm-row-cafe']);
    expect(await map.filtersButton.innerText()).toContain('(2)');

    await map.setOption('Care Commons membership', 'Active members');
    await expect.poll(() => map.shownIds()).toEqual(['cara-lee', 'elm-row-cafe']);
    expect(await map.status.textContent()).toBe(`2 of ${WHOLE_MAP.elements} elements, 0 connections.`);
    expect(new URL(map.page.url()).searchParams.getAll('type').sort()).toEqual(['business', 'person']);

    await map.filters.getByRole('button', { name: 'Reset all' }).click();
    await expect.poll(() => map.shownIds()).toEqual([...SERVICE, alma].sort());
    expect(await map.option('Element types', 'Person').isChecked()).toBe(false);
    expect(new URL(map.page.url()).search).toBe('');
    await closeClean(map.page);
  });

  test('connections stay when both ends are shown', async () => {
    const map = await openMap(session);
    await map.setOption('Element types', 'Supported Person');
    await map.setOption('Element types', 'Convening Partner');
    await expect.poll(() => map.status.textContent()).toBe(`3 of ${WHOLE_MAP.elements} elements, 4 connections.`);
    expect(await map.shownConnectionCount()).toBe(4);
    await closeClean(map.page);
  });

  test('a care type shows who gives it, who receives it, and the connection it flows through', async () => {
    const map = await openMap(session);
    await map.setOption('Care types', 'Shopping and errands');
    await expect.poll(() => map.shownIds()).toEqual(['cara-lee', alma].sort());
    expect(await map.shownConnectionCount()).toBe(1);

    await map.setOption('Care types', 'Shopping and errands', false);
    await map.setOption('Forms of care', 'Formal care');
    await map.setOption('Support plan', 'Inside a shared support plan');
    // Formal care inside shared plans: the co-op's coordination, the surgery, the agency.
    await expect.poll(() => map.shownIds()).toEqual(['bert-khan', 'brookside-care-co-op', 'homecare-plus', 'riverside-surgery', alma].sort());
    await closeClean(map.page);
  });

  test('connection types hide connections, not elements', async () => {
    const map = await openMap(session);
    await map.setOption('Connection types', 'Inactive Commons Membership');
    await expect.poll(() => map.shownConnectionCount()).toBe(2);
    expect((await map.shownIds()).length).toBe(WHOLE_MAP.elements);
    await closeClean(map.page);
  });
});

describe('search', () => {
  test('finds by name, area and care; arrows and Enter choose; the element is selected and centred', async () => {
    const map = await openMap(session);
    await map.searchFor('Mill Street');
    const options = map.results.getByRole('option');
    await expect.poll(() => options.count()).toBe(2);
    expect(await map.search.getAttribute('aria-expanded')).toBe('true');
    await map.search.press('ArrowDown');
    await map.search.press('ArrowDown');
    const active = await map.search.getAttribute('aria-activedescendant');
    expect(await map.page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    const name = (await map.page.locator(`#${active} .cm-result-name`).textContent())!;
    await map.search.press('Enter');
    await expect.poll(() => map.profileTitle.textContent()).toBe(name);
    expect(await map.search.getAttribute('aria-expanded')).toBe('false');

    const id = name === 'Bert Khan' ? 'bert-khan' : 'dev-patel';
    const stage = (await map.map.locator('.cm-canvas').boundingBox())!;
    const centre = await map.centreOf(id);
    expect(centre.x).toBeGreaterThan(stage.x + stage.width * 0.25);
    expect(centre.x).toBeLessThan(stage.x + stage.width * 0.75);
    expect(centre.y).toBeGreaterThan(stage.y + stage.height * 0.25);
    expect(centre.y).toBeLessThan(stage.y + stage.height * 0.75);

    await map.searchFor('lifts');
    await expect.poll(() => options.first().textContent()).toContain('Dev Patel');
    await map.search.press('Escape');
    expect(await map.results.isVisible()).toBe(false);
    await map.search.press('Escape');
    expect(await map.search.inputValue()).toBe('');
    await closeClean(map.page);
  });

  test('can find an element hidden by filters, and shows it', async () => {
    const map = await openMap(session, '?type=business');
    await map.searchFor('Riverside Surgery');
    expect(await map.results.getByRole('option').first().textContent()).toContain('hidden by filters');
    await map.search.press('Enter');
    await expect.poll(() => map.profileTitle.textContent()).toBe('Riverside Surgery');
    expect(await map.node('riverside-surgery').isVisible()).toBe(true);
    expect(await map.status.textContent()).toContain('Filters were reset');
    await closeClean(map.page);
  });
});

describe('list view', () => {
  test('lists what is shown, following filters, focus and search', async () => {
    const map = await openMap(session);
    await map.openList();
    expect(await map.listedElements()).toEqual(['Bert Khan', 'Brookside Care Co-op', 'Cara Lee', 'Dev Patel', 'Elm Row Café', 'Homecare Plus', 'Neighbour on Elm Row', 'Riverside Surgery', 'Town Library']);
    expect((await map.listedConnections()).length).toBe(14);

    await map.setOption('Element types', 'Business');
    await expect.poll(() => map.listedElements()).toEqual(['Elm Row Café']);
    expect(await map.list.getByText('No connections shown.').isVisible()).toBe(true);
    await map.filters.getByRole('button', { name: 'Reset all' }).click();

    await map.searchFor('Mill Street');
    await expect.poll(() => map.listedElements()).toEqual(['Bert Khan', 'Dev Patel']);
    expect(await map.list.innerText()).toContain('matching “Mill Street”');
    await map.search.press('Escape');
    await map.list.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(async () => (await map.listedElements()).length).toBe(WHOLE_MAP.elements);

    // Choosing an element from the list selects it; focus narrows the list too.
    await map.list.getByRole('button', { name: 'Cara Lee' }).click();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Cara Lee');
    await map.profile.getByRole('button', { name: '1 step', exact: true }).click();
    await expect.poll(() => map.listedElements()).toEqual(['Brookside Care Co-op', 'Cara Lee', 'Neighbour on Elm Row']);
    expect(await map.listedConnections()).toEqual(expect.arrayContaining([expect.stringMatching(/Cara Lee\s+Participating in a shared support plan\s+Neighbour on Elm Row\s+Informal: Shopping and errands/)]));
    await closeClean(map.page);
  });
});

describe('maps and links', () => {
  test('the map toggle keeps the filters and the selection', async () => {
    const map = await openMap(session);
    await map.setOption('Element types', 'Person');
    await map.setOption('Element types', 'Group');
    await map.node('dev-patel').click();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Dev Patel');
    await map.page.getByRole('navigation', { name: 'Map views' }).getByRole('link', { name: 'Prototype Map' }).click();
    await map.page.waitForURL(/\/maps\/prototype\//);
    await mapReady(map.page);
    const url = new URL(map.page.url());
    expect(url.searchParams.get('select')).toBe('dev-patel');
    expect(url.searchParams.getAll('type').sort()).toEqual(['group', 'person']);
    expect(await map.page.getByRole('heading', { level: 1 }).textContent()).toBe('Prototype Map');
    await expect.poll(() => map.shownIds()).toEqual(['cara-lee', 'dev-patel', 'knit-club']);
    expect(await map.option('Element types', 'Person').isChecked()).toBe(true);
    expect(await map.profileTitle.textContent()).toBe('Dev Patel');
    expect(await map.page.getByRole('link', { name: 'Prototype Map' }).getAttribute('aria-current')).toBe('page');
    await closeClean(map.page);
  });

  test('a shared link opens the same view, and Back and Forward walk through it', async () => {
    const query = `?select=cara-lee&focus=1&type=person&type=supported-person&type=convening-partner`;
    const first = await openMap(session, query, { reducedMotion: false });
    await expect.poll(() => first.shownIds()).toEqual(['brookside-care-co-op', 'cara-lee', alma].sort());
    const view = { ids: await first.shownIds(), positions: await first.positions(), status: await first.status.textContent(), title: await first.profileTitle.textContent(), checked: await first.filters.getByRole('checkbox', { checked: true }).count() };
    await first.page.reload();
    await mapReady(first.page);
    expect({ ids: await first.shownIds(), positions: await first.positions(), status: await first.status.textContent(), title: await first.profileTitle.textContent(), checked: await first.filters.getByRole('checkbox', { checked: true }).count() }).toEqual(view);
    await closeClean(first.page);

    const map = await openMap(session);
    await map.node('cara-lee').click();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Cara Lee');
    await map.profile.getByRole('button', { name: 'Brookside Care Co-op' }).first().click();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Brookside Care Co-op');
    await map.setOption('Element types', 'Person');
    await expect.poll(() => map.profile.isVisible()).toBe(false);

    await map.page.goBack();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Brookside Care Co-op');
    expect((await map.shownIds()).length).toBe(WHOLE_MAP.elements);
    expect(await map.option('Element types', 'Person').isChecked()).toBe(false);
    await map.page.goBack();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Cara Lee');
    await map.page.goBack();
    await expect.poll(() => map.profile.isVisible()).toBe(false);
    await map.page.goForward();
    await expect.poll(() => map.profileTitle.textContent()).toBe('Cara Lee');
    await closeClean(map.page);
  });

  test('an element page\'s "Show on map" selects it on the map', async () => {
    const page = await openPage(session.browser, session.server.at('elements/knit-club/'));
    await page.getByRole('link', { name: 'Show on map' }).click();
    await mapReady(page);
    const map = mapPage(page);
    await expect.poll(() => map.profileTitle.textContent()).toBe('Knit Club');
    expect(new URL(page.url()).pathname).toMatch(/\/maps\/prototype\/$/);
    await closeClean(page);
  });
});
