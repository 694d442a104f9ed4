import type { PublicConnection, PublicElement } from '../core/projection/public-commons.ts';
import type { PublishedSite } from './published-site.ts';

/** Lookups over the public graph, computed once per site and shared by every page. */
export interface SiteIndex {
  element: ReadonlyMap<string, PublicElement>;
  /** Public connections touching each element. */
  adjacency: ReadonlyMap<string, readonly PublicConnection[]>;
}

const cache = new WeakMap<PublishedSite, SiteIndex>();

export function siteIndex(site: PublishedSite): SiteIndex {
  const cached = cache.get(site);
  if (cached) return cached;
  const element = new Map(site.commons.elements.map((e) => [e.id, e]));
  const adjacency = new Map<string, PublicConnection[]>(site.commons.elements.map((e) => [e.id, []]));
  for (const c of site.commons.connections) {
    adjacency.get(c.source)?.push(c);
    adjacency.get(c.target)?.push(c);
  }
  const index = { element, adjacency };
  cache.set(site, index);
  return index;
}
