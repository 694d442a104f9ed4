import { MEMBER_ACTIVE, MEMBER_INACTIVE, type CareMapModel } from './care-map-model.ts';
import { careFlows, connectionTest, elementTest, FILTER_GROUPS, offerTest, PLAN_TYPE, type CareMapFilters, type FilterGroup } from './filters.ts';

/** For each group, each option value's count (an option nothing has is absent: 0). */
export type FacetCounts = Record<FilterGroup, Map<string, number>>;

/**
 * What each option would show if it alone were chosen in its group, given
 * the other groups' choices (faceted search): the count of option o in group
 * G is what applyFilters shows with every group but G as chosen and G = [o].
 * Elements, or connections for `connection` (that group hides only
 * connections). One pass over elements and connections per group, whatever
 * the number of options: each element or connection adds itself to the
 * options it passes (tests/unit/facet-counts.test.ts holds it to
 * applyFilters).
 */
export function facetCounts(model: CareMapModel, filters: CareMapFilters): FacetCounts {
  const counts = {} as FacetCounts;
  for (const group of FILTER_GROUPS) counts[group] = groupCounts(model, { ...filters, [group]: [] }, group);
  return counts;
}

/** The options of `group` that element i passes. */
function elementOptions(model: CareMapModel, group: 'type' | 'member' | 'tag', i: number): readonly string[] {
  const e = model.nodes[i]!;
  if (group === 'type') return [e.type];
  if (group === 'tag') return e.tags ?? [];
  // A convening partner passes either membership option (see filters.ts).
  if (e.type === 'convening-partner') return ['active', 'inactive'];
  const flags = model.membership[i]!;
  return [...(flags & MEMBER_ACTIVE ? ['active'] : []), ...(flags & MEMBER_INACTIVE ? ['inactive'] : [])];
}

/** The options of a care group that connection l passes, or that element i offers itself. */
function careOptions(group: 'form' | 'plan' | 'care', offer: { formal: string[]; informal: string[] } | undefined, type?: string): readonly string[] {
  if (group === 'plan') return (['inside', 'outside'] as const).filter((p) => PLAN_TYPE[p] === type);
  if (!offer) return [];
  if (group === 'form') return (['formal', 'informal'] as const).filter((f) => offer[f].length > 0);
  return offer.informal.length === 0 ? offer.formal : [...new Set([...offer.formal, ...offer.informal])];
}

/** Counts for one group; `others` are the filters with that group empty. */
function groupCounts(model: CareMapModel, others: CareMapFilters, group: FilterGroup): Map<string, number> {
  const { nodes, links, source, target } = model;
  const passesElement = elementTest(model, others);
  const passesConnection = connectionTest(model, others);
  const base = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) base[i] = Number(passesElement(i));
  const counts = new Map<string, number>();
  const add = (o: string) => counts.set(o, (counts.get(o) ?? 0) + 1);

  if (group === 'connection') {
    for (let l = 0; l < links.length; l++) if (base[source[l]!] && base[target[l]!] && passesConnection(l)) add(links[l]!.type);
    return counts;
  }
  // Each option's shown elements, as a set, when an element can be shown for more than one reason.
  const shown = new Map<string, Set<number>>();
  const mark = (o: string, i: number) => (shown.get(o) ?? shown.set(o, new Set()).get(o)!).add(i);
  const sizes = () => new Map([...shown].map(([o, set]) => [o, set.size]));

  if (group === 'type' || group === 'member' || group === 'tag') {
    if (!careFlows(others)) {
      for (let i = 0; i < nodes.length; i++) if (base[i]) elementOptions(model, group, i).forEach(add);
      return counts;
    }
    // Care decides: an element is shown at a connection whose both ends pass the option, or for its own offer.
    for (let l = 0; l < links.length; l++) {
      const s = source[l]!;
      const t = target[l]!;
      if (!base[s] || !base[t] || !passesConnection(l)) continue;
      const atTarget = elementOptions(model, group, t);
      for (const o of elementOptions(model, group, s)) {
        if (!atTarget.includes(o)) continue;
        mark(o, s);
        mark(o, t);
      }
    }
    const offers = offerTest(model, others);
    if (offers) for (let i = 0; i < nodes.length; i++) if (base[i] && offers(i)) for (const o of elementOptions(model, group, i)) mark(o, i);
    return sizes();
  }

  // form, plan, care: an element is shown at either end of a connection carrying the option, or (not for plan,
  // and not while a plan is chosen) for offering it itself.
  for (let l = 0; l < links.length; l++) {
    const s = source[l]!;
    const t = target[l]!;
    if (!base[s] || !base[t] || !passesConnection(l)) continue;
    for (const o of careOptions(group, links[l]!.care, links[l]!.type)) {
      mark(o, s);
      mark(o, t);
    }
  }
  const offers = group === 'plan' ? null : offerTest(model, others);
  if (offers) for (let i = 0; i < nodes.length; i++) if (base[i] && offers(i)) for (const o of careOptions(group, nodes[i]!.care)) mark(o, i);
  return sizes();
}

/** "1 element", "3 elements": what a count's hidden text says after the number ("elements" or "connections"). */
export function countUnit(count: number, unit: string): string {
  return count === 1 ? unit.replace(/s$/, '') : unit;
}
