import type { NamedElement, PublicConnection } from '../core/projection/public-commons.ts';
import type { CareVocabulary } from '../core/vocabulary/care-types.ts';

/**
 * The map data, published as `data/map.js` (map-data.ts): what the map page
 * loads when it opens, to draw and filter the map — positions, names, types,
 * maps, care and tags (both are filters), and the connections' ends, type and
 * care. Everything only read or searched (summaries, areas, contacts,
 * connection notes) is in `data/details.json` (details-file.ts), fetched when
 * first needed. The build makes it from the public graph file
 * (src/site/graph-file.ts), so it can hold nothing graph.json does not.
 */
export interface MapFile {
  maps: MapSummary[];
  careTypes: CareVocabulary;
  nodes: MapNode[];
  links: MapLink[];
}

/** A map of the site, as graph.json and map.js list it. */
export interface MapSummary {
  id: string;
  title: string;
  default: boolean;
  order: number;
}

/** An element: id, name (the alias when anonymised), type, position, and the filters' fields that are set. */
export type MapNode = Pick<NamedElement, 'id' | 'name' | 'type'> &
  Partial<Pick<NamedElement, 'care' | 'tags' | 'maps'>> & {
    x: number;
    y: number;
    /** Connections on the whole public graph, as graph.json has it (SPEC §4); the map counts its own (CareMapModel.degree). */
    degree?: number;
    /** Betweenness on the whole public graph; absent when 0. */
    betweenness?: number;
    anonymised?: true;
  };

/** A connection: its ends by their position in `nodes` (shorter to send and quicker to read than ids), care only when some flows. */
export type MapLink = Pick<PublicConnection, 'type'> & Partial<Pick<PublicConnection, 'care'>> & { source: number; target: number };
