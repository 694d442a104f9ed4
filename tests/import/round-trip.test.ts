import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CareOffer } from '../../src/core/model.ts';
import { graphFile, type GraphFile } from '../../src/site/graph-file.ts';
import { prepareSite } from '../../src/site/published-site.ts';
import { loadContent } from '../../src/load/load-content.ts';
import { markdown, MEMBER_OF_CO_OP, VALID } from '../helpers/content.ts';
import { runCli } from '../helpers/io.ts';
import { buildFolder, careMap } from '../site/build-run.ts';
import { writeFile, mkdir } from 'node:fs/promises';

/**
 * The fixture with what makes a round trip hard: two elements that share a
 * label, a name and cells a spreadsheet would run as formulas, a supported
 * person with a default alias, one published by choice.
 */
const EXTRA: Record<string, string> = {
  'elements/corner-cafe-annexe.md': markdown(['name: Corner Café', 'type: business', 'summary: The café\'s second room, on Mill Lane.', 'maps: [prototype]', ...MEMBER_OF_CO_OP], 'Open on Sundays.'),
  'elements/plus-group.md': markdown(['name: =Plus Group', 'type: group', 'summary: "+44 7700 900000 for a lift"', 'area: "-1 floor"', 'tags: ["@home", walking]', ...MEMBER_OF_CO_OP]),
  'elements/zoe-quill.md': markdown(['name: Zoe Quill', 'type: supported-person', ...MEMBER_OF_CO_OP]),
  'elements/sam-public.md': markdown(['name: Sam Public', 'type: supported-person', 'privacy: public', ...MEMBER_OF_CO_OP]),
};

let folder: string;
let dist: string;
beforeAll(async () => {
  folder = await buildFolder();
  const content = path.join(folder, 'content');
  await cp(VALID, content, { recursive: true });
  for (const [file, text] of Object.entries(EXTRA)) {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await writeFile(path.join(content, file), text);
  }
  const built = await careMap(['build'], folder);
  expect(built.code, built.output).toBe(0);
  dist = path.join(folder, 'dist', 'data');
}, 240_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

/** The public graph without ids (the import makes its own slugs): names, types, fields, care by label, and each element's neighbours. */
function canonical(graph: GraphFile) {
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const every = graph.maps.map((m) => m.id);
  const care = (offer: CareOffer | undefined) => ({
    formal: (offer?.formal ?? []).map((id) => graph.careTypes.formal[id] ?? id).sort(),
    informal: (offer?.informal ?? []).map((id) => graph.careTypes.informal[id] ?? id).sort(),
  });
  const neighbours = new Map<string, string[]>();
  for (const link of graph.links) {
    neighbours.set(link.source, [...(neighbours.get(link.source) ?? []), `${link.type}:${name.get(link.target)}`]);
    neighbours.set(link.target, [...(neighbours.get(link.target) ?? []), `${link.type}:${name.get(link.source)}`]);
  }
  const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();
  return {
    maps: [...every].sort(),
    nodes: sorted(
      graph.nodes.map((n) => ({
        name: n.name,
        type: n.type,
        anonymised: n.anonymised === true,
        ...{ summary: n.summary, area: n.area, website: n.website, contact: n.contact, reviewed: n.reviewed },
        tags: [...(n.tags ?? [])].sort(),
        care: care(n.care),
        maps: [...(n.maps ?? every)].sort(),
        degree: n.degree,
        betweenness: n.betweenness,
        neighbours: (neighbours.get(n.id) ?? []).sort(),
      })),
    ),
    links: sorted(graph.links.map((l) => ({ ends: [name.get(l.source), name.get(l.target)].sort(), type: l.type, care: care(l.care), since: l.since, role: l.role, note: l.note }))),
  };
}

describe('the exports go back', () => {
  it('elements.csv and connections.csv re-import to the same public graph, two elements of one label staying two', async () => {
    const graph = JSON.parse(await readFile(path.join(dist, 'graph.json'), 'utf8')) as GraphFile;
    expect(graph.nodes.filter((n) => n.name === 'Corner Café')).toHaveLength(2);

    const cwd = await mkdtemp(path.join(os.tmpdir(), 'care-map-round-trip-'));
    try {
      const imported = await runCli(['import', 'kumu', path.join(dist, 'elements.csv'), path.join(dist, 'connections.csv'), '--out', 'content'], { cwd });
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toContain('nothing left out');
      const checked = await loadContent('content', { cwd });
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const prepared = await prepareSite('content', { cwd });
      expect(canonical(graphFile(prepared.site!))).toEqual(canonical(graph));
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it('defuses cells a spreadsheet would run as formulas', async () => {
    const elements = await readFile(path.join(dist, 'elements.csv'), 'utf8');
    expect(elements).toContain(",'=Plus Group,Group,");
    expect(elements).toContain(",'+44 7700 900000 for a lift,'-1 floor,");
    expect(elements).toContain(",'@home | walking,");
    expect(elements.split('\r\n')[0]).toBe('ID,Label,Type,Description,Tags,Summary,Area,Website,Contact,Formal Care,Informal Care,Maps,Reviewed,Privacy,Alias,Degree,Betweenness');
  });

  it('graph.gexf is GEXF 1.3 that graphology reads back: positions, type, care, maps, degree and betweenness, and nothing private', async () => {
    const text = await readFile(path.join(dist, 'graph.gexf'), 'utf8');
    const graph = JSON.parse(await readFile(path.join(dist, 'graph.json'), 'utf8')) as GraphFile;
    expect(text).toContain('version="1.3"');
    const gexf = parse(Graph, text);
    expect(gexf.order).toBe(graph.nodes.length);
    expect(gexf.size).toBe(graph.links.length);
    for (const node of graph.nodes) {
      const attributes = gexf.getNodeAttributes(node.id);
      expect(attributes).toMatchObject({ label: node.name, type: node.type, degree: node.degree, betweenness: node.betweenness, x: node.x, y: -node.y, maps: (node.maps ?? graph.maps.map((m) => m.id)).join('|') });
    }
    const cafe = graph.nodes.find((n) => n.id === 'corner-cafe')!;
    expect(gexf.getNodeAttributes('corner-cafe')).toMatchObject({ informal_care: 'Cooking and shared meals|Companionship', type_label: 'Business' });
    const anonymised = graph.nodes.filter((n) => n.anonymised);
    expect(anonymised.map((n) => n.name).sort()).toEqual(['Gardener on Mill Lane', 'Supported Person A']);
    for (const node of anonymised) expect(Object.keys(gexf.getNodeAttributes(node.id)).sort()).toEqual(['anonymised', 'betweenness', 'color', 'degree', 'label', 'maps', 'size', 'type', 'type_label', 'x', 'y']);
    for (const secret of ['Ada', 'Zoe', 'Quill', 'ada-brown', 'zoe-quill', 'gardening']) expect(text).not.toContain(secret);
    // Care flows to the supported person: the café's support connection points at Ada's opaque id.
    const ada = anonymised.find((n) => n.name === 'Gardener on Mill Lane')!;
    expect(gexf.directedEdges(cafe.id, ada.id)).toHaveLength(1);
  });
});
