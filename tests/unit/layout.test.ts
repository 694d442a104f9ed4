import { describe, expect, it } from 'vitest';
import { bodiesAt } from '../../src/core/layout/bodies.ts';
import { Collide } from '../../src/core/layout/collide.ts';
import { layoutMap, type LayoutLink, type LayoutNode, type Point } from '../../src/core/layout/force-layout.ts';
import { ManyBody } from '../../src/core/layout/many-body.ts';
import { NearCharge } from '../../src/core/layout/near-charge.ts';
import { NeighbourList } from '../../src/core/layout/neighbour-list.ts';
import { relaxNearHome } from '../../src/core/layout/relax-near-home.ts';
import { seededRandom } from '../../src/core/layout/seeded.ts';

/** A care network in miniature: a few convening partners, members around each, ties within and across. */
function network(size: number, seed = 7): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const hubs = Math.max(2, Math.round(size / 100));
  const nodes = Array.from({ length: size }, (_, i) => ({ id: `${i < hubs ? 'partner' : 'member'}-${String(i).padStart(5, '0')}` }));
  const group = nodes.map((_, i) => (i < hubs ? i : pick(hubs)));
  const links: LayoutLink[] = [];
  for (let i = hubs; i < size; i++) {
    links.push({ source: nodes[i]!.id, target: nodes[group[i]!]!.id });
    const j = hubs + pick(size - hubs);
    if (j !== i && (group[j] === group[i] || random() < 0.15)) links.push({ source: nodes[i]!.id, target: nodes[j]!.id });
  }
  return { nodes, links };
}

const width = (positions: ReadonlyMap<string, Point>) => {
  const xs = [...positions.values()].map((p) => p.x);
  return Math.max(...xs) - Math.min(...xs);
};

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('layoutMap', () => {
  it('gives the same positions for the same graph, every one finite and rounded to 0.1', () => {
    const { nodes, links } = network(300);
    const first = layoutMap(nodes, links);
    expect([...layoutMap(nodes, links)]).toEqual([...first]);
    expect(first.size).toBe(300);
    for (const { x, y } of first.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 10) / 10).toBe(x);
    }
  });

  it('stays put: removing one element moves the others by a median under 2 % of the map width', () => {
    const { nodes, links } = network(1000);
    const before = layoutMap(nodes, links);
    const mapWidth = width(before);
    for (const gone of ['member-00100', 'member-00333', 'member-00500', 'member-00777', 'member-00999']) {
      const after = layoutMap(
        nodes.filter((n) => n.id !== gone),
        links.filter((l) => l.source !== gone && l.target !== gone),
      );
      const moves = [...after].map(([id, p]) => Math.hypot(p.x - before.get(id)!.x, p.y - before.get(id)!.y));
      expect(median(moves) / mapWidth, `removing ${gone}`).toBeLessThan(0.02);
    }
  });

  it('leaves no two symbols on top of each other', () => {
    const { nodes, links } = network(1000);
    const points = [...layoutMap(nodes, links).values()];
    let close = 0;
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) if (Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y) < 8) close++;
    }
    expect(close).toBe(0);
  });

  it('lays out the trivial maps', () => {
    expect([...layoutMap([], [])]).toEqual([]);
    expect(layoutMap([{ id: 'one' }], []).size).toBe(1);
    const two = layoutMap([{ id: 'a' }, { id: 'b' }], [{ source: 'a', target: 'b' }, { source: 'a', target: 'nowhere' }]);
    expect(Math.hypot(two.get('a')!.x - two.get('b')!.x, two.get('a')!.y - two.get('b')!.y)).toBeGreaterThan(10);
  });
});

describe('ManyBody (Barnes–Hut)', () => {
  /** The exact O(n²) sum the quadtree approximates. */
  function exact(x: Float64Array, y: Float64Array, strength: number, distanceMax: number): { vx: Float64Array; vy: Float64Array } {
    const vx = new Float64Array(x.length);
    const vy = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      for (let j = 0; j < x.length; j++) {
        if (i === j) continue;
        const dx = x[j]! - x[i]!;
        const dy = y[j]! - y[i]!;
        let l = dx * dx + dy * dy;
        if (l >= distanceMax * distanceMax) continue;
        if (l < 1) l = Math.sqrt(l);
        vx[i]! += (dx * strength) / l;
        vy[i]! += (dy * strength) / l;
      }
    }
    return { vx, vy };
  }

  it('matches the exact pairwise forces when theta is tiny, and comes close at the layout’s theta', () => {
    const random = seededRandom(3);
    const n = 400;
    const x = Float64Array.from({ length: n }, () => random() * 1000);
    const y = Float64Array.from({ length: n }, () => random() * 700);
    // Two that coincide, and one just beside them.
    x[1] = x[0]!;
    y[1] = y[0]!;
    x[2] = x[0]! + 1e-7;
    y[2] = y[0]!;
    // (With a distance cut-off, a whole square counts or not by its centre: coarse near the cut-off, as in d3.)
    for (const [theta, distanceMax, tolerance] of [
      [1e-6, 300, 1e-9],
      [0.9, Infinity, 0.03],
    ] as const) {
      const want = exact(x, y, -100, distanceMax);
      const bodies = bodiesAt(Float64Array.from(x), Float64Array.from(y));
      new ManyBody(n, { strength: -100, theta, distanceMax }).apply(bodies, 1, seededRandom(1));
      const error: number[] = [];
      for (let i = 3; i < n; i++) error.push(Math.hypot(bodies.vx[i]! - want.vx[i]!, bodies.vy[i]! - want.vy[i]!) / Math.hypot(want.vx[i]!, want.vy[i]!));
      expect(median(error), `theta ${theta}`).toBeLessThan(tolerance);
      expect(Number.isFinite(bodies.vx[0]!) && Number.isFinite(bodies.vx[1]!)).toBe(true);
    }
  });
});

describe('Collide', () => {
  it('pushes two overlapping symbols apart equally, and leaves distant ones alone', () => {
    const bodies = bodiesAt(Float64Array.from([0, 10, 500]), Float64Array.from([0, 0, 500]));
    new Collide(3, 10, 1).apply(bodies, () => 0.5);
    expect(bodies.vx[0]).toBeCloseTo(-5);
    expect(bodies.vx[1]).toBeCloseTo(5);
    expect([bodies.vy[0], bodies.vy[1], bodies.vx[2], bodies.vy[2]]).toEqual([0, 0, 0, 0]);
  });

  it('makes the smaller of two symbols give way more, by the other one’s share of their areas', () => {
    const bodies = bodiesAt(Float64Array.from([0, 20]), Float64Array.from([0, 0]));
    new Collide(2, Float64Array.from([5, 20]), 1).apply(bodies, () => 0.5);
    // They overlap by 5: the small one (area 25) moves 400/425 of it, the big one 25/425.
    expect(bodies.vx[0]).toBeCloseTo((-5 * 400) / 425);
    expect(bodies.vx[1]).toBeCloseTo((5 * 25) / 425);
  });
});

/** Random points, and the pairs within a distance found by testing every pair. */
function scatter(n: number, side: number, seed: number): { x: Float64Array; y: Float64Array } {
  const random = seededRandom(seed);
  return { x: Float64Array.from({ length: n }, () => random() * side), y: Float64Array.from({ length: n }, () => random() * side) };
}

describe('NeighbourList', () => {
  const key = (i: number, j: number) => Math.min(i, j) * 100_000 + Math.max(i, j);
  const pairsWithin = (x: Float64Array, y: Float64Array, d: number) => {
    const found: number[] = [];
    for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) if (Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!) < d) found.push(key(i, j));
    return found;
  };
  const listed = (list: NeighbourList) => new Set(Array.from({ length: list.count }, (_, p) => key(list.first[p]!, list.second[p]!)));
  const missing = (want: number[], have: Set<number>) => want.filter((k) => !have.has(k));

  it('lists every pair in range once, and lists again once the elements have moved', () => {
    const { x, y } = scatter(300, 1500, 5);
    const bodies = bodiesAt(x, y);
    const list = new NeighbourList(300, 60, 20);
    list.update(bodies);
    const first = listed(list);
    expect(first.size).toBe(list.count);
    expect(missing(pairsWithin(x, y, 60), first)).toEqual([]);
    // Nothing beyond range + slack.
    expect(missing([...first], new Set(pairsWithin(x, y, 80)))).toEqual([]);
    // Everyone moves 15 units, more than half the slack: pairs now in range must be found.
    const random = seededRandom(9);
    for (let i = 0; i < 300; i++) {
      const a = random() * 2 * Math.PI;
      x[i]! += 15 * Math.cos(a);
      y[i]! += 15 * Math.sin(a);
    }
    list.update(bodies);
    expect(missing(pairsWithin(x, y, 60), listed(list))).toEqual([]);
  });
});

describe('NearCharge', () => {
  it('gives the exact pairwise repulsion of every element within its range', () => {
    const { x, y } = scatter(300, 1500, 11);
    const bodies = bodiesAt(Float64Array.from(x), Float64Array.from(y));
    new NearCharge(300, -90, 260).apply(bodies, 0.5, seededRandom(1));
    for (let i = 0; i < 300; i += 7) {
      let vx = 0;
      for (let j = 0; j < 300; j++) {
        const dx = x[j]! - x[i]!;
        const l = dx * dx + (y[j]! - y[i]!) ** 2;
        if (j !== i && l < 260 * 260) vx += (dx * -90 * 0.5) / l;
      }
      expect(bodies.vx[i]).toBeCloseTo(vx, 9);
    }
  });
});

describe('relaxNearHome', () => {
  it('parts symbols that start on top of each other, keeps each near its start, and does it the same way every time', () => {
    // A hub and its ten neighbours, all crowded into a few units.
    const start = scatter(11, 4, 2);
    const radius = Float64Array.from({ length: 11 }, (_, i) => (i === 0 ? 24 : 20));
    const ends = Array.from({ length: 10 }, (_, k) => [0, k + 1] as const);
    const run = () => {
      const x = Float64Array.from(start.x);
      const y = Float64Array.from(start.y);
      relaxNearHome(x, y, { radius, ends, anchor: 0.035 });
      return { x, y };
    };
    const { x, y } = run();
    expect(run()).toEqual({ x, y });
    for (let i = 0; i < 11; i++) {
      expect(Math.hypot(x[i]! - start.x[i]!, y[i]! - start.y[i]!)).toBeLessThan(150);
      for (let j = i + 1; j < 11; j++) expect(Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!), `${i} and ${j}`).toBeGreaterThan(radius[i]! + radius[j]! - 1);
    }
  });
});
