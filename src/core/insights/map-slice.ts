import type { PublicCommons, PublicConnection, PublicElement } from '../projection/public-commons.ts';

/** The part of the public commons one map shows: its elements, and the connections whose two ends are on it. */
export interface MapSlice {
  mapId: string;
  elements: readonly PublicElement[];
  byId: ReadonlyMap<string, PublicElement>;
  connections: readonly PublicConnection[];
}

/** As the map draws it (src/map/care-map-model.ts): an element without `maps` is on every map. */
export function mapSlice(commons: Pick<PublicCommons, 'elements' | 'connections'>, mapId: string): MapSlice {
  const elements = commons.elements.filter((e) => !e.maps || e.maps.includes(mapId));
  const byId = new Map(elements.map((e) => [e.id, e]));
  const connections = commons.connections.filter((c) => byId.has(c.source) && byId.has(c.target));
  return { mapId, elements, byId, connections };
}

/** The whole public commons as one graph (graph.json, the exports). */
export function wholeCommons(commons: Pick<PublicCommons, 'elements' | 'connections'>): MapSlice {
  return { mapId: '', elements: commons.elements, byId: new Map(commons.elements.map((e) => [e.id, e])), connections: commons.connections };
}
