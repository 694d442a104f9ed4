import type { ConnectionType } from '../core/vocabulary/connection-types.ts';
import type { ElementType } from '../core/vocabulary/element-types.ts';
import type { CareForm } from '../core/vocabulary/care-types.ts';
import type { CareOffer } from '../core/model.ts';
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

/** The connection type each plan option stands for. */
export const PLAN_TYPE: Record<SupportPlan, ConnectionType> = { inside: 'shared-support-plan', outside: 'not-in-support-plan' };

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

/** Whether element i passes the element groups (type, member, tag). */
export function elementTest(model: CareMapModel, filters: CareMapFilters): (i: number) => boolean {
  const types = new Set(filters.type);
  const tags = new Set(filters.tag);
  return (i) => {
    const e = model.nodes[i]!;
    return (types.size === 0 || types.has(e.type)) && (filters.member.length === 0 || memberPasses(model, i, filters.member)) && (tags.size === 0 || !!e.tags?.some((t) => tags.has(t)));
  };
}

/** Whether connection l passes the connection groups (connection, form, plan, care), its ends aside. */
export function connectionTest(model: CareMapModel, filters: CareMapFilters): (l: number) => boolean {
  const connectionTypes = new Set(filters.connection);
  const planTypes = new Set(filters.plan.map((p) => PLAN_TYPE[p]));
  const care = new Set(filters.care);
  return (l) => {
    const c = model.links[l]!;
    return (
      (connectionTypes.size === 0 || connectionTypes.has(c.type)) &&
      (filters.form.length === 0 || offersForm(c.care, filters.form)) &&
      (planTypes.size === 0 || planTypes.has(c.type)) &&
      (care.size === 0 || offersAny(c.care, care))
    );
  };
}

/** Whether element i is shown for the care it offers itself: only for `form` and `care`, and not with `plan`. */
export function offerTest(model: CareMapModel, filters: CareMapFilters): ((i: number) => boolean) | null {
  if (filters.plan.length > 0) return null;
  const care = new Set(filters.care);
  return (i) => {
    const offer = model.nodes[i]!.care;
    return (filters.form.length === 0 || offersForm(offer, filters.form)) && (care.size === 0 || offersAny(offer, care));
  };
}

/** Whether any group about care flowing through connections is set: then elements are shown only where that care is. */
export function careFlows(filters: CareMapFilters): boolean {
  return filters.form.length + filters.plan.length + filters.care.length > 0;
}

/**
 * Applies the filters: O(nodes + links). Element `keep` (a focus's centre)
 * is shown whatever the filters say of it, and its connections are judged on
 * what they carry, so the filters can narrow its neighbourhood.
 */
export function applyFilters(model: CareMapModel, filters: CareMapFilters, keep = -1): Shown {
  const { nodes: elements, links: connections, source, target } = model;
  const passesElement = elementTest(model, filters);
  const passesConnection = connectionTest(model, filters);

  const base = new Uint8Array(elements.length);
  for (let i = 0; i < elements.length; i++) base[i] = Number(passesElement(i));
  if (keep >= 0) base[keep] = 1;

  const links = new Uint8Array(connections.length);
  let linkCount = 0;
  for (let l = 0; l < connections.length; l++) {
    if (base[source[l]!] && base[target[l]!] && passesConnection(l)) {
      links[l] = 1;
      linkCount++;
    }
  }

  let nodes = base;
  if (careFlows(filters)) {
    nodes = new Uint8Array(elements.length);
    for (let l = 0; l < connections.length; l++) {
      if (links[l]) nodes[source[l]!] = nodes[target[l]!] = 1;
    }
    const offers = offerTest(model, filters);
    if (offers) for (let i = 0; i < elements.length; i++) if (base[i] && offers(i)) nodes[i] = 1;
    if (keep >= 0) nodes[keep] = 1;
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
