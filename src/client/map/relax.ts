import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { nodeRadius } from '../../appearance/node-size.ts';
import { seededRandom } from '../../core/layout/seeded.ts';
import type { CareMapModel } from './care-map-model.ts';
import type { Shown } from './filters.ts';
import type { Positions } from './map-renderer.ts';

/**
 * Above this many shown elements the build's positions are kept as they are:
 * relaxing is O(n log n) a tick on the main thread, and a big remainder of
 * the map reads well where it was anyway. Below it, the cost stays near
 * RELAX_BUDGET node-ticks (a few tens of milliseconds).
 */
export const RELAX_LIMIT = 400;
const RELAX_BUDGET = 12_000;

interface Body extends SimulationNodeDatum {
  i: number;
  homeX: number;
  homeY: number;
}

/**
 * Where the shown elements go once a filter or focus has hidden the rest: a
 * short, headless, seeded relaxation from their build positions, so what is
 * left draws together while each stays near where the reader last saw it.
 * Deterministic (same state, same picture), so a shared link looks the same.
 * Loaded on demand: the open map never needs it.
 */
export function relaxedPositions(model: CareMapModel, shown: Shown, home: Positions): Positions {
  const x = Float64Array.from(home.x);
  const y = Float64Array.from(home.y);
  if (shown.nodeCount === model.nodes.length || shown.nodeCount > RELAX_LIMIT || shown.nodeCount < 2) return { x, y };

  const bodies: Body[] = [];
  const at = new Map<number, Body>();
  shown.nodes.forEach((on, i) => {
    if (!on) return;
    const body: Body = { i, x: x[i]!, y: y[i]!, homeX: x[i]!, homeY: y[i]! };
    bodies.push(body);
    at.set(i, body);
  });
  const links: SimulationLinkDatum<Body>[] = [];
  shown.links.forEach((on, l) => {
    if (on) links.push({ source: at.get(model.source[l]!)!, target: at.get(model.target[l]!)! });
  });
  // The fewer remain, the freer they are to gather.
  const anchor = shown.nodeCount / model.nodes.length > 0.6 ? 0.12 : 0.035;
  const ticks = Math.max(40, Math.min(160, Math.round(RELAX_BUDGET / bodies.length)));
  const simulation = forceSimulation(bodies)
    .randomSource(seededRandom(0x5eed))
    .force('link', forceLink<Body, SimulationLinkDatum<Body>>(links).distance(42).strength(0.35))
    .force('charge', forceManyBody<Body>().strength(-90).distanceMax(260))
    .force('collide', forceCollide<Body>((b) => nodeRadius(model.degree[b.i]!) + 7).iterations(2))
    .force('x', forceX<Body>((b) => b.homeX).strength(anchor))
    .force('y', forceY<Body>((b) => b.homeY).strength(anchor))
    .alpha(0.8)
    // Cool to the same end in however many ticks there are.
    .alphaDecay(1 - Math.pow(0.03, 1 / ticks))
    .stop();
  simulation.tick(ticks);
  for (const b of bodies) {
    x[b.i] = Math.round(b.x! * 10) / 10;
    y[b.i] = Math.round(b.y! * 10) / 10;
  }
  return { x, y };
}
