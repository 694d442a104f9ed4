import type Graph from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';

/** The node index the routine numbers elements by (graphology-indices' NeighborhoodIndex). */
interface WithIndex {
  index: { collect(values: ArrayLike<number>): Record<string, number> };
}

/**
 * Betweenness estimated from `sources` shortest-path trees instead of one per
 * element (Brandes and Pich, "Centrality estimation in large networks",
 * 2007): each tree's dependencies are accumulated as in Brandes' algorithm
 * and the sum is scaled by n / sources, then normalised as the exact measure
 * is. graphology-metrics computes only the exact measure, a tree from every
 * element, so this drives the same shortest-path routine
 * (graphology-shortest-path's indexed Brandes) from a sample. The sources are
 * spread evenly over the elements in id order, so a build gives the same
 * numbers every time.
 */
export function sampledBetweenness(graph: Graph, sources: number): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const centrality = new Float64Array(n);
  const delta = new Float64Array(n);
  const k = Math.max(1, Math.min(sources, n));
  for (let s = 0; s < k; s++) {
    const source = Math.floor(((s + 0.5) * n) / k);
    const [stack, predecessors, sigma] = brandes(source);
    stack.forEach((v) => (delta[v] = 0));
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centrality[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  // The typings put `index` on the factory; the library sets it on the function it returns.
  return (brandes as unknown as WithIndex).index.collect(centrality);
}
