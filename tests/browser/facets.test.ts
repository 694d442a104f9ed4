import { describe, expect, test } from 'vitest';
import type { MapPage } from './helpers/map-page.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';

/*
 * The filter counts are faceted: each says what ticking that option would
 * show, given the other groups' choices, and follows every change.
 */
const session = useBrowserSession();

/** Each option of a group (by its name in the URL): its label, its count and what a screen reader hears after the label. */
async function counts(map: MapPage, group: string): Promise<{ label: string; count: number; spoken: string }[]> {
  return map.filters.locator(`details[data-group="${group}"] label`).evaluateAll((labels) =>
    labels.map((label) => {
      const count = label.querySelector('[data-count]')!;
      return { label: label.querySelector('.cm-option-label')!.textContent!.trim(), count: Number(count.firstChild!.textContent), spoken: count.textContent!.trim() };
    }),
  );
}

describe('faceted filter counts', () => {
  test('choosing a type changes the other groups’ counts to what each choice would show', async () => {
    const map = await openMap(session, '', { width: 1280, height: 800 });
    const group = 'Care Commons membership';
    const before = await counts(map, 'member');
    const typesBefore = await counts(map, 'type');

    await map.setOption('Element types', 'Person');
    // The counts follow just after the frame that shows the change.
    await expect.poll(async () => (await counts(map, 'member')).map((o) => o.count)).not.toEqual(before.map((o) => o.count));
    const after = await counts(map, 'member');
    // Its own group still counts each type as if chosen alone.
    expect(await counts(map, 'type')).toEqual(typesBefore);

    for (const o of after) {
      expect(o.spoken).toBe(`${o.count} ${o.count === 1 ? 'element' : 'elements'}`);
      await map.setOption(group, o.label);
      expect((await map.shownIds()).length, o.label).toBe(o.count);
      await map.setOption(group, o.label, false);
    }
    // A choice that would show nothing reads 0 and can still be ticked.
    await map.setOption('Element types', 'Person', false);
    await map.setOption('Element types', 'Group');
    await expect.poll(async () => (await counts(map, 'tag')).some((o) => o.count === 0)).toBe(true);
    const zero = (await counts(map, 'tag')).find((o) => o.count === 0);
    await map.filters.locator('summary', { hasText: 'Tags' }).click();
    await map.page.screenshot({ path: `${process.env['TMPDIR'] ?? '/tmp'}/facets-1280.png` });
    expect(await map.option('Tags', zero!.label).isEnabled()).toBe(true);
    await closeClean(map.page);
  }, 120_000);
});
