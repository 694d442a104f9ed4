/**
 * The moving state of a layout: position and velocity of every element, by
 * index, in typed arrays. A force adds to the velocities; `step` moves.
 */
export interface Bodies {
  readonly count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
}

export function bodiesAt(x: Float64Array, y: Float64Array): Bodies {
  return { count: x.length, x, y, vx: new Float64Array(x.length), vy: new Float64Array(x.length) };
}

/** As d3-force's simulation: velocities decay, then positions move by them. */
export function step(bodies: Bodies, keep: number): void {
  const { count, x, y, vx, vy } = bodies;
  for (let i = 0; i < count; i++) {
    vx[i]! *= keep;
    vy[i]! *= keep;
    x[i]! += vx[i]!;
    y[i]! += vy[i]!;
  }
}

/** A tiny push apart for two points that coincide, as d3-force's `jiggle`. */
export function jiggle(random: () => number): number {
  return (random() - 0.5) * 1e-6;
}
