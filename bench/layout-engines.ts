/**
 * d3-force itself against our typed-array engine (src/core/layout), side by
 * side on the same synthetic commons (bench/generate.ts):
 *
 *   npx tsx bench/layout-engines.ts [--sizes 1000,5000,20000] [--seed 1] [--runs 3]
 *
 * - Build layout: `layoutMap` against the same layout written with d3-force's
 *   `forceSimulation(...).stop().tick(n)` from the same pivot-MDS start (the
 *   version this repository had before the port, commit 1568bb6^).
 * - Browser relax (after a filter or a focus): `relaxedPositions` against
 *   the same forces in d3 (`forceLink`, `forceManyBody`, `forceCollide`,
 *   `forceX`/`forceY` towards home), timed here in Node (the same V8 as
 *   Chromium, without the page's other work) as CPU time per relax.
 * - Stability: the median move of the others when one element goes, as a
 *   share of the map's width (the worst of five removals at 1,000 elements;
 *   tests/unit/layout.test.ts holds ours under 2 %).
 *
 * Runs are taken in turn (A, B, A, B…) and the median kept: the machine is
 * shared. A benchmark, not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as d3 from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { buildCareMapModel, type CareMapModel } from '../src/map/care-map-model.ts';
import { applyFilters, focusOn, noFilters, type Shown } from '../src/map/filters.ts';
import { RELAX_LIMIT, relaxedPositions } from '../src/client/map/relax.ts';
import type { Positions } from '../src/client/map/scene.ts';
import { nodeRadius } from '../src/appearance/node-size.ts';
import { layoutMap, type LayoutLink, type LayoutNode, type Point } from '../src/core/layout/force-layout.ts';
import { pivotMds } from '../src/core/layout/pivot-mds.ts';
import { hash32, seededRandom } from '../src/core/layout/seeded.ts';
import { graphFile, mapFile } from '../src/site/graph-file.ts';
import { checkedCommons, siteDerived } from '../src/site/published-site.ts';
import { generateCommons, writeCommons } from './generate.ts';

type Layout = (nodes: readonly LayoutNode[], links: readonly LayoutLink[]) => Map<string, Point>;
type Relax = (model: CareMapModel, shown: Shown, home: Positions) => Positions;

export interface LayoutEngineRow {
  n: number;
  links: number;
  /** Median build layout time, ms: ours, then d3-force's. */
  buildMs: [number, number];
  /** Per relax scenario: how many are shown, and the median CPU time of one relax, ms: ours, then d3-force's. */
  relax: { scenario: string; shown: number; ms: [number, number] }[];
}

export interface LayoutEngineReport {
  rows: LayoutEngineRow[];
  /** Worst median move, as a share of the width, over five removals at 1,000 elements. */
  stability: [number, number];
  markdown: string;
}

/** Measures both engines at each size; the lead's `npm run bench` can call it. */
export async function measureLayoutEngines(options: { sizes?: number[]; seed?: number; runs?: number } = {}): Promise<LayoutEngineReport> {
  const { sizes = [1000, 5000, 20000], seed = 1, runs = 3 } = options;
  const rows: LayoutEngineRow[] = [];
  let stability: LayoutEngineReport['stability'] = [NaN, NaN];
  const work = mkdtempSync(path.join(process.env.TMPDIR ?? os.tmpdir(), 'layout-engines-'));
  try {
    for (const n of sizes) {
      const dir = path.join(work, String(n));
      writeCommons(dir, generateCommons({ n, seed }));
      const { commons } = await checkedCommons(dir, { cwd: dir });
      if (!commons) throw new Error(`the generated commons of ${n} has errors`);
      const { elements, connections } = commons;
      // The slow engine at 20,000 takes tens of seconds a run: one run each there.
      const times = n >= 20_000 ? 1 : runs;
      const ours: number[] = [];
      const theirs: number[] = [];
      let positions = new Map<string, Point>();
      for (let r = 0; r < times; r++) {
        ours.push(timed(() => (positions = layoutMap(elements, connections))));
        theirs.push(timed(() => layoutWithD3(elements, connections)));
      }
      const model = mapModel(dir, commons, positions);
      const home = { x: Float64Array.from(model.nodes, (node) => node.x), y: Float64Array.from(model.nodes, (node) => node.y) };
      const relax = n > 5_000
        ? []
        : relaxScenarios(model).map(({ scenario, shown }) => {
            const a: number[] = [];
            const b: number[] = [];
            for (let r = 0; r < 7; r++) {
              a.push(cpuTimed(() => relaxedPositions(model, shown, home)));
              b.push(cpuTimed(() => relaxWithD3(model, shown, home)));
            }
            return { scenario, shown: shown.nodeCount, ms: [median(a), median(b)] as [number, number] };
          });
      rows.push({ n: elements.length, links: connections.length, buildMs: [median(ours), median(theirs)], relax });
      if (n === 1000) stability = [worstStability(layoutMap, elements, connections), worstStability(layoutWithD3, elements, connections)];
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { rows, stability, markdown: table(rows, stability) };
}

function mapModel(dir: string, commons: NonNullable<Awaited<ReturnType<typeof checkedCommons>>['commons']>, positions: Map<string, Point>): CareMapModel {
  const file = mapFile(graphFile({ contentDir: dir, commons, positions, ...siteDerived(commons, { base: '/' }) }));
  return buildCareMapModel(file, file.maps.find((m) => m.default)!.id);
}

/** What the browser relaxes: the click the browser benchmark makes (persons only), and focus on a hub and on a smaller one. */
function relaxScenarios(model: CareMapModel): { scenario: string; shown: Shown }[] {
  const all = applyFilters(model, noFilters());
  return [
    { scenario: 'filter: persons only', shown: applyFilters(model, { ...noFilters(), type: ['person'] }) },
    { scenario: 'focus: best connected, 1 step', shown: focusOn(model, all, model.byDegree[0]!, 1) },
    { scenario: 'focus: 10th best connected, 1 step', shown: focusOn(model, all, model.byDegree[9]!, 1) },
  ];
}

function worstStability(layout: Layout, nodes: readonly LayoutNode[], links: readonly LayoutLink[]): number {
  const before = layout(nodes, links);
  const xs = [...before.values()].map((p) => p.x);
  const width = Math.max(...xs) - Math.min(...xs);
  let worst = 0;
  for (const k of [100, 333, 500, 777, 999]) {
    const gone = nodes[k % nodes.length]!.id;
    const after = layout(
      nodes.filter((node) => node.id !== gone),
      links.filter((l) => l.source !== gone && l.target !== gone),
    );
    const moves = [...after].map(([id, p]) => Math.hypot(p.x - before.get(id)!.x, p.y - before.get(id)!.y));
    worst = Math.max(worst, median(moves) / width);
  }
  return worst;
}

function table(rows: LayoutEngineRow[], stability: LayoutEngineReport['stability']): string {
  const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
  const ratio = ([a, b]: [number, number]) => (a > 0 ? `${(b / a).toFixed(1)}×` : '');
  const lines = [
    '| what (build: wall time; relax: CPU time, in Node) | N | typed arrays (src/core/layout) | d3-force | d3 ÷ ours |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| build layout (${r.links} connections) | ${r.n} | ${ms(r.buildMs[0])} | ${ms(r.buildMs[1])} | ${ratio(r.buildMs)} |`),
    ...rows.flatMap((r) =>
      r.relax.map((s) => {
        const skipped = s.shown > RELAX_LIMIT ? ` (over ${RELAX_LIMIT}: kept in place)` : '';
        return `| browser relax, ${s.scenario}: ${s.shown} shown${skipped} | ${r.n} | ${ms(s.ms[0])} | ${ms(s.ms[1])} | ${ratio(s.ms)} |`;
      }),
    ),
  ];
  if (!Number.isNaN(stability[0])) {
    const pct = (v: number) => `${(v * 100).toFixed(2)} %`;
    lines.push(`| stability: median move when one element goes, ÷ width (worst of 5) | 1000 | ${pct(stability[0])} | ${pct(stability[1])} | |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- d3-force's versions

interface LayoutBody extends SimulationNodeDatum {
  id: string;
}

const SPACING = 26;
const START_ALPHA = 0.2;

/** The build layout as it was before the typed-array port: same start, forces, schedule and seed. */
const layoutWithD3: Layout = (nodes, links) => {
  const ids = nodes.map((node) => node.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours: number[][] = ids.map(() => []);
  const springs: SimulationLinkDatum<LayoutBody>[] = [];
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a === undefined || b === undefined || a === b) continue;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
    springs.push({ source: l.source, target: l.target });
  }
  const ticks = nodes.length <= 2_000 ? 300 : nodes.length <= 8_000 ? 200 : 120;
  const bodies = startingPoints(ids, neighbours);
  const degreeOf = (end: string | number | LayoutBody) => neighbours[index.get(typeof end === 'object' ? end.id : String(end))!]!.length;
  const simulation = d3
    .forceSimulation(bodies)
    .randomSource(seededRandom(0x5eed))
    .force(
      'link',
      d3
        .forceLink<LayoutBody, SimulationLinkDatum<LayoutBody>>(springs)
        .id((d) => d.id)
        .distance((l) => SPACING * (1.2 + 0.4 * Math.sqrt(Math.max(degreeOf(l.source), degreeOf(l.target))))),
    )
    .force('charge', d3.forceManyBody<LayoutBody>().strength(-SPACING * 4).theta(0.9).distanceMax(SPACING * 20))
    .force('x', d3.forceX<LayoutBody>(0).strength(0.04))
    .force('y', d3.forceY<LayoutBody>(0).strength(0.04))
    .velocityDecay(0.6)
    .alpha(START_ALPHA)
    .alphaDecay(1 - Math.pow(0.001 / START_ALPHA, 1 / ticks))
    .stop();
  simulation.tick(ticks);
  simulation.force('charge', null).force('collide', d3.forceCollide<LayoutBody>(SPACING * 0.45).strength(0.7)).alpha(0.05).alphaDecay(0.1).tick(30);
  return new Map(bodies.map((b) => [b.id, { x: Math.round(b.x! * 10) / 10, y: Math.round(b.y! * 10) / 10 }]));
};

/** force-layout.ts's start, as d3 nodes. */
function startingPoints(ids: readonly string[], neighbours: readonly number[][]): LayoutBody[] {
  const { x, y } = pivotMds(ids, neighbours);
  let length = 0;
  let count = 0;
  neighbours.forEach((list, a) => {
    for (const b of list) (length += Math.hypot(x[a]! - x[b]!, y[a]! - y[b]!)), count++;
  });
  const scale = length > 0 ? (SPACING * 2.4 * count) / length : 1;
  return ids.map((id, i) => {
    const a = (2 * Math.PI * hash32(id)) / 4294967296;
    const r = SPACING * (0.5 + hash32(id, 0x9e3779b9) / 4294967296);
    return { id, x: x[i]! * scale + r * Math.cos(a), y: y[i]! * scale + r * Math.sin(a) };
  });
}

interface RelaxBody extends SimulationNodeDatum {
  i: number;
  r: number;
}

/** The browser's relax with d3-force: the same forces, constants and schedule as relax.ts and relax-near-home.ts. */
const relaxWithD3: Relax = (model, shown, home) => {
  const x = Float64Array.from(home.x);
  const y = Float64Array.from(home.y);
  const n = shown.nodeCount;
  if (n === model.nodes.length || n > RELAX_LIMIT || n < 2) return { x, y };
  const body = new Int32Array(model.nodes.length).fill(-1);
  const bodies: RelaxBody[] = [];
  shown.nodes.forEach((on, i) => {
    if (!on) return;
    body[i] = bodies.length;
    bodies.push({ i, x: home.x[i]!, y: home.y[i]!, r: nodeRadius(model.degree[i]!) + 7 });
  });
  const springs: SimulationLinkDatum<RelaxBody>[] = [];
  shown.links.forEach((on, l) => {
    const s = body[model.source[l]!]!;
    const t = body[model.target[l]!]!;
    if (on && s >= 0 && t >= 0) springs.push({ source: s, target: t });
  });
  const anchor = n / model.nodes.length > 0.6 ? 0.12 : 0.035;
  const ticks = Math.max(40, Math.min(160, Math.round(12_000 / n)));
  d3.forceSimulation(bodies)
    .randomSource(seededRandom(0x5eed))
    .force('link', d3.forceLink<RelaxBody, SimulationLinkDatum<RelaxBody>>(springs).distance(42).strength(0.35))
    .force('charge', d3.forceManyBody<RelaxBody>().strength(-90).distanceMax(260))
    .force('collide', d3.forceCollide<RelaxBody>((b) => b.r).iterations(2))
    .force('x', d3.forceX<RelaxBody>((b) => home.x[b.i]!).strength(anchor))
    .force('y', d3.forceY<RelaxBody>((b) => home.y[b.i]!).strength(anchor))
    .velocityDecay(0.4)
    .alpha(0.8)
    .alphaMin(0)
    .alphaDecay(1 - Math.pow(0.03, 1 / ticks))
    .stop()
    .tick(ticks);
  for (const b of bodies) (x[b.i] = Math.round(b.x! * 10) / 10), (y[b.i] = Math.round(b.y! * 10) / 10);
  return { x, y };
};

// ---------------------------------------------------------------- small things

/** CPU time of one run, ms, averaged over a block of up to ten (or 100 ms): steadier than wall time on a shared machine. */
function cpuTimed(run: () => unknown): number {
  const start = process.cpuUsage();
  let runs = 0;
  let ms = 0;
  while (runs < 10 && ms < 100) {
    run();
    runs++;
    ms = process.cpuUsage(start).user / 1000;
  }
  return ms / runs;
}

function timed(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const value = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = value('--sizes')?.split(',').map(Number);
  const report = await measureLayoutEngines({ ...(sizes && { sizes }), seed: Number(value('--seed') ?? '1'), runs: Number(value('--runs') ?? '3') });
  process.stdout.write(`${report.markdown}\n`);
}
