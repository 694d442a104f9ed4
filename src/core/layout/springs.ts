import { jiggle, type Bodies } from './bodies.ts';

/**
 * Connections as springs, with d3-force's `forceLink` rules: each pulls its
 * ends towards a rest length, with strength 1 / (the smaller end's number of
 * connections) unless one is given, and moves the less connected end more.
 */
export class Springs {
  private readonly source: Int32Array;
  private readonly target: Int32Array;
  private readonly length: Float64Array;
  private readonly strength: Float64Array;
  private readonly bias: Float64Array;

  constructor(count: number, ends: readonly (readonly [number, number])[], restLength: (source: number, target: number) => number, strength?: number) {
    const degree = new Int32Array(count);
    for (const [a, b] of ends) {
      degree[a]!++;
      degree[b]!++;
    }
    const m = ends.length;
    this.source = new Int32Array(m);
    this.target = new Int32Array(m);
    this.length = new Float64Array(m);
    this.strength = new Float64Array(m);
    this.bias = new Float64Array(m);
    ends.forEach(([a, b], i) => {
      this.source[i] = a;
      this.target[i] = b;
      this.length[i] = restLength(a, b);
      this.strength[i] = strength ?? 1 / Math.min(degree[a]!, degree[b]!);
      this.bias[i] = degree[a]! / (degree[a]! + degree[b]!);
    });
  }

  apply(bodies: Bodies, alpha: number, random: () => number): void {
    const { x, y, vx, vy } = bodies;
    for (let i = 0; i < this.source.length; i++) {
      const s = this.source[i]!;
      const t = this.target[i]!;
      let dx = x[t]! + vx[t]! - x[s]! - vx[s]! || jiggle(random);
      let dy = y[t]! + vy[t]! - y[s]! - vy[s]! || jiggle(random);
      const l = Math.sqrt(dx * dx + dy * dy);
      const k = ((l - this.length[i]!) / l) * alpha * this.strength[i]!;
      dx *= k;
      dy *= k;
      const b = this.bias[i]!;
      vx[t]! -= dx * b;
      vy[t]! -= dy * b;
      vx[s]! += dx * (1 - b);
      vy[s]! += dy * (1 - b);
    }
  }
}

/** A pull of every element towards its own place, as d3-force's `forceX(home)` and `forceY(home)`. */
export function pullTowards(bodies: Bodies, homeX: Float64Array, homeY: Float64Array, alpha: number, strength: number): void {
  const { count, x, y, vx, vy } = bodies;
  const k = strength * alpha;
  for (let i = 0; i < count; i++) {
    vx[i]! += (homeX[i]! - x[i]!) * k;
    vy[i]! += (homeY[i]! - y[i]!) * k;
  }
}
