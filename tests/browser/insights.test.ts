import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { axeViolations, openPage } from './helpers/browser.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import { buildSite } from './helpers/site.ts';

/*
 * The insights fixture (tests/fixtures/content/insights, worked out by hand in
 * tests/unit/insights.test.ts), built under a base path: two maps, three
 * anonymised supported persons, a public one, an anonymised neighbour and a
 * hidden member.
 */
const INSIGHTS = fileURLToPath(new URL('../fixtures/content/insights/', import.meta.url));
const built = () => buildSite(INSIGHTS, { base: '/care-map' });
const session = useBrowserSession(built);

describe('the insights pages', () => {
  test('are linked from each map page, for that map', async () => {
    const north = await openMap(session);
    await north.map.getByRole('link', { name: 'Insights' }).click();
    await north.page.waitForURL(/\/care-map\/insights\/$/);
    expect(await north.page.getByRole('heading', { level: 1 }).textContent()).toBe('Care insights: North');
    await closeClean(north.page);

    const south = await openMap(session, 'maps/south/');
    await south.map.getByRole('link', { name: 'Insights' }).click();
    await south.page.waitForURL(/\/care-map\/maps\/south\/insights\/$/);
    expect(await south.page.getByRole('heading', { level: 1 }).textContent()).toBe('Care insights: South');
    // The site's navigation leads to the default map's.
    expect(await south.page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Insights' }).getAttribute('href')).toBe('/care-map/insights/');
    await closeClean(south.page);
  }, 60_000);

  test('list flags by alias in words, never beside a name, with every chart as a table', async () => {
    const page = await openPage(session.browser, session.server.at('maps/south/insights/'));
    const card = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
    expect(await card('Supported Person C').getByRole('listitem').allInnerTexts()).toEqual(['No formal care', 'One supporter only: Companionship', 'One supporter only: Cooking and shared meals']);
    expect(await card('Pat Public').innerText()).toContain('Not listed for an entry published by name');
    expect(await card('Pat Public').getByRole('listitem').count()).toBe(0);
    // The flag totals count Pat all the same, in a table a screen reader can read.
    const flags = page.getByRole('table', { name: 'Worth acting on' });
    expect(await flags.getByRole('row').allInnerTexts()).toEqual(['Flag\tSupported persons', 'No informal care (nobody from the community)\t1', 'No formal care\t1', 'Support only from outside a shared support plan\t1', 'A care type from one supporter only\t3']);
    expect(await page.locator('figure.chart').count()).toBe(await page.locator('figure.chart table').count());
    expect(await page.locator('figure.chart svg[aria-hidden="true"]').count()).toBe(await page.locator('figure.chart').count());
    await closeClean(page);
  }, 60_000);

  test.each([
    ['a laptop', { width: 1280, height: 800 }],
    ['a phone', { width: 375, height: 740, touch: true }],
  ])('on %s, have no axe violations, nor the element page with its measures', async (_on, size) => {
    for (const sitePath of ['insights/', 'maps/south/insights/', 'maps/north/insights/', 'elements/riverside-co-op/']) {
      const page = await openPage(session.browser, session.server.at(sitePath), { ...size, bypassCSP: true });
      await page.locator('h1').first().waitFor();
      expect(await axeViolations(page), sitePath).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${sitePath} scrolls sideways`).toBeLessThanOrEqual(size.width);
      await closeClean(page);
    }
  }, 120_000);
});

test('an element page gives its degree and betweenness on each map it is on', async () => {
  const page = await openPage(session.browser, session.server.at('elements/corner-cafe/'));
  const rows = page.getByRole('region', { name: 'In the network' }).getByRole('row');
  expect(await rows.allInnerTexts()).toEqual(['Map\tConnections\tBetweenness', 'South\t3\t0.286 (rank 3 of 9)']);
  await closeClean(page);
}, 60_000);

test('"Size by" in the legend resizes the elements by betweenness and back', async () => {
  const map = await openMap(session);
  const scale = async (id: string) => Number(/scale\(([\d.]+)\)/.exec((await map.node(id).getAttribute('transform')) ?? '')?.[1]);
  // By connections: the co-op (5) is larger than the Walking Group (1).
  const byDegree = [await scale('riverside-co-op'), await scale('walking-group')];
  expect(byDegree[0]).toBeGreaterThan(byDegree[1]!);
  await map.map.locator('[data-part="legend"] summary').click();
  await map.page.getByRole('radio', { name: 'Betweenness' }).check();
  // The co-op bridges most of the whole commons: the largest size; the Walking Group bridges nothing: the smallest.
  await expect.poll(() => scale('riverside-co-op')).toBe(20);
  expect(await scale('walking-group')).toBe(4);
  expect(await map.map.locator('[data-part="size-meaning"]').textContent()).toBe('betweenness');
  await map.page.getByRole('radio', { name: 'Connections' }).check();
  await expect.poll(() => scale('riverside-co-op')).toBe(byDegree[0]);
  await closeClean(map.page);
}, 60_000);

test('nothing private reaches the built site: no hidden or anonymised name, slug or story, in any file', async () => {
  const { dist } = await built();
  const secrets = ['Margaret', 'margaret-hill', 'Ted Jones', 'ted-jones', 'Rosa Lane', 'rosa-lane', 'Harold', 'harold-secret', 'Quentin', 'quiet-neighbour', 'private story', 'prefers not to be named'];
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const found: string[] = [];
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    const text = await readFile(full, 'utf8');
    for (const secret of secrets) if (text.includes(secret) || full.includes(secret)) found.push(`${path.relative(dist, full)}: ${secret}`);
  }
  expect(found).toEqual([]);
  const insights = JSON.parse(await readFile(path.join(dist, 'data/insights.json'), 'utf8')) as { maps: Record<string, { supportedPersons: { name: string; flags: string[] }[]; members: { activeTotal: number } }> };
  // Harold the hidden member counts nowhere; Pat's flags are not published with Pat's name.
  expect(insights.maps['north']!.members.activeTotal).toBe(3);
  expect(insights.maps['south']!.supportedPersons.find((p) => p.name === 'Pat Public')!.flags).toEqual([]);
  // Anonymised nodes carry id, alias, type, maps, degree and the measures: nothing else of theirs.
  const graph = JSON.parse(await readFile(path.join(dist, 'data/graph.json'), 'utf8')) as { nodes: Record<string, unknown>[] };
  for (const node of graph.nodes.filter((n) => n['anonymised'])) expect(Object.keys(node).filter((k) => !['id', 'name', 'type', 'maps', 'degree', 'betweenness', 'x', 'y', 'anonymised'].includes(k))).toEqual([]);
}, 240_000);
