import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../browser/helpers/site.ts';
import { ALIAS, CANARIES, writeCanaryContent } from './canary-content.ts';

let files: { name: string; bytes: Buffer }[] = [];
let graph: { nodes: Record<string, unknown>[]; links: Record<string, unknown>[] };

beforeAll(async () => {
  const content = await writeCanaryContent();
  const { dist } = await buildSite(content);
  files = await everyFile(dist);
  graph = JSON.parse((await readFile(path.join(dist, 'data/graph.json'))).toString('utf8'));
}, 180_000);

async function everyFile(root: string): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.push({ name: path.relative(root, full), bytes: await readFile(full) });
  }
  return out;
}

/** Every file that holds the needle in its path or bytes, case-insensitively. */
function filesHolding(needle: string): string[] {
  const lower = needle.toLowerCase();
  return files.filter((f) => f.name.toLowerCase().includes(lower) || f.bytes.toString('latin1').toLowerCase().includes(lower)).map((f) => f.name);
}

describe('privacy: nothing private reaches dist/', () => {
  it('built a real site to search', () => {
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['index.html', 'data/graph.json', 'data/elements.csv', 'elements/helpful-neighbour/index.html']));
    expect(files.length).toBeGreaterThan(8);
  });

  for (const [field, canary] of Object.entries(CANARIES)) {
    it(`finds no trace of the ${field}`, () => {
      expect(filesHolding(canary)).toEqual([]);
    });
  }

  it('finds no md5, sha1 or sha256 prefix of a private slug', () => {
    for (const slug of [CANARIES.anonymisedSlug, CANARIES.hiddenSlug, CANARIES.defaultAliasSlug]) {
      for (const algorithm of ['md5', 'sha1', 'sha256']) {
        const prefix = createHash(algorithm).update(slug).digest('hex').slice(0, 8);
        expect(filesHolding(prefix), `${algorithm} of ${slug}`).toEqual([]);
      }
    }
  });

  it('shows anonymised elements by alias, with their connections’ type and care only', () => {
    expect(filesHolding(ALIAS).length).toBeGreaterThan(0);
    const anonymised = graph.nodes.filter((n) => n['anonymised'] === true);
    expect(anonymised.map((n) => n['name']).sort()).toEqual([ALIAS, 'Supported Person A'].sort());
    for (const node of anonymised) {
      expect(Object.keys(node).sort()).toEqual(['anonymised', 'betweenness', 'degree', 'id', 'name', 'type', 'x', 'y']);
    }
    const support = graph.links.find((l) => l['type'] === 'shared-support-plan')!;
    expect(Object.keys(support).sort()).toEqual(['care', 'source', 'target', 'type']);
    expect(support['care']).toEqual({ formal: [], informal: ['shopping'] });
  });

  it('gives anonymised elements no page, and their neighbours show the alias without a link', async () => {
    expect(files.some((f) => /^elements\/a-/.test(f.name))).toBe(false);
    const neighbour = files.find((f) => f.name === 'elements/helpful-neighbour/index.html')!.bytes.toString('utf8');
    expect(neighbour).toContain(ALIAS);
    expect(neighbour).not.toMatch(new RegExp(`<a[^>]*>\\s*${ALIAS}`));
  });

  it('leaves hidden elements and all their connections out', () => {
    const ids = new Set(graph.nodes.map((n) => n['id']));
    expect(graph.nodes).toHaveLength(4);
    for (const link of graph.links) {
      expect(ids.has(link['source'])).toBe(true);
      expect(ids.has(link['target'])).toBe(true);
    }
    // co-op ← neighbour, anonymised, default-alias; neighbour → anonymised. The hidden one's two are gone.
    expect(graph.links).toHaveLength(4);
  });
});
