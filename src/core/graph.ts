import type { CareCommons, CareElement, Connection } from './model.ts';
import type { ElementId } from './slug.ts';

/**
 * The care network as a graph: elements by id and each element's connections,
 * computed once so that nothing downstream walks the whole list again.
 */
export interface CareGraph {
  elements: ReadonlyMap<ElementId, CareElement>;
  connections: readonly Connection[];
  /** Connections touching each element, in either direction. */
  adjacency: ReadonlyMap<ElementId, readonly Connection[]>;
}

export function buildGraph(commons: Pick<CareCommons, 'elements' | 'connections'>): CareGraph {
  const elements = new Map(commons.elements.map((e) => [e.id, e]));
  const adjacency = new Map<ElementId, Connection[]>(commons.elements.map((e) => [e.id, []]));
  for (const connection of commons.connections) {
    adjacency.get(connection.from)?.push(connection);
    if (connection.to !== connection.from) adjacency.get(connection.to)?.push(connection);
  }
  return { elements, connections: commons.connections, adjacency };
}

/** The element at the other end of a connection. */
export function otherEnd(connection: Connection, id: ElementId): ElementId {
  return connection.from === id ? connection.to : connection.from;
}

export function degree(graph: CareGraph, id: ElementId): number {
  return graph.adjacency.get(id)?.length ?? 0;
}
