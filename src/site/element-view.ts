import { compareText } from '../core/diagnostic.ts';
import type { CareOffer } from '../core/model.ts';
import type { NamedElement, PublicConnection, PublicElement } from '../core/projection/public-commons.ts';
import { CONNECTION_TYPES, isMembership, type ConnectionType } from '../core/vocabulary/connection-types.ts';
import type { Point } from '../core/layout/force-layout.ts';
import type { PublishedSite } from './published-site.ts';
import { siteIndex } from './site-index.ts';

export interface ConnectionEntry {
  other: PublicElement;
  /** Which way care flows, seen from this element. */
  direction: 'gives' | 'receives' | 'none';
  care: CareOffer;
  role?: string;
  since?: string;
  note?: string;
}

export interface ConnectionGroup {
  type: ConnectionType;
  label: string;
  entries: ConnectionEntry[];
}

export interface Membership {
  active: boolean;
  partner: PublicElement;
  since?: string;
  role?: string;
}

export interface Neighbourhood {
  nodes: { element: PublicElement; point: Point; centre: boolean }[];
  /** One per connection: the neighbour at its far end, and its type. */
  links: { other: string; type: ConnectionType }[];
}

/** What an element's page shows about its place in the care commons. */
export interface ElementView {
  element: NamedElement;
  memberships: Membership[];
  groups: ConnectionGroup[];
  neighbourhood: Neighbourhood;
}

export function elementView(site: PublishedSite, element: NamedElement): ElementView {
  const index = siteIndex(site);
  const touching = index.adjacency.get(element.id) ?? [];
  const groups: ConnectionGroup[] = [];
  const memberships: Membership[] = [];
  for (const info of CONNECTION_TYPES) {
    const entries: ConnectionEntry[] = [];
    for (const c of touching) {
      if (c.type !== info.id) continue;
      const otherId = c.source === element.id ? c.target : c.source;
      const other = index.element.get(otherId)!;
      const direction = !info.carriesCare ? 'none' : flowsTowards(c.source, c.target, index.element) === element.id ? 'receives' : 'gives';
      entries.push({
        other,
        direction,
        care: c.care,
        ...(c.role !== undefined && { role: c.role }),
        ...(c.since !== undefined && { since: c.since }),
        ...(c.note !== undefined && { note: c.note }),
      });
      if (isMembership(c.type) && other.type === 'convening-partner' && element.type !== 'convening-partner') {
        memberships.push({ active: c.type === 'commons-membership', partner: other, ...(c.since !== undefined && { since: c.since }), ...(c.role !== undefined && { role: c.role }) });
      }
    }
    entries.sort((a, b) => compareText(a.other.name.toLowerCase(), b.other.name.toLowerCase()) || compareText(a.other.id, b.other.id));
    if (entries.length > 0) groups.push({ type: info.id, label: info.label, entries });
  }
  return { element, memberships, groups, neighbourhood: neighbourhood(site, element.id, touching) };
}

/** Care flows towards the supported person; between two, towards the target as declared. */
function flowsTowards(source: string, target: string, elements: ReadonlyMap<string, PublicElement>): string {
  return elements.get(source)?.type === 'supported-person' && elements.get(target)?.type !== 'supported-person' ? source : target;
}

function neighbourhood(site: PublishedSite, id: string, touching: readonly PublicConnection[]): Neighbourhood {
  const index = siteIndex(site);
  const at = (key: string) => site.positions.get(key) ?? { x: 0, y: 0 };
  const ids = new Set([id, ...touching.map((c) => (c.source === id ? c.target : c.source))]);
  return {
    nodes: [...ids].map((key) => ({ element: index.element.get(key)!, point: at(key), centre: key === id })),
    links: touching.map((c) => ({ other: c.source === id ? c.target : c.source, type: c.type })),
  };
}
