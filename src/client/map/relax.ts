import { nodeRadius } from '../../appearance/node-size.ts';
import { relaxNearHome } from '../../core/layout/relax-near-home.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';
import type { Shown } from '../../map/filters.ts';
import type { Positions } from './scene.ts';

/**
 * Above this many shown elements the build's positions are kept as they are:
 * a big remainder of the map reads well where it was. Below it, a relaxation
 * costs a few milliseconds.
 */
export const RELAX_LIMIT = 400;

/** Room kept around each symbol. */
const COLLIDE_PADDING = 7;

/**
 * Where the shown elements go once a filter or focus has hidden the rest: a
 * short, headless, seeded relaxation from their build positions
 * (`relaxNearHome`, the build's own force engine), so what is left draws
 * together while each stays near where the reader last saw it.
 * Deterministic (same state, same picture), so a shared link looks the same.
 * Loaded on demand: the open map never needs it.
 */
export function relaxedPositions(model: CareMapModel, shown: Shown, home: Positions): Positions {
  const x = Float64Array.from(home.x);
  const y = Float64Array.from(home.y);
  if (shown.nodeCount === model.nodes.length || shown.nodeCount > RELAX_LIMIT || shown.nodeCount < 2) return { x, y };
  // Element index of each body, and body of each shown element.
  const index: number[] = [];
  const body = new Int32Array(model.nodes.length).fill(-1);
  shown.nodes.forEach((on, i) => {
    if (!on) return;
    body[i] = index.length;
    index.push(i);
  });
  const ends: [number, number][] = [];
  shown.links.forEach((on, l) => {
    const s = body[model.source[l]!]!;
    const t = body[model.target[l]!]!;
    if (on && s >= 0 && t >= 0) ends.push([s, t]);
  });
  const px = Float64Array.from(index, (i) => home.x[i]!);
  const py = Float64Array.from(index, (i) => home.y[i]!);
  relaxNearHome(px, py, {
    radius: Float64Array.from(index, (i) => nodeRadius(model.degree[i]!) + COLLIDE_PADDING),
    ends,
    // The fewer remain, the freer they are to gather.
    anchor: index.length / model.nodes.length > 0.6 ? 0.12 : 0.035,
  });
  index.forEach((i, b) => {
    x[i] = Math.round(px[b]! * 10) / 10;
    y[i] = Math.round(py[b]! * 10) / 10;
  });
  return { x, y };
}
