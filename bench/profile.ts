/**
 * Where a `care-map build` spends its CPU: summarises the V8 CPU profile that
 * `node --cpu-prof` writes, by part of the pipeline (self time of each
 * sampled function, attributed by its source file), with the hottest
 * functions and the inclusive time of the project's main steps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  byCategory: { category: string; ms: number; share: number }[];
  topFunctions: { name: string; where: string; selfMs: number }[];
  steps: { step: string; ms: number }[];
}

/** Ordered: the first category whose test matches a source URL wins. */
const CATEGORIES: [string, (url: string, fn: string) => boolean][] = [
  ['garbage collection', (_, fn) => fn === '(garbage collector)'],
  ['idle / waiting', (_, fn) => fn === '(idle)'],
  ['layout (src/core/layout, d3-force, d3-quadtree)', (u) => /\/src\/core\/layout\/|\/d3-force\/|\/d3-quadtree\//.test(u)],
  ['validation (src/core/validate, schema, zod)', (u) => /\/src\/core\/(validate|schema)\/|\/node_modules\/zod\//.test(u)],
  ['load & YAML parsing (src/load, yaml, gray-matter)', (u) => /\/src\/load\/|\/node_modules\/(yaml|gray-matter|js-yaml)\//.test(u)],
  ['other project core (projection, model, vocabulary)', (u) => /\/src\/core\//.test(u)],
  ['site glue (src/site: graph.json, CSV, Markdown, element views)', (u) => /\/src\/site\//.test(u)],
  ['markdown-it', (u) => /\/node_modules\/(markdown-it|mdurl|linkify-it|uc\.micro|entities|punycode)/.test(u)],
  ['project pages & components (.astro, compiled)', (u) => /\/src\/(pages|components|astro)\/|\.astro|\/\.care-map\/build-.*\/chunks\/|\/\.care-map\/build-.*\/pages\//.test(u)],
  ['Astro render runtime', (u) => /\/node_modules\/astro\/dist\/(runtime|core\/render|core\/build\/generate)/.test(u)],
  ['Astro build, content layer & Vite/Rollup bundling', (u) => /\/node_modules\/(astro|vite|rollup|@rollup|@astrojs|esbuild|@babel|postcss|lightningcss|magic-string|es-module-lexer)\//.test(u)],
  ['tsx (TypeScript loader)', (u) => /\/node_modules\/(tsx|get-tsconfig)\//.test(u)],
  ['Node internals (fs, modules, streams)', (u) => u.startsWith('node:') || u === ''],
];

export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const categoryOf = (n: ProfileNode) => CATEGORIES.find(([, test]) => test(n.callFrame.url, n.callFrame.functionName))?.[0] ?? 'other (program, other packages)';
  const totals = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; selfMs: number }>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    totalMs += ms;
    const cat = categoryOf(node);
    totals.set(cat, (totals.get(cat) ?? 0) + ms);
    const where = shortUrl(node.callFrame.url);
    const key = `${node.callFrame.functionName}@${where}:${node.callFrame.lineNumber}`;
    const entry = functions.get(key) ?? { name: node.callFrame.functionName || '(anonymous)', where: `${where}:${node.callFrame.lineNumber + 1}`, selfMs: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
  }

  // Inclusive time of the project's main steps: the first (outermost) call of each on every stack.
  const inclusive = new Map<number, number>();
  const walk = (id: number): number => {
    const node = byId.get(id)!;
    let sum = self.get(id) ?? 0;
    for (const child of node.children ?? []) sum += walk(child);
    inclusive.set(id, sum);
    return sum;
  };
  const root = profile.nodes[0]!;
  walk(root.id);
  const STEPS: [string, RegExp, RegExp][] = [
    ['loadContent (read, parse, validate)', /^loadContent$/, /\/src\/load\/load-content/],
    ['validateContent', /^validateContent$/, /\/src\/core\/validate\/content/],
    ['projectPublic', /^projectPublic$/, /\/src\/core\/projection\//],
    ['layoutMap', /^layoutMap$/, /\/src\/core\/layout\/force-layout/],
    ['graphFile (per call site)', /^graphFile$/, /\/src\/site\/graph-file/],
    ['elementView', /^elementView$/, /\/src\/site\/element-view/],
    ['renderMarkdown', /^renderMarkdown$/, /\/src\/site\/markdown/],
  ];
  const steps: { step: string; ms: number }[] = [];
  for (const [step, fn, url] of STEPS) {
    let ms = 0;
    const visit = (id: number, inside: boolean) => {
      const node = byId.get(id)!;
      const match = fn.test(node.callFrame.functionName) && url.test(node.callFrame.url);
      if (match && !inside) ms += inclusive.get(id) ?? 0;
      for (const child of node.children ?? []) visit(child, inside || match);
    };
    visit(root.id, false);
    if (ms > 0) steps.push({ step, ms: Math.round(ms) });
  }

  return {
    totalMs: Math.round(totalMs),
    byCategory: [...totals].map(([category, ms]) => ({ category, ms: Math.round(ms), share: ms / totalMs })).sort((a, b) => b.ms - a.ms),
    topFunctions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, 15).map((f) => ({ ...f, selfMs: Math.round(f.selfMs) })),
    steps,
  };
}

/** The largest .cpuprofile in a folder: the build's main process. */
export function mainProfile(dir: string): string | null {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) return null;
  return files.map((f) => path.join(dir, f)).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
}

function shortUrl(url: string): string {
  const i = url.indexOf('/node_modules/');
  if (i >= 0) return url.slice(i + '/node_modules/'.length);
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  return url.replace(/^file:\/\//, '') || '(native)';
}
