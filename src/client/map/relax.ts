import { nodeRadius } from '../../appearance/node-size.ts';
import { seededRandom } from '../../core/layout/seeded.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';
import type { Shown } from '../../map/filters.ts';
import type { Positions } from './scene.ts';

/**
 * Above this many shown elements the build's positions are kept as they are:
 * a big remainder of the map reads well where it was. Below it, the cost
 * stays near RELAX_BUDGET element-ticks: a few milliseconds.
 */
export const RELAX_LIMIT = 400;
const RELAX_BUDGET = 12_000;

const LINK_DISTANCE = 42;
const LINK_STRENGTH = 0.35;
const CHARGE = -90;
/** Elements further apart than this do not push each other. */
const CHARGE_RANGE = 260;
/** Room kept around each symbol. */
const COLLIDE_PADDING = 7;
const COLLIDE_ITERATIONS = 2;
const VELOCITY_DECAY = 0.4;
/** Slack of the neighbour list, in layout units. */
const NEIGHBOUR_MARGIN = 40;

/**
 * Where the shown elements go once a filter or focus has hidden the rest: a
 * short, headless, seeded relaxation from their build positions, so what is
 * left draws together while each stays near where the reader last saw it.
 * Deterministic (same state, same picture), so a shared link looks the same.
 * Loaded on demand: the open map never needs it.
 *
 * The forces are d3-force's (links, many-body charge with a range, collision,
 * a pull towards home, the same velocity Verlet steps), written over typed
 * arrays with a grid for neighbours: the charge is summed exactly over the
 * elements in range rather than approximated with a quadtree, and a relaxation
 * costs a few milliseconds instead of tens, so it fits in the frame that shows
 * the filter's result.
 */
export function relaxedPositions(model: CareMapModel, shown: Shown, home: Positions): Positions {
  const x = Float64Array.from(home.x);
  const y = Float64Array.from(home.y);
  if (shown.nodeCount === model.nodes.length || shown.nodeCount > RELAX_LIMIT || shown.nodeCount < 2) return { x, y };
  const relaxation = new Relaxation(model, shown, home);
  relaxation.run();
  relaxation.index.forEach((i, b) => {
    x[i] = Math.round(relaxation.px[b]! * 10) / 10;
    y[i] = Math.round(relaxation.py[b]! * 10) / 10;
  });
  return { x, y };
}

/** The shown elements as bodies, and one short method per force: small functions the engine optimises within a few ticks. */
class Relaxation {
  /** Element index of each body. */
  readonly index: number[] = [];
  readonly px: Float64Array;
  readonly py: Float64Array;
  private readonly n: number;
  private readonly homeX: Float64Array;
  private readonly homeY: Float64Array;
  private readonly vx: Float64Array;
  private readonly vy: Float64Array;
  private readonly radius: Float64Array;
  /** Springs: body pairs, and each body's number of springs. */
  private readonly ends: Int32Array;
  private readonly springs: Float64Array;
  private readonly anchor: number;
  private readonly ticks: number;
  private readonly random = seededRandom(0x5eed);
  private alpha = 0.8;

  // Neighbour lists (Verlet's): the pairs within range plus a margin, kept until an element has moved — or is about
  // to move, for collisions, which look one step ahead — half the margin since they were made.
  private readonly grid: Grid;
  private readonly listedX: Float64Array;
  private readonly listedY: Float64Array;
  private readonly touching: number;
  private near: Pairs = { first: new Int32Array(0), second: new Int32Array(0), count: 0 };
  /** Of those, the pairs (their numbers in `near`) close enough to touch. */
  private close = new Int32Array(0);
  private closeCount = 0;
  private readonly qx: Float64Array;
  private readonly qy: Float64Array;

  constructor(model: CareMapModel, shown: Shown, home: Positions) {
    const body = new Int32Array(model.nodes.length).fill(-1);
    shown.nodes.forEach((on, i) => {
      if (!on) return;
      body[i] = this.index.length;
      this.index.push(i);
    });
    const n = (this.n = this.index.length);
    this.px = Float64Array.from(this.index, (i) => home.x[i]!);
    this.py = Float64Array.from(this.index, (i) => home.y[i]!);
    this.homeX = Float64Array.from(this.px);
    this.homeY = Float64Array.from(this.py);
    this.vx = new Float64Array(n);
    this.vy = new Float64Array(n);
    this.qx = new Float64Array(n);
    this.qy = new Float64Array(n);
    this.radius = Float64Array.from(this.index, (i) => nodeRadius(model.degree[i]!) + COLLIDE_PADDING);

    const ends: number[] = [];
    this.springs = new Float64Array(n);
    shown.links.forEach((on, l) => {
      const s = body[model.source[l]!]!;
      const t = body[model.target[l]!]!;
      if (!on || s < 0 || t < 0) return;
      ends.push(s, t);
      this.springs[s]!++;
      this.springs[t]!++;
    });
    this.ends = Int32Array.from(ends);

    // The fewer remain, the freer they are to gather.
    this.anchor = n / model.nodes.length > 0.6 ? 0.12 : 0.035;
    this.ticks = Math.max(40, Math.min(160, Math.round(RELAX_BUDGET / n)));
    this.grid = new Grid(n);
    this.listedX = new Float64Array(n);
    this.listedY = new Float64Array(n);
    this.touching = 2 * Math.max(...this.radius) + NEIGHBOUR_MARGIN;
  }

  run(): void {
    // Cool from 0.8 to the same end in however many ticks there are.
    const decay = 1 - Math.pow(0.03, 1 / this.ticks);
    for (let tick = 0; tick < this.ticks; tick++) {
      this.alpha += (0 - this.alpha) * decay;
      this.links();
      if (this.stale()) this.list();
      this.charge();
      for (let k = 0; k < COLLIDE_ITERATIONS; k++) this.collide();
      this.move();
    }
  }

  private jiggle(): number {
    return (this.random() - 0.5) * 1e-6;
  }

  /** Springs pull towards their length; each end gives way in proportion to the other's springs (d3's bias). */
  private links(): void {
    const { ends, px, py, vx, vy, springs, alpha } = this;
    for (let e = 0; e < ends.length; e += 2) {
      const s = ends[e]!;
      const t = ends[e + 1]!;
      let dx = px[t]! + vx[t]! - px[s]! - vx[s]! || this.jiggle();
      let dy = py[t]! + vy[t]! - py[s]! - vy[s]! || this.jiggle();
      let l = Math.sqrt(dx * dx + dy * dy);
      l = ((l - LINK_DISTANCE) / l) * alpha * LINK_STRENGTH;
      dx *= l;
      dy *= l;
      const bias = springs[s]! / (springs[s]! + springs[t]!);
      vx[t]! -= dx * bias;
      vy[t]! -= dy * bias;
      vx[s]! += dx * (1 - bias);
      vy[s]! += dy * (1 - bias);
    }
  }

  private stale(): boolean {
    const { n, px, py, vx, vy, listedX, listedY } = this;
    if (this.near.count === 0 && this.close.length === 0) return true;
    for (let i = 0; i < n; i++) {
      if (Math.hypot(px[i]! - listedX[i]!, py[i]! - listedY[i]!) + Math.hypot(vx[i]!, vy[i]!) > NEIGHBOUR_MARGIN / 2) return true;
    }
    return false;
  }

  private list(): void {
    const { px, py, touching } = this;
    const near = (this.near = this.grid.pairs(px, py, CHARGE_RANGE + NEIGHBOUR_MARGIN));
    this.listedX.set(px);
    this.listedY.set(py);
    if (this.close.length < Math.max(near.count, 1)) this.close = new Int32Array(Math.max(near.count, 1));
    let count = 0;
    for (let p = 0; p < near.count; p++) {
      const dx = px[near.second[p]!]! - px[near.first[p]!]!;
      const dy = py[near.second[p]!]! - py[near.first[p]!]!;
      if (dx * dx + dy * dy < touching * touching) this.close[count++] = p;
    }
    this.closeCount = count;
  }

  /** d3's many-body force: v += (other − self) × strength × alpha / distance² (never under 1), for every other element in range. */
  private charge(): void {
    const { px, py, vx, vy, alpha } = this;
    const { first, second, count } = this.near;
    for (let p = 0; p < count; p++) {
      const i = first[p]!;
      const j = second[p]!;
      let dx = px[j]! - px[i]!;
      let dy = py[j]! - py[i]!;
      let d2 = dx * dx + dy * dy;
      if (d2 >= CHARGE_RANGE * CHARGE_RANGE) continue;
      if (d2 === 0) {
        dx = this.jiggle();
        dy = this.jiggle();
        d2 = dx * dx + dy * dy;
      }
      const w = (CHARGE * alpha) / Math.max(d2, 1);
      vx[i]! += dx * w;
      vy[i]! += dy * w;
      vx[j]! -= dx * w;
      vy[j]! -= dy * w;
    }
  }

  /** Overlapping symbols push apart, judged where they will be after this tick's velocity, as d3's collision does. */
  private collide(): void {
    const { n, px, py, vx, vy, qx, qy, radius, close, closeCount } = this;
    const { first, second } = this.near;
    for (let i = 0; i < n; i++) {
      qx[i] = px[i]! + vx[i]!;
      qy[i] = py[i]! + vy[i]!;
    }
    for (let c = 0; c < closeCount; c++) {
      const p = close[c]!;
      const i = first[p]!;
      const j = second[p]!;
      const r = radius[i]! + radius[j]!;
      let dx = qx[j]! - qx[i]!;
      let dy = qy[j]! - qy[i]!;
      let d2 = dx * dx + dy * dy;
      if (d2 >= r * r) continue;
      if (d2 === 0) {
        dx = this.jiggle();
        dy = this.jiggle();
        d2 = dx * dx + dy * dy;
      }
      const d = Math.sqrt(d2);
      const push = (r - d) / d;
      const ri2 = radius[i]! * radius[i]!;
      const share = ri2 / (ri2 + radius[j]! * radius[j]!);
      // Each gives way by the other's share: the smaller moves more.
      vx[j]! += dx * push * share;
      vy[j]! += dy * push * share;
      vx[i]! -= dx * push * (1 - share);
      vy[i]! -= dy * push * (1 - share);
    }
  }

  /** The pull towards home, then the step: velocity, damped. */
  private move(): void {
    const { n, px, py, vx, vy, homeX, homeY, alpha } = this;
    const pull = this.anchor * alpha;
    for (let i = 0; i < n; i++) {
      vx[i]! += (homeX[i]! - px[i]!) * pull;
      vy[i]! += (homeY[i]! - py[i]!) * pull;
      px[i]! += vx[i]! *= 1 - VELOCITY_DECAY;
      py[i]! += vy[i]! *= 1 - VELOCITY_DECAY;
    }
  }
}

interface Pairs {
  first: Int32Array;
  second: Int32Array;
  count: number;
}

/** At most this many cells a side: a spread-out remainder gets bigger cells, not millions of them. */
const MAX_CELLS = 256;

/** A uniform grid of square cells, to find the pairs of points closer than a distance without testing every pair. */
class Grid {
  private readonly cellOf: Int32Array;
  private readonly order: Int32Array;
  private first: Int32Array = new Int32Array(1024);
  private second: Int32Array = new Int32Array(1024);

  constructor(private readonly n: number) {
    this.cellOf = new Int32Array(n);
    this.order = new Int32Array(n);
  }

  /** Every pair of points (i < j in no particular order) within `range` of each other, each pair once. */
  pairs(x: Float64Array, y: Float64Array, range: number): Pairs {
    const { n, cellOf, order } = this;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]!);
      maxX = Math.max(maxX, x[i]!);
      minY = Math.min(minY, y[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    const size = Math.max(range, (maxX - minX) / MAX_CELLS, (maxY - minY) / MAX_CELLS, 1e-9);
    const columns = Math.floor((maxX - minX) / size) + 1;
    const rows = Math.floor((maxY - minY) / size) + 1;
    // Points sorted by cell (a counting sort): cell c holds order[start[c]] … order[start[c + 1] − 1].
    const start = new Int32Array(columns * rows + 1);
    for (let i = 0; i < n; i++) {
      const c = Math.floor((y[i]! - minY) / size) * columns + Math.floor((x[i]! - minX) / size);
      cellOf[i] = c;
      start[c + 1]!++;
    }
    for (let c = 0; c < columns * rows; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, columns * rows);
    for (let i = 0; i < n; i++) order[fill[cellOf[i]!]!++] = i;

    const range2 = range * range;
    let count = 0;
    const add = (i: number, j: number) => {
      const dx = x[j]! - x[i]!;
      const dy = y[j]! - y[i]!;
      if (dx * dx + dy * dy >= range2) return;
      if (count === this.first.length) {
        this.first = grow(this.first);
        this.second = grow(this.second);
      }
      this.first[count] = i;
      this.second[count++] = j;
    };
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const c = row * columns + column;
        for (let a = start[c]!; a < start[c + 1]!; a++) {
          const i = order[a]!;
          // Within the cell, each pair once; then the cells to the right and below, so each pair of cells is seen once.
          for (let b = a + 1; b < start[c + 1]!; b++) add(i, order[b]!);
          for (const [dc, dr] of HALF_NEIGHBOURS) {
            const nc = column + dc;
            const nr = row + dr;
            if (nc < 0 || nc >= columns || nr >= rows) continue;
            const other = nr * columns + nc;
            for (let b = start[other]!; b < start[other + 1]!; b++) add(i, order[b]!);
          }
        }
      }
    }
    return { first: this.first, second: this.second, count };
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

const HALF_NEIGHBOURS: readonly [number, number][] = [
  [1, 0],
  [-1, 1],
  [0, 1],
  [1, 1],
];
