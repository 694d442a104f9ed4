import { CONNECTION_TYPES, type ConnectionType } from '../../core/vocabulary/connection-types.ts';
import { ELEMENT_TYPES, type ElementType } from '../../core/vocabulary/element-types.ts';
import type { CareForm } from '../../core/vocabulary/care-types.ts';
import type { CareOffer } from '../../core/model.ts';
import { MEMBER_ACTIVE, MEMBER_INACTIVE, otherEnd, type CareMapModel } from './care-map-model.ts';

/**
 * The map's filters, as the source document lists them. Each group is a list
 * of chosen options; an empty group filters nothing. Options combine with OR
 * inside a group and AND across groups.
 *
 * What each group narrows:
 * - `type`, `member`, `tag` are about elements: an element is shown only if it
 *   passes them all.
 * - `connection` is about connections only: it hides connections, never
 *   elements (Kumu's behaviour; showing only memberships still shows who is
 *   not a member).
 * - `form`, `plan`, `care` are about care flowing through connections, so they
 *   narrow both. A connection passes if the care flowing through it is of a
 *   chosen form / a chosen care type, or (plan) it is inside / outside a
 *   shared support plan; membership connections carry no care and fail them.
 *   An element is then shown only where that care is found: at either end of
 *   a connection that passes (its giver or its receiver), or — for `form` and
 *   `care`, when `plan` is not also set — because it offers that care itself
 *   (its `care` field), so a provider whose care flows to nobody on this map
 *   can still be found.
 * A connection is shown only if it passes the connection groups and both its
 * ends are shown.
 */
export interface CareMapFilters {
  type: ElementType[];
  member: Membership[];
  tag: string[];
  connection: ConnectionType[];
  form: CareForm[];
  plan: SupportPlan[];
  care: string[];
}

export type FilterGroup = keyof CareMapFilters;
export type Membership = 'active' | 'inactive';
export type SupportPlan = 'inside' | 'outside';

/** Group order: the order of the panel and of the URL. */
export const FILTER_GROUPS: readonly FilterGroup[] = ['type', 'connection', 'form', 'plan', 'care', 'member', 'tag'];

export function noFilters(): CareMapFilters {
  return { type: [], member: [], tag: [], connection: [], form: [], plan: [], care: [] };
}

export function activeFilterCount(filters: CareMapFilters): number {
  return FILTER_GROUPS.reduce((sum, g) => sum + filters[g].length, 0);
}

/** What is shown: 1 per shown node / link. */
export interface Shown {
  nodes: Uint8Array;
  links: Uint8Array;
  nodeCount: number;
  linkCount: number;
}

const PLAN_TYPE: Record<SupportPlan, ConnectionType> = { inside: 'shared-support-plan', outside: 'not-in-support-plan' };

function offersAny(care: CareOffer | undefined, ids: ReadonlySet<string>): boolean {
  return !!care && (care.formal.some((id) => ids.has(id)) || care.informal.some((id) => ids.has(id)));
}

function offersForm(care: CareOffer | undefined, forms: readonly CareForm[]): boolean {
  return !!care && forms.some((form) => care[form].length > 0);
}

function memberPasses(model: CareMapModel, i: number, member: readonly Membership[]): boolean {
  // A convening partner holds the memberships: it stays with its members.
  if (model.nodes[i]!.type === 'convening-partner') return true;
  const flags = model.membership[i]!;
  return member.some((m) => (m === 'active' ? flags & MEMBER_ACTIVE : flags & MEMBER_INACTIVE));
}

/** Applies the filters: O(nodes + links). */
export function applyFilters(model: CareMapModel, filters: CareMapFilters): Shown {
  const { nodes: elements, links: connections, source, target } = model;
  const types = new Set(filters.type);
  const tags = new Set(filters.tag);
  const connectionTypes = new Set(filters.connection);
  const planTypes = new Set(filters.plan.map((p) => PLAN_TYPE[p]));
  const care = new Set(filters.care);
  const careFlow = filters.form.length + filters.plan.length + filters.care.length > 0;

  const base = new Uint8Array(elements.length);
  elements.forEach((e, i) => {
    base[i] = Number(
      (types.size === 0 || types.has(e.type)) &&
        (filters.member.length === 0 || memberPasses(model, i, filters.member)) &&
        (tags.size === 0 || !!e.tags?.some((t) => tags.has(t))),
    );
  });

  const links = new Uint8Array(connections.length);
  let linkCount = 0;
  connections.forEach((c, l) => {
    const pass =
      base[source[l]!] &&
      base[target[l]!] &&
      (connectionTypes.size === 0 || connectionTypes.has(c.type)) &&
      (filters.form.length === 0 || offersForm(c.care, filters.form)) &&
      (planTypes.size === 0 || planTypes.has(c.type)) &&
      (care.size === 0 || offersAny(c.care, care));
    if (pass) {
      links[l] = 1;
      linkCount++;
    }
  });

  let nodes = base;
  if (careFlow) {
    nodes = new Uint8Array(elements.length);
    for (let l = 0; l < connections.length; l++) {
      if (links[l]) nodes[source[l]!] = nodes[target[l]!] = 1;
    }
    if (filters.plan.length === 0) {
      elements.forEach((e, i) => {
        if (base[i] && (filters.form.length === 0 || offersForm(e.care, filters.form)) && (care.size === 0 || offersAny(e.care, care))) nodes[i] = 1;
      });
    }
  }
  let nodeCount = 0;
  for (const v of nodes) nodeCount += v;
  return { nodes, links, nodeCount, linkCount };
}

/**
 * Focus: only what lies within `depth` steps of node `root`, walking shown
 * connections. Breadth-first over the adjacency list: O(neighbourhood).
 */
export function focusOn(model: CareMapModel, shown: Shown, root: number, depth: number): Shown {
  const nodes = new Uint8Array(model.nodes.length);
  const links = new Uint8Array(model.links.length);
  if (!shown.nodes[root]) return { nodes, links, nodeCount: 0, linkCount: 0 };
  nodes[root] = 1;
  let frontier = [root];
  let nodeCount = 1;
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const i of frontier) {
      for (let k = model.offsets[i]!; k < model.offsets[i + 1]!; k++) {
        const l = model.incident[k]!;
        if (!shown.links[l]) continue;
        const j = otherEnd(model, l, i);
        if (!nodes[j]) {
          nodes[j] = 1;
          nodeCount++;
          next.push(j);
        }
      }
    }
    frontier = next;
  }
  let linkCount = 0;
  model.links.forEach((_, l) => {
    if (shown.links[l] && nodes[model.source[l]!] && nodes[model.target[l]!]) {
      links[l] = 1;
      linkCount++;
    }
  });
  return { nodes, links, nodeCount, linkCount };
}

/** One checkbox of the filter panel. */
export interface FilterOption {
  value: string;
  label: string;
  /** For `form` and `care`: which form a care type belongs to. */
  form?: CareForm;
  /** Elements this option shows on its own; for `connection`, connections. */
  count: number;
}

export type FilterOptions = Record<FilterGroup, FilterOption[]>;

/**
 * The options of each group on this map, with counts. A count is what the
 * option alone would show: elements for every group except connection types,
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

  return {
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
