import { jiggle, type Bodies } from './bodies.ts';
import { NeighbourList } from './neighbour-list.ts';

/**
 * d3-force's many-body force for equal charges, summed exactly over the
 * elements within a range (kept in a neighbour list), with no quadtree: for
 * a few hundred elements spread over a map, several times faster than
 * `ManyBody`'s Barnes–Hut walk, which pays off only when thousands are in range.
 */
export class NearCharge {
  private readonly near: NeighbourList;

  constructor(
    count: number,
    private readonly strength: number,
    private readonly range: number,
  ) {
    this.near = new NeighbourList(count, range, SLACK);
  }

  apply(bodies: Bodies, alpha: number, random: () => number): void {
    const { x, y, vx, vy } = bodies;
    const { near, range } = this;
    near.update(bodies);
    const { first, second } = near;
    const charge = this.strength * alpha;
    for (let p = 0; p < near.count; p++) {
      const i = first[p]!;
      const j = second[p]!;
      let dx = x[j]! - x[i]!;
      let dy = y[j]! - y[i]!;
      let l = dx * dx + dy * dy;
      if (l >= range * range) continue;
      if (dx === 0) (dx = jiggle(random)), (l += dx * dx);
      if (dy === 0) (dy = jiggle(random)), (l += dy * dy);
      // d3's distanceMin of 1.
      if (l < 1) l = Math.sqrt(l);
      const w = charge / l;
      vx[i]! += dx * w;
      vy[i]! += dy * w;
      vx[j]! -= dx * w;
      vy[j]! -= dy * w;
    }
  }
}

/** Slack of the neighbour list, in layout units. */
const SLACK = 40;
