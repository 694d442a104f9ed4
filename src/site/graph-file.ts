import { hasCare, type CareOffer } from '../core/model.ts';
import type { NamedElement, PublicConnection } from '../core/projection/public-commons.ts';
import type { CareVocabulary } from '../core/vocabulary/care-types.ts';
import type { ConnectionDetails, DetailsFile, ElementDetails } from '../map/details-file.ts';
import type { MapFile, MapSummary } from '../map/map-file.ts';
import { oncePer } from './once-per.ts';
import type { PublishedSite } from './published-site.ts';

/** `data/graph.json`: the public graph the map draws, with positions settled at build time. */
export interface GraphFile {
  maps: MapSummary[];
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
    /** Its betweenness on the public graph, all maps together (src/core/insights/network-measures.ts). */
    betweenness: number;
    anonymised?: true;
  };

/** A link is a public connection as it is. */
export type GraphLink = PublicConnection;

/** One graph file per prepared site: graph.json, map.js, details.json and every map page are made from it. */
export const graphFile: (site: PublishedSite) => GraphFile = oncePer(makeGraphFile);

function makeGraphFile(site: PublishedSite): GraphFile {
  const { commons, positions } = site;
  const measures = site.measures.byElement;
  const nodes = commons.elements.map((element): GraphNode => {
    const { x, y } = positions.get(element.id) ?? { x: 0, y: 0 };
    const { degree, betweenness } = measures.get(element.id)!;
    const base = { id: element.id, name: element.name, type: element.type, x, y, degree, betweenness };
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

/** The map data (data/map.js, src/map/map-file.ts) is written once and read by every map page (its filter counts): made once per graph file. */
export const mapFile: (graph: GraphFile) => MapFile = oncePer(makeMapFile);

function makeMapFile(graph: GraphFile): MapFile {
  const position = new Map(graph.nodes.map((node, i) => [node.id, i]));
  return {
    maps: graph.maps,
    careTypes: graph.careTypes,
    nodes: graph.nodes.map(({ id, name, type, x, y, degree, betweenness, anonymised, care, tags, maps }) => ({
      id,
      name,
      type,
      x,
      y,
      degree,
      ...(betweenness > 0 && { betweenness }),
      ...(anonymised && { anonymised }),
      ...(care && { care }),
      ...(tags && { tags }),
      ...(maps && { maps }),
    })),
    links: graph.links.map(({ source, target, type, care }) => ({
      source: position.get(source)!,
      target: position.get(target)!,
      type,
      ...(hasCare(care) && { care }),
    })),
  };
}

/** The text of data/details.json (src/map/details-file.ts). */
export function detailsFile(graph: GraphFile): DetailsFile {
  const elements: [string, ElementDetails][] = [];
  for (const { id, summary, area, website, contact, reviewed } of graph.nodes) {
    const details: ElementDetails = {
      ...(summary !== undefined && { summary }),
      ...(area !== undefined && { area }),
      ...(website !== undefined && { website }),
      ...(contact !== undefined && { contact }),
      ...(reviewed !== undefined && { reviewed }),
    };
    if (Object.keys(details).length > 0) elements.push([id, details]);
  }
  const connections: ConnectionDetails[] = [];
  for (const { source, target, type, role, since, note } of graph.links) {
    if (role === undefined && since === undefined && note === undefined) continue;
    connections.push({ source, target, type, ...(role !== undefined && { role }), ...(since !== undefined && { since }), ...(note !== undefined && { note }) });
  }
  // fromEntries defines each id as a property of its own, whatever it is called.
  return { elements: Object.fromEntries(elements), connections };
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
