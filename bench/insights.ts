/**
 * What the care insights add to a build (issue 14: ≤ 1 s at 5,000 elements,
 * ≤ 5 s at 20,000): everything src/site/site-insights.ts works out — every
 * map's insights (data/insights.json and its pages) and the measures of the
 * whole commons (graph.json, map.js, the exports) — timed on a checked and
 * projected content folder, in a process of its own. Prints one JSON object.
 *
 *   tsx bench/insights.ts --content DIR
 */
import path from 'node:path';
import { commonsInsights } from '../src/core/insights/map-insights.ts';
import { wholeCommons } from '../src/core/insights/map-slice.ts';
import { networkMeasures } from '../src/core/insights/network-measures.ts';
import { checkedCommons } from '../src/site/published-site.ts';

const i = process.argv.indexOf('--content');
const { commons } = await checkedCommons(path.resolve(i >= 0 ? process.argv[i + 1]! : 'content'));
if (!commons) throw new Error('the content has errors');
const cpu = process.cpuUsage();
let t = performance.now();
const insights = commonsInsights(commons, { today: '2026-01-01' });
const mapsMs = performance.now() - t;
t = performance.now();
const whole = wholeCommons(commons);
const measures = networkMeasures(
  whole.elements.map((e) => e.id),
  whole.connections,
);
const wholeMs = performance.now() - t;
const used = process.cpuUsage(cpu);
// CPU time as well as wall time: on a shared machine the wall clock counts other processes' turns.
const methods = Object.entries(insights.maps).map(([id, m]) => `${id}: ${m.betweenness.kind === 'exact' ? 'exact' : `${m.betweenness.sources} of ${m.betweenness.of} sources`}`);
console.log(JSON.stringify({ insightsMs: mapsMs + wholeMs, insightsCpuMs: (used.user + used.system) / 1000, insightsMapsMs: mapsMs, insightsWholeMs: wholeMs, insightsMethod: `${methods.join(', ')}; whole commons: ${measures.method.kind === 'exact' ? 'exact' : `${measures.method.sources} of ${measures.method.of}`}` }));
