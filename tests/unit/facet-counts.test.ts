import { describe, expect, test } from 'vitest';
import { buildCareMapModel } from '../../src/map/care-map-model.ts';
import { facetCounts } from '../../src/map/facet-counts.ts';
import { filterOptions } from '../../src/map/filter-options.ts';
import { applyFilters, FILTER_GROUPS, noFilters, type CareMapFilters } from '../../src/map/filters.ts';
import { FILE } from '../helpers/small-map.ts';

/*
 * Faceted counts on the small commons of tests/helpers/small-map.ts: the
 * co-op convenes Ann, the Café and Sam (members) and Bob (inactive); the
 * co-op and Ann support Sam in a plan, the Café outside it.
 */
const model = buildCareMapModel(FILE, 'one');
const options = filterOptions(model);
const filters = (f: Partial<CareMapFilters>): CareMapFilters => ({ ...noFilters(), ...f });

/** What a click would show: the filters applied with the option alone in its group. */
function clicked(f: CareMapFilters, group: keyof CareMapFilters, value: string): number {
  const shown = applyFilters(model, { ...f, [group]: [value] });
  return group === 'connection' ? shown.linkCount : shown.nodeCount;
}

describe('facetCounts', () => {
  test('a type chosen narrows the other groups’ counts, not its own group’s', () => {
    const f = filters({ type: ['supported-person'] });
    const counts = facetCounts(model, f);
    const none = facetCounts(model, noFilters());
    expect(counts.type).toEqual(none.type);
    // Tags and membership now count supported persons only.
    for (const group of ['member', 'tag'] as const) {
      const changed = options[group].some((o) => (counts[group].get(o.value) ?? 0) !== (none[group].get(o.value) ?? 0));
      expect(changed, group).toBe(true);
    }
  });

  const cases: Partial<CareMapFilters>[] = [
    {},
    { type: ['supported-person'] },
    { type: ['person', 'business'], member: ['active'] },
    { plan: ['inside'] },
    { form: ['informal'], type: ['person'] },
    { care: [options.care[0]?.value ?? 'x'], tag: [options.tag[0]?.value ?? 'x'] },
    { connection: ['commons-membership'], member: ['inactive'] },
    { form: ['formal'], plan: ['outside'], care: options.care.slice(0, 2).map((o) => o.value) },
  ];
  test.each(cases.map((c) => [JSON.stringify(c), c] as const))('every option counts what choosing it would show: %s', (_, c) => {
    const f = filters(c);
    const counts = facetCounts(model, f);
    for (const group of FILTER_GROUPS) {
      for (const o of options[group]) expect(counts[group].get(o.value) ?? 0, `${group}=${o.value}`).toBe(clicked(f, group, o.value));
    }
  });

  test('the build’s counts are the counts with no filters', () => {
    for (const group of FILTER_GROUPS) for (const o of options[group]) expect(o.count, `${group}=${o.value}`).toBe(clicked(noFilters(), group, o.value));
  });
});
