import { CONNECTION_TYPES } from '../core/vocabulary/connection-types.ts';
import { ELEMENT_TYPES } from '../core/vocabulary/element-types.ts';
import type { CareForm } from '../core/vocabulary/care-types.ts';
import { MEMBER_ACTIVE, MEMBER_INACTIVE, type CareMapModel } from './care-map-model.ts';
import { facetCounts } from './facet-counts.ts';
import { FILTER_GROUPS, noFilters, PLAN_TYPE, type CareMapFilters, type FilterGroup, type SupportPlan } from './filters.ts';

/** One checkbox of the filter panel. */
export interface FilterOption {
  value: string;
  label: string;
  /** For `form` and `care`: which form a care type belongs to. */
  form?: CareForm;
  /** Elements choosing this option alone would show (no other filter set); for `connection`, connections. */
  count: number;
}

export type FilterOptions = Record<FilterGroup, FilterOption[]>;

/**
 * The options of each group on this map, with counts. A count is what the
 * option alone would show (the browser updates them as filters change,
 * src/map/facet-counts.ts): elements for every group except connection types,
 * which count connections (that group hides only connections). Options that
 * no element or connection on the map has are left out, except the fixed
 * vocabularies (element and connection types, forms, plans, membership),
 * which are always listed so the panel reads the same on every map.
 */
export function filterOptions(model: CareMapModel): FilterOptions {
  const { nodes, links, source, target } = model;
  const count = <K extends string>(keys: readonly K[]) => new Map<K, Set<number>>(keys.map((k) => [k, new Set<number>()]));

  const typeCount = new Map<string, number>();
  const tagCount = new Map<string, number>();
  let active = 0;
  let inactive = 0;
  nodes.forEach((n, i) => {
    typeCount.set(n.type, (typeCount.get(n.type) ?? 0) + 1);
    for (const t of n.tags ?? []) tagCount.set(t, (tagCount.get(t) ?? 0) + 1);
    if (model.membership[i]! & MEMBER_ACTIVE) active++;
    if (model.membership[i]! & MEMBER_INACTIVE) inactive++;
  });

  const connectionCount = new Map<string, number>();
  const formShows = count<CareForm>(['formal', 'informal']);
  const planShows = count<SupportPlan>(['inside', 'outside']);
  const careShows = new Map<string, Set<number>>();
  const careOf = (id: string) => careShows.get(id) ?? careShows.set(id, new Set()).get(id)!;
  links.forEach((c, l) => {
    connectionCount.set(c.type, (connectionCount.get(c.type) ?? 0) + 1);
    const ends = [source[l]!, target[l]!];
    for (const form of ['formal', 'informal'] as const) {
      if (c.care[form].length > 0) ends.forEach((e) => formShows.get(form)!.add(e));
      for (const id of c.care[form]) ends.forEach((e) => careOf(id).add(e));
    }
    for (const plan of ['inside', 'outside'] as const) if (c.type === PLAN_TYPE[plan]) ends.forEach((e) => planShows.get(plan)!.add(e));
  });
  nodes.forEach((n, i) => {
    if (!n.care) return;
    for (const form of ['formal', 'informal'] as const) {
      if (n.care[form].length > 0) formShows.get(form)!.add(i);
      for (const id of n.care[form]) careOf(id).add(i);
    }
  });

  const byCount = (a: FilterOption, b: FilterOption) => b.count - a.count || a.label.localeCompare(b.label, 'en');
  const care: FilterOption[] = [];
  for (const form of ['formal', 'informal'] as const) {
    const ofForm = Object.entries(model.careTypes[form])
      .filter(([id]) => careShows.has(id))
      .map(([id, label]): FilterOption => ({ value: id, label, form, count: careShows.get(id)!.size }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
    care.push(...ofForm.filter((o) => !care.some((c) => c.value === o.value)));
  }

  const options: FilterOptions = {
    type: ELEMENT_TYPES.map((t) => ({ value: t.id, label: t.label, count: typeCount.get(t.id) ?? 0 })),
    connection: CONNECTION_TYPES.map((t) => ({ value: t.id, label: t.label, count: connectionCount.get(t.id) ?? 0 })),
    form: (['formal', 'informal'] as const).map((form) => ({ value: form, label: form === 'formal' ? 'Formal care' : 'Informal care', form, count: formShows.get(form)!.size })),
    plan: [
      { value: 'inside', label: 'Inside a shared support plan', count: planShows.get('inside')!.size },
      { value: 'outside', label: 'Outside a support plan', count: planShows.get('outside')!.size },
    ],
    care,
    member: [
      { value: 'active', label: 'Active members', count: active },
      { value: 'inactive', label: 'Inactive members', count: inactive },
    ],
    tag: [...tagCount].map(([t, c]) => ({ value: t, label: t, count: c })).sort(byCount),
  };
  // The counts shown are what a click would show (a convening partner stays with its members, say): the
  // browser's counts as filters change (facet-counts.ts), here with none.
  const facets = facetCounts(model, noFilters());
  for (const group of FILTER_GROUPS) for (const o of options[group]) o.count = facets[group].get(o.value) ?? 0;
  return options;
}

/** Keeps only values the map offers, so a link from another map cannot leave a filter nobody can untick. */
export function knownFilters(filters: CareMapFilters, options: FilterOptions): CareMapFilters {
  const result = noFilters();
  for (const group of FILTER_GROUPS) {
    const values = new Set(options[group].map((o) => o.value));
    (result[group] as string[]) = filters[group].filter((v) => values.has(v));
  }
  return result;
}
