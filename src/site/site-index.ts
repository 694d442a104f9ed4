import type { PublicConnection, PublicElement } from '../core/projection/public-commons.ts';
import { oncePer } from './once-per.ts';
import type { PublishedSite } from './published-site.ts';

/** Lookups over the public graph, computed once per site and shared by every page. */
export interface SiteIndex {
  element: ReadonlyMap<string, PublicElement>;
  /** Public connections touching each element. */
  adjacency: ReadonlyMap<string, readonly PublicConnection[]>;
}

export const siteIndex: (site: PublishedSite) => SiteIndex = oncePer(makeSiteIndex);

function makeSiteIndex(site: PublishedSite): SiteIndex {
  const element = new Map(site.commons.elements.map((e) => [e.id, e]));
  const adjacency = new Map<string, PublicConnection[]>(site.commons.elements.map((e) => [e.id, []]));
  for (const c of site.commons.connections) {
    adjacency.get(c.source)?.push(c);
    adjacency.get(c.target)?.push(c);
  }
  return { element, adjacency };
}
