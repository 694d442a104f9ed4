import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { sampledBetweenness } from './sampled-betweenness.ts';

/** Kumu's two network measures of one element, on one map. */
export interface ElementMeasures {
  /** Connections touching it (two connections of different types between the same pair count twice). */
  degree: number;
  /**
   * Share of the shortest paths between two other elements that pass through
   * it, from 0 to 1 (normalised by (n − 1)(n − 2)): how much it bridges parts
   * of the network that would otherwise be far apart.
   */
  betweenness: number;
}

/** How betweenness was worked out: exactly, or estimated from a sample of sources. */
export type BetweennessMethod = { kind: 'exact' } | { kind: 'sampled'; sources: number; of: number };

export interface NetworkMeasures {
  byElement: Map<string, ElementMeasures>;
  method: BetweennessMethod;
}

/**
 * Up to this many elements on a map betweenness is exact (graphology-metrics:
 * one shortest-path tree per element, O(n × connections)); above it, it is
 * estimated from SAMPLED_SOURCES trees. Measured on the benchmark's commons
 * (README, "Care insights"): exact, one map takes about 0.2 s at 1,000
 * elements, 1.1 s at 2,000 and 4.7 s at 5,000, and a site measures each map
 * and the whole commons; 128 sampled trees take about 0.1 s at 2,000 and put
 * every element above 1 % within about 7 % of its exact value.
 */
export const EXACT_BETWEENNESS_UP_TO = 1000;
export const SAMPLED_SOURCES = 128;

export interface MeasureOptions {
  exactUpTo?: number;
  sampledSources?: number;
}

/** Degree and betweenness of every element of one map, computed on the graph of who is connected to whom. */
export function networkMeasures(
  elementIds: readonly string[],
  connections: readonly { source: string; target: string }[],
  options: MeasureOptions = {},
): NetworkMeasures {
  const exactUpTo = options.exactUpTo ?? EXACT_BETWEENNESS_UP_TO;
  const index = new Map(elementIds.map((id, i) => [id, i]));
  const degree = new Int32Array(elementIds.length);
  // A shortest path goes through a pair once, however many kinds of connection join it.
  const pairs = new Map<number, [number, number]>();
  for (const { source, target } of connections) {
    const a = index.get(source)!;
    const b = index.get(target)!;
    degree[a]!++;
    if (a === b) continue;
    degree[b]!++;
    pairs.set(a < b ? a * elementIds.length + b : b * elementIds.length + a, [a, b]);
  }
  const n = elementIds.length;
  let method: BetweennessMethod = { kind: 'exact' };
  let betweenness: ArrayLike<number>;
  if (n <= exactUpTo) {
    const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
    for (const id of elementIds) graph.addNode(id);
    for (const [a, b] of pairs.values()) graph.addEdge(elementIds[a]!, elementIds[b]!);
    const exact = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    betweenness = elementIds.map((id) => exact[id] ?? 0);
  } else {
    const sources = Math.min(options.sampledSources ?? SAMPLED_SOURCES, n);
    betweenness = sampledBetweenness(n, [...pairs.values()], sources);
    method = { kind: 'sampled', sources, of: n };
  }
  const byElement = new Map<string, ElementMeasures>();
  elementIds.forEach((id, i) => byElement.set(id, { degree: degree[i]!, betweenness: roundMeasure(betweenness[i]!) }));
  return { byElement, method };
}

/** Three significant figures: enough to rank and compare, and the same bytes from one build to the next. */
export function roundMeasure(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(3));
}
