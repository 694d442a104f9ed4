import { hasCare, type CareOffer } from '../core/model.ts';
import type { NamedElement, PublicConnection } from '../core/projection/public-commons.ts';
import type { CareVocabulary } from '../core/vocabulary/care-types.ts';
import type { PublishedSite } from './published-site.ts';

/** `data/graph.json`: the public graph the map draws, with positions settled at build time. */
export interface GraphFile {
  maps: { id: string; title: string; default: boolean; order: number }[];
  nodes: GraphNode[];
  links: GraphLink[];
  /** Labels of the care ids used, so the map can name them. */
  careTypes: CareVocabulary;
}

/** A node: id, name (the alias when anonymised), type, position, and the public fields that are set. */
export type GraphNode = Pick<NamedElement, 'id' | 'name' | 'type'> &
  Partial<Pick<NamedElement, 'summary' | 'area' | 'website' | 'contact' | 'care' | 'tags' | 'maps' | 'reviewed'>> & {
    x: number;
    y: number;
    /** Connections touching it on the public graph. */
    degree: number;
    anonymised?: true;
  };

/** A link is a public connection as it is. */
export type GraphLink = PublicConnection;

export function graphFile(site: PublishedSite): GraphFile {
  const { commons, positions } = site;
  const degree = new Map<string, number>();
  for (const link of commons.connections) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const nodes = commons.elements.map((element): GraphNode => {
    const { x, y } = positions.get(element.id) ?? { x: 0, y: 0 };
    const base = { id: element.id, name: element.name, type: element.type, x, y, degree: degree.get(element.id) ?? 0 };
    if (element.anonymised) return { ...base, anonymised: true, ...(element.maps && { maps: element.maps }) };
    return {
      ...base,
      ...(element.summary !== undefined && { summary: element.summary }),
      ...(element.area !== undefined && { area: element.area }),
      ...(element.website !== undefined && { website: element.website }),
      ...(element.contact !== undefined && { contact: element.contact }),
      ...(hasCare(element.care) && { care: element.care }),
      ...(element.tags.length > 0 && { tags: element.tags }),
      ...(element.maps && { maps: element.maps }),
      ...(element.reviewed !== undefined && { reviewed: element.reviewed }),
    };
  });
  return {
    maps: commons.maps.map(({ id, title, default: isDefault, order }) => ({ id, title, default: isDefault, order })),
    nodes,
    links: commons.connections,
    careTypes: usedCare(site),
  };
}

/** Only the care labels the public graph uses. */
function usedCare(site: PublishedSite): CareVocabulary {
  const used: CareVocabulary = { formal: {}, informal: {} };
  const vocabulary = site.commons.site.careTypes;
  const add = (care: CareOffer) => {
    for (const form of ['formal', 'informal'] as const) for (const id of care[form]) used[form][id] = vocabulary[form][id] ?? id;
  };
  for (const element of site.commons.elements) if (!element.anonymised) add(element.care);
  for (const link of site.commons.connections) add(link.care);
  return used;
}
