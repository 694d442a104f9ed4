/**
 * Times the filter panel's counts (src/map/facet-counts.ts) on a generated
 * commons: what one filter change costs the browser for its counts.
 * `npx tsx bench/facets.ts [n]` (default 1,000 elements).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCareMapModel } from '../src/map/care-map-model.ts';
import { facetCounts } from '../src/map/facet-counts.ts';
import { filterOptions } from '../src/map/filter-options.ts';
import { FILTER_GROUPS, noFilters, type CareMapFilters } from '../src/map/filters.ts';
import { checkedCommons, siteDerived } from '../src/site/published-site.ts';
import { graphFile, mapFile } from '../src/site/graph-file.ts';
import { generateCommons, writeCommons } from './generate.ts';

const n = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'facets-'));
writeCommons(dir, generateCommons({ n, seed: 1 }));
const { commons } = await checkedCommons(dir);
if (!commons) throw new Error('the generated commons did not load');
const positions = new Map(commons.elements.map((e) => [e.id, { x: 0, y: 0 }]));
const file = mapFile(graphFile({ contentDir: dir, commons, positions, ...siteDerived(commons, { base: '/' }) }));
const model = buildCareMapModel(file, file.maps.find((m) => m.default)!.id);
const options = filterOptions(model);
const values = Object.fromEntries(FILTER_GROUPS.map((g) => [g, options[g].map((o) => o.value)])) as unknown as CareMapFilters;
const cases: [string, CareMapFilters][] = [
  ['no filters', noFilters()],
  ['one type', { ...noFilters(), type: [values.type[0]!] }],
  ['type + care + tag', { ...noFilters(), type: values.type.slice(0, 2), care: values.care.slice(0, 1), tag: values.tag.slice(0, 1) }],
];
const optionCount = FILTER_GROUPS.reduce((s, g) => s + values[g].length, 0);
console.log(`${model.nodes.length} elements, ${model.links.length} connections, ${optionCount} options`);
for (const [name, filters] of cases) {
  for (let i = 0; i < 5; i++) facetCounts(model, filters);
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    facetCounts(model, filters);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`${name}: median ${runs[10]!.toFixed(2)} ms, max ${runs[19]!.toFixed(2)} ms`);
}
