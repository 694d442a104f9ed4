import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { pivotMds } from './pivot-mds.ts';
import { hash32, seededRandom } from './seeded.ts';

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

interface SimNode extends SimulationNodeDatum {
  id: string;
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
  const simLinks: SimulationLinkDatum<SimNode>[] = [];
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a === undefined || b === undefined || a === b) continue;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
    simLinks.push({ source: l.source, target: l.target });
  }
  const ticks = options.ticks ?? defaultTicks(nodes.length);
  const simNodes = startingPoints(ids, neighbours);
  const degreeOf = (end: string | number | SimNode) => neighbours[index.get(typeof end === 'object' ? end.id : String(end))!]!.length;

  const simulation = forceSimulation(simNodes)
    .randomSource(seededRandom(0x5eed))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((d) => d.id)
        // Hubs get room: the more connections, the longer their links.
        .distance((l) => SPACING * (1.2 + 0.4 * Math.sqrt(Math.max(degreeOf(l.source), degreeOf(l.target))))),
    )
    .force('charge', forceManyBody<SimNode>().strength(-SPACING * 4).theta(0.9).distanceMax(SPACING * 20))
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04))
    .velocityDecay(0.6)
    .alpha(START_ALPHA)
    .alphaDecay(1 - Math.pow(0.001 / START_ALPHA, 1 / ticks))
    .stop();
  simulation.tick(ticks);
  // A last, gentle pass that only pushes overlapping symbols apart.
  simulation.force('charge', null).force('collide', forceCollide<SimNode>(SPACING * 0.45).strength(0.7)).alpha(0.05).alphaDecay(0.1).tick(COLLIDE_TICKS);

  const positions = new Map<string, Point>();
  for (const node of simNodes) positions.set(node.id, { x: round(node.x ?? 0), y: round(node.y ?? 0) });
  return positions;
}

/** Cool enough to keep the structure pivot MDS found, warm enough to untangle it. */
const START_ALPHA = 0.2;
const COLLIDE_TICKS = 30;

function startingPoints(ids: readonly string[], neighbours: readonly number[][]): SimNode[] {
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
  return ids.map((id, i) => {
    // Elements with the same distances (leaves of one hub) would coincide: part them by id.
    const a = (2 * Math.PI * hash32(id)) / 4294967296;
    const r = SPACING * (0.5 + hash32(id, 0x9e3779b9) / 4294967296);
    return { id, x: x[i]! * scale + r * Math.cos(a), y: y[i]! * scale + r * Math.sin(a) };
  });
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
