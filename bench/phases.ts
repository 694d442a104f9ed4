/**
 * Where the time before Astro goes: times each step of `prepareSite()` in one
 * process, on a content folder. Prints one JSON object on stdout.
 *
 *   tsx bench/phases.ts --content DIR
 *
 * Steps: reading the element files (one after another as the loader does,
 * and all at once for comparison), parsing front matter (YAML with
 * positions), validating, then loadContent as a whole, the public projection,
 * the layout and graph.json. Each is measured on its own where the project's
 * modules allow it; a step whose module has changed shape is reported as null.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

interface Phases {
  elements: number;
  /** readContentFile on every element file, awaited one after another, as the loader does. */
  readSequentialMs: number | null;
  /** The same reads, all in flight at once: what concurrent I/O would cost. */
  readParallelMs: number | null;
  parseMs: number | null;
  validateMs: number | null;
  /** loadContent as a whole (read + parse + validate), run after the steps above (warm). */
  loadMs: number | null;
  projectMs: number | null;
  layoutMs: number | null;
  graphJsonMs: number | null;
  nodes: number | null;
  links: number | null;
  heapUsedMb: number;
  error?: string;
}

type Parsed = { ok: true; doc: unknown } | { ok: false };

async function main(): Promise<void> {
  const i = process.argv.indexOf('--content');
  const dir = path.resolve(i >= 0 ? process.argv[i + 1]! : 'content');
  const out: Phases = { elements: 0, readSequentialMs: null, readParallelMs: null, parseMs: null, validateMs: null, loadMs: null, projectMs: null, layoutMs: null, graphJsonMs: null, nodes: null, links: null, heapUsedMb: 0 };
  const step = async (what: string, fn: () => Promise<void> | void) => {
    try {
      await fn();
    } catch (error) {
      out.error = `${out.error ? `${out.error}; ` : ''}${what}: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const names = (await readdir(path.join(dir, 'elements'))).filter((n) => n.endsWith('.md')).sort();
  out.elements = names.length;
  const files = names.map((n) => path.join(dir, 'elements', n));
  let texts: string[] = [];

  await step('read', async () => {
    const { readContentFile } = await import('../src/load/read-file.ts');
    let t = performance.now();
    const read: string[] = [];
    for (const [k, file] of files.entries()) {
      const r = await readContentFile(file, `elements/${names[k]}`);
      read.push(r.ok ? r.text : '');
    }
    out.readSequentialMs = performance.now() - t;
    t = performance.now();
    await Promise.all(files.map((file, k) => readContentFile(file, `elements/${names[k]}`)));
    out.readParallelMs = performance.now() - t;
    texts = read;
  });
  if (texts.length === 0) texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));

  const sources: { root: string; site: unknown; maps: { id: string; doc: unknown }[]; elements: { id: string; doc: unknown }[]; unparsedElementIds: string[] } = { root: dir, site: undefined, maps: [], elements: [], unparsedElementIds: [] };
  await step('parse', async () => {
    const { parseMarkdownSource, parseYamlSource } = (await import('../src/load/front-matter.ts')) as unknown as {
      parseMarkdownSource: (file: string, text: string) => Parsed;
      parseYamlSource: (file: string, text: string) => Parsed;
    };
    const site = parseYamlSource('site.yml', await readFile(path.join(dir, 'site.yml'), 'utf8'));
    sources.site = site.ok ? site.doc : undefined;
    for (const name of (await readdir(path.join(dir, 'maps'))).filter((n) => n.endsWith('.md')).sort()) {
      const map = parseMarkdownSource(`maps/${name}`, await readFile(path.join(dir, 'maps', name), 'utf8'));
      if (map.ok) sources.maps.push({ id: name.slice(0, -3), doc: map.doc });
    }
    const t = performance.now();
    texts.forEach((text, k) => {
      const parsed = parseMarkdownSource(`elements/${names[k]}`, text);
      if (parsed.ok) sources.elements.push({ id: names[k]!.slice(0, -3), doc: parsed.doc });
      else sources.unparsedElementIds.push(names[k]!.slice(0, -3));
    });
    out.parseMs = performance.now() - t;
  });

  await step('validate', async () => {
    const { validateContent } = (await import('../src/core/validate/content.ts')) as unknown as { validateContent: (s: unknown, o: { today: string }) => unknown };
    const t = performance.now();
    validateContent(sources, { today: new Date().toISOString().slice(0, 10) });
    out.validateMs = performance.now() - t;
  });

  await step('pipeline', async () => {
    const { loadContent } = await import('../src/load/load-content.ts');
    let t = performance.now();
    const result = await loadContent(dir, { cwd: dir });
    out.loadMs = performance.now() - t;
    if (!result.commons) throw new Error('the content has errors');

    const { projectPublic } = await import('../src/core/projection/public-commons.ts');
    const { opaqueIdMaker } = await import('../src/site/opaque-id.ts');
    t = performance.now();
    const commons = projectPublic(result.commons, { opaqueId: opaqueIdMaker(result.commons, {}) });
    out.projectMs = performance.now() - t;
    out.nodes = commons.elements.length;
    out.links = commons.connections.length;

    const { layoutMap } = await import('../src/core/layout/force-layout.ts');
    t = performance.now();
    const positions = layoutMap(commons.elements, commons.connections);
    out.layoutMs = performance.now() - t;

    const { graphFile } = await import('../src/site/graph-file.ts');
    // The measures graph.json carries are timed with the insights (bench/insights.ts): the build's worker works them out.
    const { siteDerived } = await import('../src/site/published-site.ts');
    const measures = siteDerived(commons, { base: '/' });
    t = performance.now();
    JSON.stringify(graphFile({ contentDir: dir, commons, positions, ...measures }));
    out.graphJsonMs = performance.now() - t;
  });
  out.heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
