import { jiggle, type Bodies } from './bodies.ts';
import { NeighbourList } from './neighbour-list.ts';

/**
 * Pushes apart symbols that overlap, as d3-force's `forceCollide` does (each
 * judged where it will be after this tick's velocity; the smaller gives way
 * more), with the pairs that could touch kept in a neighbour list instead of
 * a quadtree searched every tick. Every symbol has the same radius, or each
 * its own.
 */
export class Collide {
  private readonly radius: Float64Array;
  private readonly strength: number;
  private readonly near: NeighbourList;
  private readonly qx: Float64Array;
  private readonly qy: Float64Array;

  constructor(count: number, radius: number | Float64Array, strength: number) {
    this.radius = typeof radius === 'number' ? new Float64Array(count).fill(radius) : radius;
    this.strength = strength;
    const largest = this.radius.reduce((a, b) => Math.max(a, b), 0);
    this.near = new NeighbourList(count, 2 * largest, SLACK);
    this.qx = new Float64Array(count);
    this.qy = new Float64Array(count);
  }

  apply(bodies: Bodies, random: () => number): void {
    const { count, x, y, vx, vy } = bodies;
    if (count < 2) return;
    const { radius, strength, near, qx, qy } = this;
    near.update(bodies);
    for (let i = 0; i < count; i++) {
      qx[i] = x[i]! + vx[i]!;
      qy[i] = y[i]! + vy[i]!;
    }
    const { first, second } = near;
    for (let p = 0; p < near.count; p++) {
      const i = first[p]!;
      const j = second[p]!;
      const r = radius[i]! + radius[j]!;
      let dx = qx[i]! - qx[j]!;
      let dy = qy[i]! - qy[j]!;
      let l = dx * dx + dy * dy;
      if (l >= r * r) continue;
      if (dx === 0) (dx = jiggle(random)), (l += dx * dx);
      if (dy === 0) (dy = jiggle(random)), (l += dy * dy);
      l = Math.sqrt(l);
      const push = ((r - l) / l) * strength;
      // Each gives way by the other's share of the two areas: the smaller moves more (equal radii: half each).
      const ri2 = radius[i]! * radius[i]!;
      const share = (radius[j]! * radius[j]!) / (ri2 + radius[j]! * radius[j]!);
      vx[i]! += dx * push * share;
      vy[i]! += dy * push * share;
      vx[j]! -= dx * push * (1 - share);
      vy[j]! -= dy * push * (1 - share);
    }
  }
}

/** Slack of the neighbour list, in layout units: about two symbols. */
const SLACK = 40;
