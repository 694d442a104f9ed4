import { bodiesAt, step, type Bodies } from './bodies.ts';
import { Collide } from './collide.ts';
import { ManyBody } from './many-body.ts';
import { pivotMds } from './pivot-mds.ts';
import { hash32, seededRandom } from './seeded.ts';
import { pullTowards, Springs } from './springs.ts';

export interface LayoutNode {
  id: string;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Ticks of the simulation; fewer for large maps. Default chosen from the size. */
  ticks?: number;
}

/** Space each element is given, in layout units. */
const SPACING = 26;

/**
 * Lays the map out once, headless and deterministic. A pivot-MDS layout (a
 * continuous function of the graph) gives the starting points, nudged apart by
 * a direction derived from each id (never its index); a short, cool force
 * simulation then tidies it. Because the start depends on the graph and not on
 * chance, adding or removing one element moves the others only a little, and
 * the same content gives the same bytes.
 */
export function layoutMap(nodes: readonly LayoutNode[], links: readonly LayoutLink[], options: LayoutOptions = {}): Map<string, Point> {
  const ids = nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours: number[][] = ids.map(() => []);
  const ends: [number, number][] = [];
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a === undefined || b === undefined || a === b) continue;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
    ends.push([a, b]);
  }
  const ticks = options.ticks ?? defaultTicks(nodes.length);
  const bodies = startingPoints(ids, neighbours);
  const random = seededRandom(0x5eed);
  // Hubs get room: the more connections, the longer their links.
  const springs = new Springs(ids.length, ends, (a, b) => SPACING * (1.2 + 0.4 * Math.sqrt(Math.max(neighbours[a]!.length, neighbours[b]!.length))));
  const centre = new Float64Array(ids.length);
  const charge = new ManyBody(ids.length, { strength: -SPACING * 4, theta: 0.9, distanceMax: SPACING * 20 });

  // The schedule of d3-force's simulation: alpha cools geometrically from START_ALPHA to 0.001.
  let alpha = START_ALPHA;
  const cooling = Math.pow(0.001 / START_ALPHA, 1 / ticks);
  for (let tick = 0; tick < ticks; tick++) {
    alpha *= cooling;
    springs.apply(bodies, alpha, random);
    charge.apply(bodies, alpha, random);
    pullTowards(bodies, centre, centre, alpha, CENTRE_PULL);
    step(bodies, KEEP_VELOCITY);
  }
  // A last, gentle pass that only pushes overlapping symbols apart.
  const collide = new Collide(ids.length, SPACING * 0.45, 0.7);
  alpha = 0.05;
  for (let tick = 0; tick < COLLIDE_TICKS; tick++) {
    alpha *= 0.9;
    springs.apply(bodies, alpha, random);
    pullTowards(bodies, centre, centre, alpha, CENTRE_PULL);
    collide.apply(bodies, random);
    step(bodies, KEEP_VELOCITY);
  }

  const positions = new Map<string, Point>();
  ids.forEach((id, i) => positions.set(id, { x: round(bodies.x[i]!), y: round(bodies.y[i]!) }));
  return positions;
}

/** Cool enough to keep the structure pivot MDS found, warm enough to untangle it. */
const START_ALPHA = 0.2;
const COLLIDE_TICKS = 30;
const CENTRE_PULL = 0.04;
/** d3-force's `velocityDecay(0.6)`: each tick keeps 40 % of the velocity. */
const KEEP_VELOCITY = 0.4;

function startingPoints(ids: readonly string[], neighbours: readonly number[][]): Bodies {
  const { x, y } = pivotMds(ids, neighbours);
  let edgeLength = 0;
  let edges = 0;
  neighbours.forEach((list, a) => {
    for (const b of list) {
      edgeLength += Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!);
      edges++;
    }
  });
  const mean = edges > 0 ? edgeLength / edges : 0;
  const scale = mean > 0 ? (SPACING * 2.4) / mean : 1;
  ids.forEach((id, i) => {
    // Elements with the same distances (leaves of one hub) would coincide: part them by id.
    const a = (2 * Math.PI * hash32(id)) / 4294967296;
    const r = SPACING * (0.5 + hash32(id, 0x9e3779b9) / 4294967296);
    x[i] = x[i]! * scale + r * Math.cos(a);
    y[i] = y[i]! * scale + r * Math.sin(a);
  });
  return bodiesAt(x, y);
}

/** Enough ticks to settle small maps well; fewer for large ones, where each tick costs O(n log n). */
function defaultTicks(count: number): number {
  if (count <= 2_000) return 300;
  if (count <= 8_000) return 200;
  return 120;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
