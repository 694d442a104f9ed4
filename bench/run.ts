/**
 * `npm run bench`: how the care map scales, measured on this machine.
 *
 *   npm run bench                          # N = 50, 1,000, 5,000 and 20,000
 *   npm run bench -- --sizes 1000,5000     # fewer sizes
 *   options: --seed 1  --no-browser  --no-bare  --profile 5000 (CPU profile of one more build at that size)
 *            --loads 7 (cold page loads, after one uncounted warm-up)  --keep (keep the work folder)  --work DIR  --out docs/performance.md
 *            --no-import (skip timing `care-map import kumu` on a 20,000-element Kumu export, bench/import.ts)
 *            --engines 1000,5000 (also compare our layout engine with d3-force itself, bench/layout-engines.ts; slow, so asked for)
 *
 * For each N it generates a synthetic care commons (bench/generate.ts), then
 * measures `care-map check`, the in-process steps before Astro
 * (bench/phases.ts), a full `care-map build` (wall time and peak memory) and
 * a bare Astro build of N plain Markdown pages (bench/bare-astro.ts), the
 * sizes of what was built (bench/sizes.ts), and the map in headless Chromium
 * (bench/browser.ts). It prints a table and writes docs/performance.md with
 * the machine it ran on and the targets of issue 5.
 *
 * A benchmark, not a test: nothing here fails on a slow number.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCli } from '../bin/compile-cli.js';
import { isCompiled } from '../bin/compiled-cli.js';
import { writeBareAstro } from './bare-astro.ts';
import { chromiumVersion, measureBrowser, type BrowserMetrics, type FrameWork } from './browser.ts';
import { generateCommons, writeCommons } from './generate.ts';
import { benchImport, type ImportBench } from './import.ts';
import { measureLayoutEngines, type LayoutEngineReport } from './layout-engines.ts';
import { mainProfile, summariseProfile, type ProfileSummary } from './profile.ts';
import { siteSizes, type SiteSizes } from './sizes.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GNU_TIME = '/usr/bin/time';

// ---------------------------------------------------------------- options

interface Options {
  sizes: number[];
  seed: number;
  browser: boolean;
  bare: boolean;
  profile: number | null;
  loads: number;
  keep: boolean;
  work: string | null;
  out: string;
  kumuImport: boolean;
  engines: number[] | null;
}

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? '50,1000,5000,20000').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--sizes takes whole numbers of at least 10, e.g. --sizes 1000,5000');
  return {
    sizes,
    seed: Number(value('--seed') ?? '1'),
    browser: !argv.includes('--no-browser'),
    bare: !argv.includes('--no-bare'),
    profile: value('--profile') ? Number(value('--profile')) : null,
    loads: Number(value('--loads') ?? '7'),
    keep: argv.includes('--keep'),
    work: value('--work') ?? null,
    out: path.resolve(ROOT, value('--out') ?? 'docs/performance.md'),
    kumuImport: !argv.includes('--no-import'),
    engines: value('--engines') ? value('--engines')!.split(',').map((s) => Number(s.trim().replace(/_/g, ''))) : null,
  };
}

// ---------------------------------------------------------------- processes

interface Run {
  code: number;
  wallMs: number;
  /** Peak resident memory of the largest single process (GNU time), in bytes. */
  maxRssBytes: number | null;
  /** Peak of the summed resident memory of the whole process tree, sampled every 100 ms. */
  treeRssBytes: number | null;
  output: string;
}

const baseEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CARE_MAP_CONTENT: '', BASE_PATH: '', SITE_URL: '', NODE_OPTIONS: '', FORCE_COLOR: '0', NO_COLOR: '1' });

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = baseEnv(), keepOutput = true): Promise<Run> {
  const timeFile = existsSync(GNU_TIME) ? path.join(os.tmpdir(), `care-map-bench-time-${process.pid}-${Date.now()}`) : null;
  const [cmd, argList] = timeFile ? [GNU_TIME, ['-f', '%e %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argList, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const collect = (chunk: Buffer) => {
      if (keepOutput) chunks.push(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let treePeak = 0;
    const sampler = setInterval(() => {
      if (child.pid) treePeak = Math.max(treePeak, treeRss(child.pid));
    }, 100);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      let maxRssBytes: number | null = null;
      if (timeFile && existsSync(timeFile)) {
        const line = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const kb = Number(line.split(' ')[1]);
        if (Number.isFinite(kb)) maxRssBytes = kb * 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({ code: code ?? -1, wallMs, maxRssBytes, treeRssBytes: treePeak > 0 ? treePeak : null, output: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Resident memory of a process and all its descendants, from /proc (Linux), in bytes. */
function treeRss(pid: number): number {
  let total = 0;
  const seen = new Set<number>();
  const visit = (p: number) => {
    if (seen.has(p)) return;
    seen.add(p);
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+)\s+kB/.exec(status);
      if (rss) total += Number(rss[1]) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) for (const c of children.split(/\s+/)) visit(Number(c));
      }
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return total;
}

// ---------------------------------------------------------------- one size

interface AstroLog {
  typesMs: number | null;
  collectMs: number | null;
  staticEntrypointsMs: number | null;
  clientMs: number | null;
  routesMs: number | null;
  pagesBuiltMs: number | null;
  pages: number | null;
}

interface SizeResult {
  n: number;
  generate: { ms: number; connections: number; meanDegree: number; byType: Record<string, number>; byConnectionType: Record<string, number>; anonymised: number; hidden: number; restricted: number };
  check: { runsMs: number[]; medianMs: number; code: number; errors: number; warnings: number } | null;
  phases: Record<string, number | string | null> | null;
  build: { ms: number; maxRssBytes: number | null; treeRssBytes: number | null; code: number; astro: AstroLog; error?: string } | null;
  bare: { ms: number; maxRssBytes: number | null; treeRssBytes: number | null; code: number; astro: AstroLog; error?: string } | null;
  sizes: SiteSizes | null;
  graphHasSummaries: boolean | null;
  browser: BrowserMetrics | null;
  profile: ProfileSummary | null;
  loadAverage: number[];
}

function parseAstroLog(text: string): AstroLog {
  const seconds = (s: string | undefined, unit: string | undefined) => (s === undefined ? null : Number(s) * (unit === 's' ? 1000 : 1));
  const all = (re: RegExp) => [...text.matchAll(re)];
  const completed = all(/\[build\] ✓ Completed in ([\d.]+)(m?s)/g);
  const types = /\[types\] Generated ([\d.]+)(m?s)/.exec(text);
  const routes = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/.exec(text);
  const client = /building client \(vite\)[\s\S]*?\[vite\] ✓ built in ([\d.]+)(m?s)/.exec(text);
  const built = /\[build\] (\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(text);
  return {
    typesMs: types ? seconds(types[1], types[2]) : null,
    collectMs: completed[0] ? seconds(completed[0][1], completed[0][2]) : null,
    staticEntrypointsMs: completed[1] ? seconds(completed[1][1], completed[1][2]) : null,
    clientMs: client ? seconds(client[1], client[2]) : null,
    routesMs: routes ? seconds(routes[1], routes[2]) : null,
    pagesBuiltMs: built ? seconds(built[2], built[3]) : null,
    pages: built ? Number(built[1]) : null,
  };
}

const log = (text: string) => process.stderr.write(`${text}\n`);

async function measureSize(n: number, options: Options, work: string): Promise<SizeResult> {
  const folder = path.join(work, String(n));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const content = path.join(folder, 'content');
  const result: SizeResult = { n, generate: null as unknown as SizeResult['generate'], check: null, phases: null, build: null, bare: null, sizes: null, graphHasSummaries: null, browser: null, profile: null, loadAverage: os.loadavg() };

  let t = performance.now();
  const generated = generateCommons({ n, seed: options.seed });
  writeCommons(content, generated);
  const s = generated.stats;
  result.generate = { ms: performance.now() - t, connections: s.connections, meanDegree: s.meanDegree, byType: s.byType, byConnectionType: s.byConnectionType, anonymised: s.anonymised, hidden: s.hidden, restricted: s.restricted };
  log(`[${n}] generated ${s.elements} elements, ${s.connections} connections (mean degree ${s.meanDegree.toFixed(2)}) in ${fmtMs(result.generate.ms)}`);

  // care-map check: the real command, several times. First the new files go to disk and one run is left
  // uncounted, as for an organiser checking a repository they already have: the runs then time the checker,
  // not the kernel writing out thousands of fresh files.
  spawnSync('sync');
  await run(process.execPath, [path.join(ROOT, 'bin/care-map.js'), 'check', '--content', 'content'], folder);
  const checkRuns = n >= 20_000 ? 2 : 3;
  const runsMs: number[] = [];
  let last: Run | null = null;
  for (let i = 0; i < checkRuns; i++) {
    last = await run(process.execPath, [path.join(ROOT, 'bin/care-map.js'), 'check', '--content', 'content'], folder);
    runsMs.push(last.wallMs);
  }
  const summary = /(\d+) errors?, (\d+) warnings?/.exec(last!.output);
  result.check = { runsMs, medianMs: medianOf(runsMs), code: last!.code, errors: summary ? Number(summary[1]) : -1, warnings: summary ? Number(summary[2]) : -1 };
  log(`[${n}] care-map check: ${runsMs.map(fmtMs).join(', ')} (exit ${last!.code}, ${result.check.errors} errors, ${result.check.warnings} warnings)`);
  if (last!.code !== 0) log(last!.output.split('\n').filter((l) => l.includes('error')).slice(0, 10).join('\n'));

  // The steps before Astro, one by one, in a process of their own.
  const phases = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/phases.ts'), '--content', content], ROOT);
  try {
    result.phases = JSON.parse(phases.output.trim().split('\n').pop() ?? '') as Record<string, number | null>;
    const p = result.phases;
    log(`[${n}] before Astro: read ${fmtMs(p['readSequentialMs'])} (all at once ${fmtMs(p['readParallelMs'])}), parse ${fmtMs(p['parseMs'])}, validate ${fmtMs(p['validateMs'])}, project ${fmtMs(p['projectMs'])}, layout ${fmtMs(p['layoutMs'])}, graph.json ${fmtMs(p['graphJsonMs'])}${p['error'] ? ` (${p['error']})` : ''}`);
  } catch {
    log(`[${n}] phases failed: ${phases.output.slice(-500)}`);
  }

  // The care insights, in a process of their own (bench/insights.ts): what they add to the build.
  const insights = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/insights.ts'), '--content', content], ROOT);
  try {
    Object.assign((result.phases ??= {}), JSON.parse(insights.output.trim().split('\n').pop() ?? ''));
    log(`[${n}] insights: ${fmtMs(result.phases['insightsMs'])}, CPU ${fmtMs(result.phases['insightsCpuMs'])} (maps ${fmtMs(result.phases['insightsMapsMs'])}, whole commons ${fmtMs(result.phases['insightsWholeMs'])}; betweenness ${result.phases['insightsMethod']})`);
  } catch {
    log(`[${n}] insights failed: ${insights.output.slice(-500)}`);
  }

  // The full build, in a folder of its own with the project's packages beside it.
  const site = path.join(folder, 'site');
  mkdirSync(site, { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'), 'dir');
  const build = await run(process.execPath, [path.join(ROOT, 'bin/care-map.js'), 'build', '--content', '../content'], site, { ...baseEnv(), CARE_MAP_VERBOSE: '1' });
  writeFileSync(path.join(folder, 'build.log'), build.output);
  result.build = { ms: build.wallMs, maxRssBytes: build.maxRssBytes, treeRssBytes: build.treeRssBytes, code: build.code, astro: parseAstroLog(build.output) };
  if (build.code !== 0) result.build.error = build.output.split('\n').filter((l) => /✖|rror/.test(l)).slice(-5).join(' | ');
  log(`[${n}] care-map build: ${fmtMs(build.wallMs)}, peak ${fmtBytes(build.maxRssBytes)} (tree ${fmtBytes(build.treeRssBytes)}), exit ${build.code}${result.build.error ? `: ${result.build.error}` : ''}`);

  // The floor: a bare Astro build of N plain Markdown pages.
  if (options.bare) {
    const bare = path.join(folder, 'bare');
    writeBareAstro(bare, ROOT, generated.pages);
    const floor = await run(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], bare);
    writeFileSync(path.join(folder, 'bare.log'), floor.output);
    result.bare = { ms: floor.wallMs, maxRssBytes: floor.maxRssBytes, treeRssBytes: floor.treeRssBytes, code: floor.code, astro: parseAstroLog(floor.output) };
    if (floor.code !== 0) result.bare.error = floor.output.split('\n').filter((l) => /rror/.test(l)).slice(-5).join(' | ');
    log(`[${n}] bare Astro build (${generated.pages.length} pages): ${fmtMs(floor.wallMs)}, peak ${fmtBytes(floor.maxRssBytes)}, exit ${floor.code}`);
    if (!options.keep) rmSync(bare, { recursive: true, force: true });
  }

  const dist = path.join(site, 'dist');
  if (build.code === 0 && existsSync(dist)) {
    result.sizes = siteSizes(dist);
    result.graphHasSummaries = result.sizes.mapDataHasSearchFields;
    const z = result.sizes;
    log(`[${n}] dist ${fmtBytes(z.distBytes)}; ${z.mapDataFile} ${fmtBytes(z.graphGzipBytes)} gzip (${perElement(z)} B/element); map JS ${fmtBytes(z.mapJsGzipBytes)} gzip, lazy ${fmtBytes(z.lazyJsGzipBytes)}; add page JS ${fmtBytes(z.addJsGzipBytes)} gzip`);
    if (options.browser) {
      log(`[${n}] browser…`);
      result.browser = await measureBrowser(dist, { loads: options.loads, timeoutMs: 240_000 }).catch((error: unknown) => {
        log(`[${n}] browser failed: ${String(error)}`);
        return null;
      });
      const b = result.browser;
      if (b) log(`[${n}] ready ${fmtMs(b.readyMs)}, settled ${fmtMs(b.settledMs)}, filter ${fmtMs(b.filterMs)}, search ${fmtMs(b.searchMs)} (first ${fmtMs(b.searchFirstMs)}), frames ${fmtMs(b.frameMeanMs)} mean / ${fmtMs(b.frameP95Ms)} p95${b.notes.length ? `; notes: ${b.notes.join('; ')}` : ''}`);
    }
  }

  if (options.profile === n) {
    const profDir = path.join(folder, 'cpuprofile');
    mkdirSync(profDir, { recursive: true });
    const profSite = path.join(folder, 'site-profile');
    mkdirSync(profSite, { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(profSite, 'node_modules'), 'dir');
    log(`[${n}] profiling one more build…`);
    const profiled = await run(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=1000', path.join(ROOT, 'bin/care-map.js'), 'build', '--content', '../content'], profSite);
    const file = profiled.code === 0 ? mainProfile(profDir) : null;
    if (file) {
      result.profile = summariseProfile(file);
      log(`[${n}] profile: ${result.profile.byCategory.slice(0, 6).map((c) => `${c.category} ${fmtMs(c.ms)}`).join('; ')}`);
    } else log(`[${n}] profile failed (exit ${profiled.code})`);
    if (!options.keep) rmSync(profSite, { recursive: true, force: true });
  }
  if (!options.keep) rmSync(folder, { recursive: true, force: true });
  return result;
}

// ---------------------------------------------------------------- report

interface Target {
  what: string;
  n: number | 'all';
  limit: string;
  measure: (r: SizeResult) => { value: string; pass: boolean | null } | null;
}

const TARGETS: Target[] = [
  { what: '`care-map check`', n: 5000, limit: '≤ 1 s', measure: (r) => r.check && { value: fmtMs(r.check.medianMs), pass: r.check.medianMs <= 1000 } },
  { what: '`care-map check`', n: 20000, limit: '≤ 4 s', measure: (r) => r.check && { value: fmtMs(r.check.medianMs), pass: r.check.medianMs <= 4000 } },
  { what: 'build ÷ bare Astro build', n: 50, limit: '≤ 1.3× (issue 12)', measure: (r) => ratioValue(r, 1.3) },
  { what: 'build ÷ bare Astro build', n: 1000, limit: '≤ 1.3× (issue 12)', measure: (r) => ratioValue(r, 1.3) },
  { what: 'build ÷ bare Astro build', n: 5000, limit: '≤ 1.25×', measure: (r) => ratioValue(r, 1.25) },
  { what: 'build in one run, peak memory', n: 20000, limit: '< 3 GB', measure: (r) => r.build && { value: `${r.build.code === 0 ? 'built' : 'FAILED'}, ${fmtBytes(peak(r.build))}`, pass: r.build.code === 0 && (peak(r.build) ?? Infinity) < 3 * 2 ** 30 } },
  { what: 'map page JavaScript (gzip)', n: 'all', limit: '≤ 60 KB', measure: (r) => r.sizes?.mapJsGzipBytes != null ? { value: fmtBytes(r.sizes.mapJsGzipBytes), pass: r.sizes.mapJsGzipBytes <= 60 * 1024 } : null },
  { what: 'add page JavaScript, validation included (gzip)', n: 'all', limit: '≤ 60 KB', measure: (r) => r.sizes?.addJsGzipBytes != null ? { value: fmtBytes(r.sizes.addJsGzipBytes), pass: r.sizes.addJsGzipBytes <= 60 * 1024 } : null },
  { what: 'graph data per element (gzip)', n: 'all', limit: '≤ 100 B', measure: (r) => (r.sizes?.graphGzipBytes != null ? { value: `${perElement(r.sizes)} B`, pass: Number(perElement(r.sizes)) <= 100 } : null) },
  {
    what: 'search data apart from graph data, loaded when needed',
    n: 'all',
    limit: 'yes',
    measure: (r) => (r.graphHasSummaries === null ? null : { value: r.graphHasSummaries ? `no: summaries, areas, contacts travel in ${r.sizes?.mapDataFile ?? 'graph.json'}` : `yes: ${r.sizes?.detailsFile ?? 'apart'}`, pass: !r.graphHasSummaries }),
  },
  { what: 'settled map drawn', n: 1000, limit: '≤ 300 ms', measure: (r) => browserValue(r, (b) => b.settledMs, 300) },
  { what: 'settled map drawn', n: 5000, limit: '≤ 1 s', measure: (r) => browserValue(r, (b) => b.settledMs, 1000) },
  { what: 'filter change', n: 1000, limit: '≤ 50 ms', measure: (r) => browserValue(r, (b) => b.filterMs, 50) },
  { what: 'filter change', n: 5000, limit: '≤ 150 ms', measure: (r) => browserValue(r, (b) => b.filterMs, 150) },
  { what: 'search, per keystroke (median)', n: 5000, limit: '≤ 50 ms', measure: (r) => browserValue(r, (b) => b.searchMs, 50) },
  { what: 'pan/zoom frame time (mean)', n: 5000, limit: '≤ 33 ms', measure: (r) => browserValue(r, (b) => b.frameMeanMs, 33) },
];

function browserValue(r: SizeResult, pick: (b: BrowserMetrics) => number | null, limit: number): { value: string; pass: boolean | null } | null {
  if (!r.browser) return null;
  const v = pick(r.browser);
  return v === null ? { value: 'n/a', pass: null } : { value: fmtMs(v), pass: v <= limit };
}

function ratioValue(r: SizeResult, limit: number): { value: string; pass: boolean } | null {
  const value = ratio(r);
  return value === null ? null : { value: `${value.toFixed(2)}×`, pass: value <= limit };
}

function ratio(r: SizeResult): number | null {
  return r.build && r.bare && r.build.code === 0 && r.bare.code === 0 ? r.build.ms / r.bare.ms : null;
}

function peak(b: { maxRssBytes: number | null; treeRssBytes: number | null }): number | null {
  const list = [b.maxRssBytes, b.treeRssBytes].filter((v): v is number => v !== null);
  return list.length ? Math.max(...list) : null;
}

function perElement(z: SiteSizes): string {
  return z.graphGzipBytes !== null && z.graphNodes ? (z.graphGzipBytes / z.graphNodes).toFixed(1) : 'n/a';
}

const mark = (pass: boolean | null) => (pass === null ? '' : pass ? ' ✅' : ' ❌');

/** A value, marked ✅/❌ when a target of issue 5 applies at this N. */
function targetCell(r: SizeResult, what: string, value: string): string {
  const target = TARGETS.find((t) => t.what === what && (t.n === r.n || t.n === 'all'));
  const measured = target?.measure(r);
  return `${value}${measured ? mark(measured.pass) : ''}`;
}

function workCell(w: FrameWork): string {
  return `${fmtMs(w.mainBusyMs)} (${fmtMs(w.rafMs)} / ${fmtMs(w.styleLayoutMs)} / ${fmtMs(w.paintMs)} / ${fmtMs(w.commitMs)}); ${fmtMs(w.rasterMs)}`;
}

function workText(w: FrameWork): string {
  return `page main thread busy ${fmtMs(w.mainBusyMs)} (animation-frame callbacks ${fmtMs(w.rafMs)}, input events ${fmtMs(w.inputMs)}, style and layout ${fmtMs(w.styleLayoutMs)}, paint ${fmtMs(w.paintMs)}, commit (where a canvas is rasterised) ${fmtMs(w.commitMs)}, GC ${fmtMs(w.gcMs)}), raster threads ${fmtMs(w.rasterMs)}, compositor ${fmtMs(w.compositorMs)}, GPU process ${fmtMs(w.gpuMs)}`;
}

function fmtMs(ms: number | null | undefined | string): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return 'n/a';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function fmtBytes(bytes: number | null | undefined): string {
  if (typeof bytes !== 'number') return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(bytes < 100 * 1024 ** 2 ? 1 : 0)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

const num = (n: number) => n.toLocaleString('en-GB');

function medianOf(values: number[]): number {
  const list = [...values].sort((a, b) => a - b);
  const mid = Math.floor(list.length / 2);
  return list.length % 2 ? list[mid]! : (list[mid - 1]! + list[mid]!) / 2;
}

interface Machine {
  /** `node -e 0`, median of 5: the floor of every command timed here. */
  nodeStart: string;
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  chromium: string;
  os: string;
  date: string;
}

/** How long Node takes to start and stop doing nothing, with this environment and, if it sets one, without NODE_EXTRA_CA_CERTS (read at every start). */
async function nodeStartUp(): Promise<string> {
  const time = async (env: NodeJS.ProcessEnv) => {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push((await run(process.execPath, ['-e', '0'], ROOT, env)).wallMs);
    return fmtMs(medianOf(runs));
  };
  const here = await time(baseEnv());
  if (!process.env['NODE_EXTRA_CA_CERTS']) return here;
  const { NODE_EXTRA_CA_CERTS: _, ...without } = baseEnv();
  return `${here}; ${await time(without)} without NODE_EXTRA_CA_CERTS, which this machine sets (Node reads those certificates at every start)`;
}

function report(results: SizeResult[], machine: Machine, totalMs: number, options: Options): string {
  const head = `| | ${results.map((r) => `N = ${num(r.n)}`).join(' | ')} | target (issue 5) |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|---|`;
  const rows: string[] = [];
  const row = (label: string, cell: (r: SizeResult) => string, target = '') => rows.push(`| ${label} | ${results.map(cell).join(' | ')} | ${target} |`);
  const b = (r: SizeResult) => r.browser;

  row('elements / connections generated', (r) => `${num(r.n)} / ${num(r.generate.connections)}`);
  row('`care-map check` (median)', (r) => (r.check ? targetCell(r, '`care-map check`', fmtMs(r.check.medianMs)) : 'n/a'), '≤ 1 s at 5,000; ≤ 4 s at 20,000');
  row('— in it: read files / parse YAML / validate', (r) => (r.phases ? `${fmtMs(r.phases['readSequentialMs'])} / ${fmtMs(r.phases['parseMs'])} / ${fmtMs(r.phases['validateMs'])}` : 'n/a'));
  row('— layout (in the build, not in check)', (r) => (r.phases ? fmtMs(r.phases['layoutMs']) : 'n/a'));
  row('— care insights, every map and the whole commons (in the build)', (r) => (r.phases ? `${fmtMs(r.phases['insightsMs'])} (CPU ${fmtMs(r.phases['insightsCpuMs'])})` : 'n/a'), '≤ 1 s at 5,000; ≤ 5 s at 20,000 (issue 14)');
  row('`care-map build`', (r) => (r.build ? (r.build.code === 0 ? fmtMs(r.build.ms) : `failed (${fmtMs(r.build.ms)})`) : 'n/a'));
  row('bare Astro build, N Markdown pages', (r) => (r.bare ? (r.bare.code === 0 ? fmtMs(r.bare.ms) : 'failed') : 'not run'));
  row('build ÷ bare', (r) => (ratio(r) === null ? 'n/a' : targetCell(r, 'build ÷ bare Astro build', `${ratio(r)!.toFixed(2)}×`)), '≤ 1.3× at 50 and 1,000 (issue 12); ≤ 1.25× at 5,000');
  row('build peak memory (RSS)', (r) => (r.build ? targetCell(r, 'build in one run, peak memory', fmtBytes(peak(r.build))) : 'n/a'), '< 3 GB at 20,000, one run');
  row('bare build peak memory (RSS)', (r) => (r.bare ? fmtBytes(peak(r.bare)) : 'n/a'));
  row('dist/', (r) => (r.sizes ? `${fmtBytes(r.sizes.distBytes)} (${num(r.sizes.distFiles)} files)` : 'n/a'));
  row('graph data the map loads, gzip (per element)', (r) => (r.sizes ? targetCell(r, 'graph data per element (gzip)', `${fmtBytes(r.sizes.graphGzipBytes)} (${perElement(r.sizes)} B)`) : 'n/a'), '≤ 100 B per element');
  row('map page JavaScript on open, gzip', (r) => (r.sizes ? targetCell(r, 'map page JavaScript (gzip)', fmtBytes(r.sizes.mapJsGzipBytes)) : 'n/a'), '≤ 60 KB');
  row('add page JavaScript, validation included, gzip', (r) => (r.sizes ? targetCell(r, 'add page JavaScript, validation included (gzip)', fmtBytes(r.sizes.addJsGzipBytes)) : 'n/a'), '≤ 60 KB');
  row('— loaded later (search, relax), gzip', (r) => (r.sizes ? fmtBytes(r.sizes.lazyJsGzipBytes) : 'n/a'));
  row('search data apart from graph data', (r) => (r.graphHasSummaries === null ? 'n/a' : targetCell(r, 'search data apart from graph data, loaded when needed', r.graphHasSummaries ? 'no' : 'yes')), 'separate, loaded when needed');
  row('— search and profile data, fetched on first search, selection or list, gzip', (r) => (r.sizes?.detailsGzipBytes != null ? `${fmtBytes(r.sizes.detailsGzipBytes)} (${r.sizes.detailsFile})` : 'n/a'));
  row('map drawn, `cm--ready` painted', (r) => fmtMs(b(r)?.readyMs));
  row('settled map drawn', (r) => (b(r) ? targetCell(r, 'settled map drawn', fmtMs(b(r)!.settledMs)) : 'n/a'), '≤ 300 ms at 1,000; ≤ 1 s at 5,000');
  row('filter change (median)', (r) => (b(r) ? targetCell(r, 'filter change', fmtMs(b(r)!.filterMs)) : 'n/a'), '≤ 50 ms at 1,000; ≤ 150 ms at 5,000');
  row('search keystroke, median (max)', (r) => (b(r) ? targetCell(r, 'search, per keystroke (median)', `${fmtMs(b(r)!.searchMs)} (${fmtMs(b(r)!.searchMaxMs)})`) : 'n/a'), '≤ 50 ms at 5,000');
  row('first search (loads and builds the index)', (r) => fmtMs(b(r)?.searchFirstMs));
  row('pan/zoom frame, mean (p95)', (r) => (b(r) ? targetCell(r, 'pan/zoom frame time (mean)', `${fmtMs(b(r)!.frameMeanMs)} (${fmtMs(b(r)!.frameP95Ms)})`) : 'n/a'), '≤ 33 ms at 5,000');
  row('— zoom / pan frame mean', (r) => (b(r) ? `${fmtMs(b(r)!.zoomFrameMeanMs)} / ${fmtMs(b(r)!.panFrameMeanMs)}` : 'n/a'));
  row('— per frame: main thread busy (rAF / style+layout / paint / commit); raster threads', (r) => (b(r)?.frameWork ? workCell(b(r)!.frameWork!) : 'n/a'));
  row('renderer', (r) => (b(r) ? `${b(r)!.renderer}${b(r)!.svgElements ? ` (${num(b(r)!.svgElements!)} SVG elements)` : ''}` : 'n/a'));
  row('— other renderer (`?renderer=`): ready; filter; frame mean (p95)', (r) => {
    const o = b(r)?.otherRenderer;
    return o ? `${o.renderer}: ${fmtMs(o.readyMs)}; ${fmtMs(o.filterMs)}; ${fmtMs(o.frameMeanMs)} (${fmtMs(o.frameP95Ms)})` : 'n/a';
  });
  const table = [head, rule, ...rows].join('\n');

  const targetRows = TARGETS.flatMap((t) => {
    const applies = results.filter((r) => t.n === 'all' || r.n === t.n);
    if (applies.length === 0) return [`| ${t.what} | ${t.n === 'all' ? 'every N' : num(t.n)} | ${t.limit} | not run | |`];
    return applies.map((r) => {
      const m = t.measure(r);
      return `| ${t.what} | ${num(r.n)} | ${t.limit} | ${m?.value ?? 'n/a'} | ${m ? (m.pass === null ? 'n/a' : m.pass ? '✅ pass' : '❌ fail') : 'n/a'} |`;
    });
  });

  const detail = results.map((r) => {
    const lines = [`### N = ${num(r.n)}`, ''];
    lines.push(`- Generated: ${Object.entries(r.generate.byType).map(([k, v]) => `${k} ${num(v)}`).join(', ')}; connections ${Object.entries(r.generate.byConnectionType).map(([k, v]) => `${k} ${num(v)}`).join(', ')} (mean degree ${r.generate.meanDegree.toFixed(2)}); ${num(r.generate.anonymised)} anonymised, ${r.generate.hidden} hidden, ${num(r.generate.restricted)} on some maps only.`);
    if (r.check) lines.push(`- \`care-map check\` runs: ${r.check.runsMs.map(fmtMs).join(', ')}; exit ${r.check.code}, ${r.check.errors} errors, ${num(r.check.warnings)} warnings (review dates).`);
    if (r.phases) {
      const p = r.phases;
      lines.push(`- Before Astro, in one process: read element files one after another as the loader does ${fmtMs(p['readSequentialMs'])} (all in flight at once: ${fmtMs(p['readParallelMs'])}), parse front matter ${fmtMs(p['parseMs'])}, validate ${fmtMs(p['validateMs'])} (loadContent as a whole, warm: ${fmtMs(p['loadMs'])}), public projection ${fmtMs(p['projectMs'])}, **layout ${fmtMs(p['layoutMs'])}**, graph.json ${fmtMs(p['graphJsonMs'])}.`);
    }
    if (r.build) {
      const a = r.build.astro;
      lines.push(`- \`care-map build\` ${fmtMs(r.build.ms)}: Astro's own report — content sync & types ${fmtMs(a.typesMs)}, collecting build info ${fmtMs(a.collectMs)}, server entrypoints ${fmtMs(a.staticEntrypointsMs)}, client bundle ${fmtMs(a.clientMs)}, generating ${a.pages ?? '?'} pages ${fmtMs(a.routesMs)}; Astro total ${fmtMs(a.pagesBuiltMs)}, so about ${fmtMs(a.pagesBuiltMs === null ? null : r.build.ms - a.pagesBuiltMs)} went before Astro started (Node start-up, loading Astro, check, layout).${r.build.error ? ` Error: ${r.build.error}` : ''}`);
    }
    if (r.bare) {
      const a = r.bare.astro;
      lines.push(`- Bare Astro build ${fmtMs(r.bare.ms)}: content sync & types ${fmtMs(a.typesMs)}, server entrypoints ${fmtMs(a.staticEntrypointsMs)}, generating ${a.pages ?? '?'} pages ${fmtMs(a.routesMs)}.${r.bare.error ? ` Error: ${r.bare.error}` : ''}`);
    }
    if (r.sizes) lines.push(`- Map page scripts: ${r.sizes.mapJsFiles.join(', ') || 'none'} (${fmtBytes(r.sizes.mapJsBytes)} raw); later: ${r.sizes.lazyJsFiles.join(', ') || 'none'}. map data ${r.sizes.mapDataFile} ${fmtBytes(r.sizes.graphBytes)} raw, ${num(r.sizes.graphNodes ?? 0)} nodes, ${num(r.sizes.graphLinks ?? 0)} links.`);
    const br = r.browser;
    if (br) {
      lines.push(`- Browser: loads ${br.loads.map((l) => `ready ${fmtMs(l.readyMs)} / settled ${fmtMs(l.settledMs)} (map data in at ${fmtMs(l.graphFetchedMs)})`).join('; ')}.`);
      lines.push(`- Filter (${br.filterControl ?? 'none'}): ${br.filterSamples.map((v) => fmtMs(v)).join(', ') || 'n/a'}. Search "${br.searchQuery ?? ''}": ${br.searchSamples.map((v) => fmtMs(v)).join(', ') || 'n/a'}. Zoom frames mean ${fmtMs(br.zoomFrameMeanMs)} (p95 ${fmtMs(br.zoomFrameP95Ms)}), pan ${fmtMs(br.panFrameMeanMs)} (p95 ${fmtMs(br.panFrameP95Ms)}); ${br.longTasks ?? 'n/a'} long tasks. Scripts fetched on open: ${fmtBytes(br.jsLoadedGzipBytes)} gzip.`);
      if (br.frameWork) lines.push(`- Pan/zoom, per frame, from a Chromium trace: ${workText(br.frameWork)}.${br.otherRenderer?.frameWork ? ` With ${br.otherRenderer.renderer}: ${workText(br.otherRenderer.frameWork)}.` : ''}`);
      if (br.marks.length) lines.push(`- Page marks: ${br.marks.join(', ')}.`);
      if (br.notes.length || br.errors.length) lines.push(`- Notes: ${[...br.notes, ...br.errors.map((e) => `page error: ${e}`)].join('; ')}.`);
    }
    if (r.profile) {
      const p = r.profile;
      lines.push(`- CPU profile of one more build (${fmtMs(p.totalMs)} sampled on the main thread):`);
      lines.push('', '  | part | CPU | share |', '  |---|---:|---:|', ...p.byCategory.map((c) => `  | ${c.category} | ${fmtMs(c.ms)} | ${(c.share * 100).toFixed(1)} % |`), '');
      lines.push(`  Main steps (inclusive): ${p.steps.map((s) => `${s.step} ${fmtMs(s.ms)}`).join(', ')}.`);
      lines.push(`  Hottest functions (self): ${p.topFunctions.slice(0, 10).map((f) => `\`${f.name}\` ${f.where} ${fmtMs(f.selfMs)}`).join('; ')}.`);
    }
    lines.push(`- Load average when this size started: ${r.loadAverage.map((l) => l.toFixed(2)).join(', ')}.`);
    return lines.join('\n');
  });

  return [
    '# Performance',
    '',
    'Written by `npm run bench` (bench/run.ts); do not edit by hand. A benchmark, not a test: nothing fails on a slow number.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- Memory: ${machine.memory}`,
    `- OS: ${machine.os}`,
    `- Node ${machine.node}; Chromium ${machine.chromium} (headless, software rendering, \`/usr/bin/chromium\`)`,
    `- Node start-up alone (\`node -e 0\`, median of 5): ${machine.nodeStart}`,
    `- Date: ${machine.date}; the whole run took ${fmtMs(totalMs)} (sizes ${options.sizes.map(num).join(', ')}, seed ${options.seed})`,
    '',
    '## Results',
    '',
    table,
    '',
    '✅/❌: the target of issue 5 for that N. Times are wall-clock: commands are the real `care-map` spawned as a user runs it (Node start-up included; the compiled CLI of `npm run prepare`, which the bench compiles first if the sources changed); `check` is timed after the generated files are synced to disk and one uncounted run; the bare build is `astro build` of a minimal project with one content collection (glob loader) and one route rendering N Markdown files, through the same node_modules. Peak memory is the larger of GNU time\'s maximum RSS and the sampled RSS of the whole process tree. Sizes are gzip at zlib\'s default level, file by file. Browser figures: viewport 1280×800, reduced motion, one uncounted warm-up load and then a fresh context per load, readiness reported by the page through its console rather than polled; see bench/browser.ts for exactly what each one times.',
    '',
    '## Targets',
    '',
    '| target | N | limit | measured | |',
    '|---|---:|---|---|---|',
    ...targetRows,
    '',
    '## Details',
    '',
    ...detail.flatMap((d) => [d, '']),
    '## Running it',
    '',
    '```sh',
    'npm run bench                                # N = 50, 1,000, 5,000 and 20,000',
    'npm run bench -- --sizes 1000,5000           # fewer sizes',
    'npm run bench -- --sizes 5000 --profile 5000 # with a CPU profile of one more build',
    'npx tsx bench/generate.ts --n 1000 --seed 1 --out /tmp/commons   # just the synthetic content',
    '```',
    '',
  ].join('\n');
}

/** The import (issue 10) and, when asked for, the layout engines compared (issue 12). */
function extraSections(kumu: ImportBench | null, engines: LayoutEngineReport | null): string {
  const parts: string[] = [];
  if (kumu) {
    const pass = kumu.seconds <= 5 ? ' ✅' : ' ❌';
    parts.push('## Kumu import', '', `\`care-map import kumu\` of a ${num(kumu.elements)}-element Kumu JSON export (${kumu.megabytes.toFixed(1)} MB), run first, after one uncounted run, median of three (${kumu.runsSeconds.map((s) => `${s.toFixed(2)} s`).join(', ')}): **${kumu.seconds.toFixed(2)} s**${pass} (target ≤ 5 s at 20,000), using ${kumu.cpuSeconds.toFixed(2)} s of CPU, ${kumu.systemSeconds.toFixed(2)} s of it in the system (creating the files; slower for a minute or more after many files were deleted, see bench/import.ts).`, '');
  }
  if (engines) parts.push('## Layout engines: ours against d3-force', '', engines.markdown, '');
  return parts.length ? `\n${parts.join('\n')}` : '';
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // The commands run as `npm ci` leaves them: compiled (npm run prepare), not through tsx.
  if (!isCompiled()) {
    log('bench: compiling the CLI (npm run prepare)…');
    await compileCli();
  }
  const started = performance.now();
  const work = options.work ? path.resolve(options.work) : mkdtempSync(path.join(os.tmpdir(), 'care-map-bench-'));
  mkdirSync(work, { recursive: true });
  const cpus = os.cpus();
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) osName = `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux: keep the kernel name.
  }
  const machine: Machine = {
    nodeStart: await nodeStartUp(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: fmtBytes(os.totalmem()),
    node: process.version,
    chromium: options.browser ? await chromiumVersion().catch(() => 'not available') : 'not run',
    os: osName,
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
  };
  log(`bench: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, Chromium ${machine.chromium}; work folder ${work}`);

  // The import first: the sizes' clean-up deletes thousands of files, and on this machine's ext4 new
  // files are then slow to create for minutes (bench/import.ts), which would time the kernel, not the import.
  let kumu: ImportBench | null = null;
  if (options.kumuImport) {
    log('bench: care-map import kumu, 20,000 elements…');
    kumu = benchImport(20_000);
  }
  const results: SizeResult[] = [];
  for (const n of options.sizes) results.push(await measureSize(n, options, work));
  let engines: LayoutEngineReport | null = null;
  if (options.engines) {
    log(`bench: our layout engine against d3-force at ${options.engines.join(', ')}…`);
    engines = await measureLayoutEngines({ sizes: options.engines, seed: options.seed });
  }
  const totalMs = performance.now() - started;

  const text = report(results, machine, totalMs, options) + extraSections(kumu, engines);
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, text);
  writeFileSync(path.join(work, 'results.json'), JSON.stringify({ machine, results, kumuImport: kumu, layoutEngines: engines }, null, 2));
  process.stdout.write(`\n${text.slice(text.indexOf('## Results'), text.indexOf('## Details'))}`);
  log(`wrote ${path.relative(process.cwd(), options.out) || options.out}; raw results in ${path.join(work, 'results.json')}; took ${fmtMs(totalMs)}`);
  if (!options.keep && !options.work) {
    for (const entry of readdirSync(work)) if (entry !== 'results.json') rmSync(path.join(work, entry), { recursive: true, force: true });
  }
}

await main();
