/** Sizes of a built site: dist/, the map's graph data gzipped, and the JavaScript the map page loads. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readMapDataScript } from '../tests/helpers/map-data.ts';

export interface SiteSizes {
  distBytes: number;
  distFiles: number;
  graphBytes: number | null;
  graphGzipBytes: number | null;
  graphNodes: number | null;
  graphLinks: number | null;
  /** The map data the map page opens on (a script under data/ in its head, or its `data-graph`), measured as the graph data: data/graph.json unless the page says otherwise. */
  mapDataFile: string;
  /**
   * Whether that file carries text only search and the profile use (summaries, areas, contacts, websites): search
   * data travelling with the graph. Names, tags and care stay with the graph: labels and filters need them on open.
   */
  mapDataHasSearchFields: boolean | null;
  /** The search and profile data the map page fetches when first needed (its `data-details`), gzipped. */
  detailsFile: string | null;
  detailsGzipBytes: number | null;
  /** JavaScript the home page loads when it opens: its scripts and their static imports, each gzipped. */
  mapJsGzipBytes: number | null;
  mapJsBytes: number | null;
  mapJsFiles: string[];
  /** Chunks loaded later, on demand (dynamic imports reachable from the page). */
  lazyJsGzipBytes: number | null;
  lazyJsFiles: string[];
  /** JavaScript of the add form's page (add/index.html), everything it may load, validation included, gzipped. */
  addJsGzipBytes: number | null;
  /** Data files other than graph.json the map page might fetch (e.g. a separate search index). */
  otherDataGzip: Record<string, number>;
}

/** gzip at zlib's default level, as a static host would serve it. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

export function siteSizes(dist: string): SiteSizes {
  let distBytes = 0;
  let distFiles = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    distBytes += statSync(path.join(entry.parentPath, entry.name)).size;
    distFiles++;
  }
  const home = existsSync(path.join(dist, 'index.html')) ? readFileSync(path.join(dist, 'index.html'), 'utf8') : '';
  const dataUrl = /<script\b[^>]*\bsrc=["']([^"']*\/data\/[^"']+)["']/.exec(home)?.[1] ?? /<care-map\b[^>]*\bdata-graph=["']([^"']+)["']/.exec(home)?.[1];
  const mapDataFile = dataUrl ? dataUrl.replace(/^\/+/, '').split(/[?#]/)[0]! : 'data/graph.json';
  const graphPath = path.join(dist, mapDataFile);
  let graphBytes: number | null = null;
  let graphGzipBytes: number | null = null;
  let graphNodes: number | null = null;
  let graphLinks: number | null = null;
  let mapDataHasSearchFields: boolean | null = null;
  if (existsSync(graphPath)) {
    const raw = readFileSync(graphPath);
    graphBytes = raw.length;
    graphGzipBytes = gzipSize(raw);
    try {
      const text = raw.toString('utf8');
      const graph = (mapDataFile.endsWith('.js') ? readMapDataScript(text) : JSON.parse(text)) as { nodes?: Record<string, unknown>[]; links?: unknown[] };
      graphNodes = graph.nodes?.length ?? null;
      graphLinks = graph.links?.length ?? null;
      mapDataHasSearchFields = (graph.nodes ?? []).some((node) => ['summary', 'area', 'contact', 'website'].some((field) => node[field] !== undefined));
    } catch {
      // Neither JSON nor a map data script (a binary format, say): leave the counts unknown.
    }
  }
  const detailsUrl = /<care-map\b[^>]*\bdata-details=["']([^"']+)["']/.exec(home)?.[1];
  const detailsFile = detailsUrl ? detailsUrl.replace(/^\/+/, '').split(/[?#]/)[0]! : null;
  const detailsGzipBytes = detailsFile && existsSync(path.join(dist, detailsFile)) ? gzipSize(readFileSync(path.join(dist, detailsFile))) : null;
  const otherDataGzip: Record<string, number> = {};
  const dataDir = path.join(dist, 'data');
  if (existsSync(dataDir)) {
    for (const name of readdirSync(dataDir)) {
      if (`data/${name}` === mapDataFile || !/\.(json|bin|txt)$/.test(name)) continue;
      otherDataGzip[name] = gzipSize(readFileSync(path.join(dataDir, name)));
    }
  }
  const js = pageJavaScript(dist, 'index.html');
  const add = pageJavaScript(dist, 'add/index.html');
  const addJsGzipBytes = add.mapJsGzipBytes === null ? null : add.mapJsGzipBytes + (add.lazyJsGzipBytes ?? 0);
  return { distBytes, distFiles, graphBytes, graphGzipBytes, graphNodes, graphLinks, mapDataFile, mapDataHasSearchFields, detailsFile, detailsGzipBytes, otherDataGzip, addJsGzipBytes, ...js };
}

const STATIC_IMPORT = /(?:^|[;\s}{)])(?:import|export)\s*(?:[^'"`;()]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.m?js)["']\s*\)/g;
/** Vite's preload helper lists a dynamic chunk's dependencies as string literals: "_astro/x.js". */
const VITE_DEPS = /["'](\/?_astro\/[^"']+\.m?js)["']/g;

/** Follows a page's module scripts and their static imports; dynamic imports count as lazy. */
function pageJavaScript(dist: string, page: string): Pick<SiteSizes, 'mapJsGzipBytes' | 'mapJsBytes' | 'mapJsFiles' | 'lazyJsGzipBytes' | 'lazyJsFiles'> {
  const htmlPath = path.join(dist, page);
  if (!existsSync(htmlPath)) return { mapJsGzipBytes: null, mapJsBytes: null, mapJsFiles: [], lazyJsGzipBytes: null, lazyJsFiles: [] };
  const html = readFileSync(htmlPath, 'utf8');
  const entries = new Set<string>();
  // Scripts under data/ are the map's data (data/map.js), measured as graph data, not code.
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/g)) if (!m[1]!.includes('/data/')) entries.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*>/g)) {
    const href = /\bhref=["']([^"']+)["']/.exec(m[0]);
    if (href) entries.add(href[1]!);
  }
  const toFile = (url: string, from: string) => {
    const clean = url.split(/[?#]/)[0]!;
    return clean.startsWith('/') ? path.join(dist, clean) : path.resolve(path.dirname(from), clean);
  };
  const initial = new Set<string>();
  const queue = [...entries].map((e) => toFile(e, htmlPath));
  const dynamic = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (initial.has(file) || !existsSync(file)) continue;
    initial.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(toFile(m[1]!, file));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) dynamic.add(toFile(m[1]!, file));
    for (const m of code.matchAll(VITE_DEPS)) dynamic.add(path.join(dist, m[1]!.replace(/^\//, '')));
  }
  // Everything reachable from the dynamic chunks that is not already loaded.
  const lazy = new Set<string>();
  const lazyQueue = [...dynamic];
  while (lazyQueue.length > 0) {
    const file = lazyQueue.pop()!;
    if (initial.has(file) || lazy.has(file) || !existsSync(file)) continue;
    lazy.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) lazyQueue.push(toFile(m[1]!, file));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazyQueue.push(toFile(m[1]!, file));
  }
  const sum = (files: Set<string>, measure: (b: Buffer) => number) => [...files].reduce((s, f) => s + measure(readFileSync(f)), 0);
  return {
    mapJsGzipBytes: sum(initial, gzipSize),
    mapJsBytes: sum(initial, (b) => b.length),
    mapJsFiles: [...initial].map((f) => path.relative(dist, f)).sort(),
    lazyJsGzipBytes: sum(lazy, gzipSize),
    lazyJsFiles: [...lazy].map((f) => path.relative(dist, f)).sort(),
  };
}
