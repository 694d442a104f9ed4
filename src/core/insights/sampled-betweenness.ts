/**
 * Betweenness estimated from `sources` shortest-path trees instead of one per
 * element (Brandes and Pich, "Centrality estimation in large networks",
 * 2007): each tree's dependencies are accumulated as in Brandes' algorithm,
 * the sum scaled by n / sources and normalised as the exact measure is.
 *
 * Written here rather than driven through graphology: graphology-metrics has
 * only the exact measure, and graphology-shortest-path's routine allocates a
 * predecessor list for every element on every tree, which at 5,000 elements
 * spent more time collecting garbage than searching (README, "Care
 * insights"). This works on the graph as flat arrays (compressed adjacency),
 * allocates nothing per tree, and finds predecessors as the neighbours one
 * step nearer the source. The sources are spread evenly over the elements in
 * the order given, so a build gives the same numbers every time.
 *
 * `ends` lists each pair once, as indices into the n elements.
 */
export function sampledBetweenness(n: number, ends: readonly (readonly [number, number])[], sources: number): Float64Array {
  const offsets = new Int32Array(n + 1);
  for (const [a, b] of ends) {
    offsets[a + 1]!++;
    offsets[b + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const neighbours = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (const [a, b] of ends) {
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }

  const centrality = new Float64Array(n);
  const distance = new Int32Array(n);
  const paths = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const k = Math.max(1, Math.min(sources, n));
  for (let s = 0; s < k; s++) {
    const source = Math.floor(((s + 0.5) * n) / k);
    distance.fill(-1);
    paths.fill(0);
    delta.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    // Breadth first: `order` is both the queue and, read backwards, the stack.
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) paths[w]! += paths[v]!;
      }
    }
    for (let q = tail - 1; q > 0; q--) {
      const w = order[q]!;
      const coefficient = (1 + delta[w]!) / paths[w]!;
      const previous = distance[w]! - 1;
      for (let j = offsets[w]!; j < offsets[w + 1]!; j++) {
        const v = neighbours[j]!;
        if (distance[v] === previous) delta[v]! += paths[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}
