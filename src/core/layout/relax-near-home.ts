import { bodiesAt, step } from './bodies.ts';
import { Collide } from './collide.ts';
import { NearCharge } from './near-charge.ts';
import { seededRandom } from './seeded.ts';
import { pullTowards, Springs } from './springs.ts';

export interface RelaxOptions {
  /** Each element's radius, room around it included. */
  radius: Float64Array;
  /** Connections between them, by index. */
  ends: readonly (readonly [number, number])[];
  /** How hard each is held to where it started: the fewer remain of a map, the freer they are to gather. */
  anchor: number;
}

/** Element-ticks a relaxation may cost: a few milliseconds at any size. */
const BUDGET = 12_000;
const LINK_DISTANCE = 42;
const LINK_STRENGTH = 0.35;
const CHARGE = -90;
/** Elements further apart than this do not push each other. */
const CHARGE_RANGE = 260;
const COLLIDE_ITERATIONS = 2;
/** d3-force's `velocityDecay(0.4)`. */
const KEEP_VELOCITY = 0.6;

/**
 * A short, headless, seeded relaxation of a few elements from where they
 * are (`x`, `y`, moved in place): connections pull, elements in range push,
 * overlapping symbols part, and each is pulled back towards its start. The
 * same engine as the build's layout, warmer and with a home for everyone:
 * the browser uses it to gather what a filter leaves shown.
 */
export function relaxNearHome(x: Float64Array, y: Float64Array, options: RelaxOptions): void {
  const count = x.length;
  if (count < 2) return;
  const homeX = Float64Array.from(x);
  const homeY = Float64Array.from(y);
  const bodies = bodiesAt(x, y);
  const random = seededRandom(0x5eed);
  const springs = new Springs(count, options.ends, () => LINK_DISTANCE, LINK_STRENGTH);
  const charge = new NearCharge(count, CHARGE, CHARGE_RANGE);
  const collide = new Collide(count, options.radius, 1);
  const ticks = Math.max(40, Math.min(160, Math.round(BUDGET / count)));
  // Cool from 0.8 to the same end in however many ticks there are, as d3-force's schedule.
  const cooling = 1 - Math.pow(0.03, 1 / ticks);
  let alpha = 0.8;
  for (let tick = 0; tick < ticks; tick++) {
    alpha -= alpha * cooling;
    springs.apply(bodies, alpha, random);
    charge.apply(bodies, alpha, random);
    for (let k = 0; k < COLLIDE_ITERATIONS; k++) collide.apply(bodies, random);
    pullTowards(bodies, homeX, homeY, alpha, options.anchor);
    step(bodies, KEEP_VELOCITY);
  }
}
