import { hash32 } from './seeded.ts';

/**
 * Pivot MDS (Brandes & Pich, 2006): a deterministic first layout from graph
 * distances to a few pivot elements, in O(k·(n+m)). It is a continuous
 * function of the graph, so adding or removing one element changes it only a
 * little — the property that keeps the published map "staying put".
 * Pivots are the elements with the smallest id hashes: a new element changes
 * the set only when its own hash is among the smallest.
 */
export function pivotMds(ids: readonly string[], neighbours: readonly (readonly number[])[], pivotCount = 40): { x: Float64Array; y: Float64Array } {
  const n = ids.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n < 3) return { x, y };
  const k = Math.min(n, pivotCount);
  const order = ids.map((id, i) => ({ i, h: hash32(id, 0x51a7e) })).sort((a, b) => a.h - b.h || a.i - b.i);
  const pivots = order.slice(0, k).map((o) => o.i);

  // C: n×k double-centred squared distances.
  const c = new Float64Array(n * k);
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let j = 0; j < k; j++) {
    distance.fill(-1);
    let head = 0;
    let tail = 0;
    distance[pivots[j]!] = 0;
    queue[tail++] = pivots[j]!;
    let far = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const d = distance[v]!;
      if (d > far) far = d;
      for (const w of neighbours[v]!) {
        if (distance[w] === -1) {
          distance[w] = d + 1;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const d = distance[i]! >= 0 ? distance[i]! : far + 2;
      c[i * k + j] = d * d;
    }
  }
  const rowMean = new Float64Array(n);
  const colMean = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const v = c[i * k + j]!;
      rowMean[i]! += v / k;
      colMean[j]! += v / n;
      total += v / (n * k);
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) c[i * k + j] = -0.5 * (c[i * k + j]! - rowMean[i]! - colMean[j]! + total);

  // B = Cᵀ C (k×k); its top two eigenvectors by power iteration give the axes.
  const b = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const cp = c[i * k + p]!;
      if (cp === 0) continue;
      for (let q = p; q < k; q++) b[p * k + q]! += cp * c[i * k + q]!;
    }
  }
  for (let p = 0; p < k; p++) for (let q = 0; q < p; q++) b[p * k + q] = b[q * k + p]!;
  const first = powerIteration(b, k, undefined);
  const second = powerIteration(b, k, first);

  for (let i = 0; i < n; i++) {
    let sx = 0;
    let sy = 0;
    for (let j = 0; j < k; j++) {
      sx += c[i * k + j]! * first[j]!;
      sy += c[i * k + j]! * second[j]!;
    }
    x[i] = sx;
    y[i] = sy;
  }
  orient(ids, x);
  orient(ids, y);
  return { x, y };
}

function powerIteration(b: Float64Array, k: number, orthogonalTo: Float64Array | undefined): Float64Array {
  let v = new Float64Array(k);
  for (let i = 0; i < k; i++) v[i] = 1 + (i % 7) / 7;
  for (let iteration = 0; iteration < 200; iteration++) {
    if (orthogonalTo) {
      let dot = 0;
      for (let i = 0; i < k; i++) dot += v[i]! * orthogonalTo[i]!;
      for (let i = 0; i < k; i++) v[i]! -= dot * orthogonalTo[i]!;
    }
    const next = new Float64Array(k);
    for (let p = 0; p < k; p++) {
      let s = 0;
      for (let q = 0; q < k; q++) s += b[p * k + q]! * v[q]!;
      next[p] = s;
    }
    let norm = 0;
    for (let i = 0; i < k; i++) norm += next[i]! * next[i]!;
    norm = Math.sqrt(norm);
    if (norm === 0) return v;
    for (let i = 0; i < k; i++) next[i]! /= norm;
    v = next;
  }
  return v;
}

/** Eigenvectors have no sign: choose the one that a hash-weighted sum says, so it does not flip. */
function orient(ids: readonly string[], axis: Float64Array): void {
  let s = 0;
  for (let i = 0; i < ids.length; i++) s += axis[i]! * (hash32(ids[i]!, 0x0e1e) / 4294967296 - 0.5);
  if (s < 0) for (let i = 0; i < axis.length; i++) axis[i] = -axis[i]!;
}
