/**
 * The map in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core; never a downloaded browser), on a built site served from
 * 127.0.0.1 by a tiny static server.
 *
 * Every measurement is taken inside the page with performance.now():
 *
 * - open: navigation start → the first paint after `<care-map>` gets
 *   `cm--ready` ("ready"), and → the paint after the last change inside the
 *   map once it has been quiet for 600 ms ("settled": labels placed, nothing
 *   moving). Median of several cold loads, each in a fresh browser context.
 * - filter: one checkbox of the filter form clicked → the paint after the last
 *   change it caused (quiet for 300 ms). Median of checking and unchecking.
 * - search: the search box's value changed and an `input` event sent, one
 *   character at a time → the paint after the results list changed. The first
 *   query (which loads and builds the index) is reported on its own.
 * - pan/zoom: one synthetic wheel or mouse-drag step per animation frame on
 *   an empty spot of the map (as d3-zoom or a canvas handler receives them);
 *   the frame time is the interval between animation frames while it runs.
 *
 * Prefers the page's own performance marks when it exposes any (they are
 * listed). A control that cannot be found gives null ("n/a"), never a crash.
 * The context asks for reduced motion, so filter and search timings measure
 * the work, not a deliberate transition.
 *
 * The pan/zoom gesture runs a second time under a Chromium trace, to split
 * each frame's time between script, style/layout, paint, commit and raster.
 * CARE_MAP_BENCH_TRACE=/tmp/trace saves those traces (trace.<renderer>.json,
 * to open in DevTools); CARE_MAP_BENCH_TRACE_CATS=a,b,c sets their categories.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { gzipSize } from './sizes.ts';
import { launchBrowser } from '../tests/browser/helpers/browser.ts';
import { serve } from '../tests/browser/helpers/server.ts';

export interface BrowserMetrics {
  chromium: string;
  /** Navigation start → first paint with the map drawn and ready (median). */
  readyMs: number | null;
  /** Navigation start → last change painted once the map is quiet (median). */
  settledMs: number | null;
  loads: { readyMs: number | null; settledMs: number | null; graphFetchedMs: number | null }[];
  /** What the map drew with: 'svg', 'canvas' or 'unknown', and how many SVG elements. */
  renderer: string;
  svgElements: number | null;
  filterMs: number | null;
  filterSamples: number[];
  filterControl: string | null;
  searchFirstMs: number | null;
  searchMs: number | null;
  searchMaxMs: number | null;
  searchSamples: number[];
  searchQuery: string | null;
  zoomFrameMeanMs: number | null;
  zoomFrameP95Ms: number | null;
  panFrameMeanMs: number | null;
  panFrameP95Ms: number | null;
  /** Mean and p95 over zoom and pan together. */
  frameMeanMs: number | null;
  frameP95Ms: number | null;
  longTasks: number | null;
  /**
   * Where the pan/zoom gesture's time went, per frame, from a Chromium trace:
   * the page's main thread (busy in total; animation-frame callbacks, input
   * events, style and layout, paint, commit, garbage collection), its raster threads
   * and compositor, and the GPU process (which composites in software here).
   */
  frameWork: FrameWork | null;
  /** The same gesture with the other renderer (`?renderer=svg|canvas`), when the page offers the choice. */
  otherRenderer: { renderer: string; readyMs: number | null; filterMs: number | null; frameMeanMs: number | null; frameP95Ms: number | null; frameWork: FrameWork | null } | null;
  /** Scripts fetched while opening the map, gzipped one by one. */
  jsLoadedGzipBytes: number | null;
  jsLoaded: string[];
  /** Performance marks and measures the page exposes. */
  marks: string[];
  errors: string[];
  notes: string[];
}

export interface BrowserOptions {
  loads?: number;
  /** Longest wait for the map to be ready. */
  timeoutMs?: number;
}

export async function chromiumVersion(): Promise<string> {
  const browser = await launchBrowser();
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

/** What the page logs once the map's first ready paint is recorded. */
const READY_SIGNAL = 'care-map-bench: ready';

/** Installed before any page script: records readiness and every change inside the map, with the paint after it. */
const INIT_SCRIPT = `(() => {
  const READY_SIGNAL = ${JSON.stringify(READY_SIGNAL)};
  // tsx compiles this file with esbuild's keepNames: functions sent to the page call __name.
  if (!window.__name) window.__name = (fn) => fn;
  const b = { readyAt: null, readyPaint: null, lastChange: 0, lastPaint: 0, longTasks: 0 };
  window.__bench = b;
  const afterPaint = (fn) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => fn(performance.now()); ch.port2.postMessage(0); });
  let queued = false;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (b.readyAt === null) {
      if (!document.querySelector('care-map.cm--ready')) return;
      b.readyAt = now;
      // Told through the console, so the harness runs nothing in the page while it loads.
      afterPaint((t) => { b.readyPaint = t; console.debug(READY_SIGNAL); });
    }
    b.lastChange = now;
    if (!queued) { queued = true; afterPaint((t) => { queued = false; b.lastPaint = t; }); }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    new PerformanceObserver((list) => { b.longTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface BenchState {
  readyAt: number | null;
  readyPaint: number | null;
  lastChange: number;
  lastPaint: number;
  longTasks: number;
}

export async function measureBrowser(dist: string, options: BrowserOptions = {}): Promise<BrowserMetrics> {
  const loads = options.loads ?? 7;
  const timeoutMs = options.timeoutMs ?? 180_000;
  const server = await serve({ dist, base: '' });
  const browser = await launchBrowser();
  const m: BrowserMetrics = {
    chromium: browser.version(),
    readyMs: null,
    settledMs: null,
    loads: [],
    renderer: 'unknown',
    svgElements: null,
    filterMs: null,
    filterSamples: [],
    filterControl: null,
    searchFirstMs: null,
    searchMs: null,
    searchMaxMs: null,
    searchSamples: [],
    searchQuery: null,
    zoomFrameMeanMs: null,
    zoomFrameP95Ms: null,
    panFrameMeanMs: null,
    panFrameP95Ms: null,
    frameMeanMs: null,
    frameP95Ms: null,
    longTasks: null,
    frameWork: null,
    otherRenderer: null,
    jsLoadedGzipBytes: null,
    jsLoaded: [],
    marks: [],
    errors: [],
    notes: [],
  };
  const step = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (error) {
      m.notes.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };
  try {
    let page: Page | null = null;
    let context: BrowserContext | null = null;
    // One warm-up load, not counted: right after a build, Chromium's own files have left the
    // memory cache, and a visitor's browser is already running. Then cold loads (each in a
    // fresh context: no HTTP cache, no code cache); the last one stays open for the interactions.
    for (let run = -1; run < loads; run++) {
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', deviceScaleFactor: 1 });
      await context.addInitScript(INIT_SCRIPT);
      page = await context.newPage();
      page.setDefaultTimeout(timeoutMs);
      const scripts: Promise<{ url: string; gzip: number } | null>[] = [];
      if (run === loads - 1) {
        page.on('response', (response) => {
          // The map data arrives as a script too (data/map.js): it is data, counted as such.
          if (response.request().resourceType() !== 'script' || new URL(response.url()).pathname.includes('/data/')) return;
          scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, gzip: gzipSize(body) }), () => null));
        });
      }
      page.on('pageerror', (error) => m.errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') m.errors.push(message.text());
      });
      const ready = open(page, server.url, timeoutMs);
      const load = { readyMs: null as number | null, settledMs: null as number | null, graphFetchedMs: null as number | null };
      await step('open', async () => {
        await ready;
        const state = await waitQuiet(page!, 600, 20_000);
        load.readyMs = state.readyPaint;
        load.settledMs = Math.max(state.readyPaint ?? 0, state.lastPaint);
        load.graphFetchedMs = await page!.evaluate(() => {
          // The map's data file, whatever it is called (data/map.js; data/map.json and data/graph.json before).
          const src = document.querySelector<HTMLScriptElement>('script[src*="/data/"]')?.src;
          const url = new URL(src ?? document.querySelector('care-map')?.getAttribute('data-graph') ?? 'data/graph.json', location.href).href;
          const entry = performance.getEntriesByType('resource').find((r) => r.name === url) as PerformanceResourceTiming | undefined;
          return entry ? entry.responseEnd : null;
        });
      });
      if (run >= 0) m.loads.push(load);
      if (run === loads - 1) {
        const found = (await Promise.all(scripts)).filter((s): s is { url: string; gzip: number } => s !== null);
        m.jsLoaded = found.map((s) => s.url);
        m.jsLoadedGzipBytes = found.reduce((s, f) => s + f.gzip, 0);
      }
    }
    m.readyMs = median(m.loads.map((l) => l.readyMs));
    m.settledMs = median(m.loads.map((l) => l.settledMs));
    if (!page || m.readyMs === null) {
      m.notes.push('the map never became ready: no interaction measured');
      return m;
    }
    const p = page;
    await step('renderer', async () => {
      const r = await p.evaluate(() => {
        const canvas = document.querySelector('[data-part="canvas"]') ?? document.querySelector('care-map');
        return { svg: canvas?.querySelectorAll('svg *').length ?? 0, canvas: canvas?.querySelectorAll('canvas').length ?? 0, says: document.querySelector('care-map')?.getAttribute('data-renderer') ?? null };
      });
      m.renderer = r.says ?? (r.canvas > 0 ? (r.svg > 50 ? 'canvas + svg' : 'canvas') : r.svg > 0 ? 'svg' : 'unknown');
      m.svgElements = r.svg;
    });
    await step('filter', () => measureFilter(p, m));
    await step('search', () => measureSearch(p, m));
    await step('pan/zoom', () => measurePanZoom(p, m));
    await step('marks', async () => {
      const state = await p.evaluate(() => ({
        marks: performance.getEntriesByType('mark').map((e) => `${e.name} @${e.startTime.toFixed(0)}ms`),
        measures: performance.getEntriesByType('measure').map((e) => `${e.name} ${e.duration.toFixed(1)}ms`),
        longTasks: (window as unknown as { __bench: BenchState }).__bench.longTasks,
      }));
      m.marks = [...state.marks, ...state.measures].slice(0, 40);
      m.longTasks = state.longTasks;
    });
    await context?.close();
    context = null;
    if (m.renderer === 'svg' || m.renderer === 'canvas') {
      await step('other renderer', async () => {
        const other = m.renderer === 'svg' ? 'canvas' : 'svg';
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', deviceScaleFactor: 1 });
        try {
          await ctx.addInitScript(INIT_SCRIPT);
          const page2 = await ctx.newPage();
          page2.setDefaultTimeout(timeoutMs);
          await open(page2, `${server.url}?renderer=${other}`, timeoutMs);
          const state = await waitQuiet(page2, 600, 20_000);
          const says = await page2.evaluate(() => document.querySelector('care-map')?.getAttribute('data-renderer') ?? null);
          if (says !== other) return;
          const probe: BrowserMetrics = { ...m, notes: [], errors: [], filterSamples: [], searchSamples: [], renderer: other, frameWork: null };
          await measureFilter(page2, probe);
          await measurePanZoom(page2, probe);
          m.otherRenderer = { renderer: other, readyMs: state.readyPaint, filterMs: probe.filterMs, frameMeanMs: probe.frameMeanMs, frameP95Ms: probe.frameP95Ms, frameWork: probe.frameWork };
        } finally {
          await ctx.close();
        }
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return m;
}

/** Waits until nothing inside the page has changed for quietMs; returns the page's bench state. */
/**
 * Navigates, and resolves once the map's first ready paint has been recorded.
 * It waits on the page's console message rather than polling the page: a poll
 * runs Playwright's helper script in the page while it loads, which cost the
 * load 20–30 ms of its main thread.
 */
async function open(page: Page, url: string, timeoutMs: number): Promise<void> {
  const ready = page.waitForEvent('console', { predicate: (message) => message.text() === READY_SIGNAL, timeout: timeoutMs });
  ready.catch(() => undefined);
  await page.goto(url, { waitUntil: 'commit' });
  await ready;
}

async function waitQuiet(page: Page, quietMs: number, maxMs: number): Promise<BenchState> {
  return page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<BenchState>((resolve) => {
        const b = (window as unknown as { __bench: BenchState }).__bench;
        const start = performance.now();
        const check = () => {
          const now = performance.now();
          if (now - b.lastChange >= quietMs || now - start > maxMs) {
            // Let the paint after the last change be recorded.
            requestAnimationFrame(() => setTimeout(() => resolve({ ...b }), 0));
          } else setTimeout(check, 50);
        };
        check();
      }),
    { quietMs, maxMs },
  );
}

/** Runs an action in the page and returns the time to the paint after the last change it caused, or null if nothing changed. */
async function timeChange(page: Page, action: string, arg: string, quietMs: number, watch: string | null): Promise<number | null> {
  return page.evaluate(
    ({ action, arg, quietMs, watch }) =>
      new Promise<number | null>((resolve) => {
        const root = (watch && document.querySelector(watch)) || document.querySelector('care-map') || document.body;
        let lastChange = -1;
        let lastPaint = -1;
        let queued = false;
        const afterPaint = (fn: (t: number) => void) =>
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => fn(performance.now());
            ch.port2.postMessage(0);
          });
        const observer = new MutationObserver(() => {
          lastChange = performance.now();
          if (!queued) {
            queued = true;
            afterPaint((t) => {
              queued = false;
              lastPaint = t;
            });
          }
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        const t0 = performance.now();
        if (action === 'click') (document.querySelector(arg) as HTMLElement | null)?.click();
        else if (action === 'type') {
          const input = document.querySelector('[data-part="search"], care-map input[type="search"]') as HTMLInputElement | null;
          if (input) {
            input.value = arg;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, data: arg.slice(-1), inputType: 'insertText' }));
          }
        }
        const deadline = t0 + 30_000;
        const check = () => {
          const now = performance.now();
          const quiet = lastChange < 0 ? now - t0 >= quietMs * 3 : now - lastChange >= quietMs && lastPaint >= lastChange;
          if (quiet || now > deadline) {
            observer.disconnect();
            resolve(lastPaint < 0 ? null : lastPaint - t0);
          } else setTimeout(check, 20);
        };
        setTimeout(check, 20);
      }),
    { action, arg, quietMs, watch },
  );
}

async function measureFilter(page: Page, m: BrowserMetrics): Promise<void> {
  const selector = await page.evaluate(() => {
    const form = document.querySelector('[data-part="filters"]') ?? document.querySelector('care-map form');
    if (!form) return null;
    const preferred = ['input[type="checkbox"][name="type"][value="person"]', 'input[type="checkbox"][name="type"]', 'input[type="checkbox"]'];
    for (const s of preferred) if (form.querySelector(s)) return `${form.matches('[data-part="filters"]') ? '[data-part="filters"]' : 'care-map form'} ${s}`;
    return null;
  });
  if (!selector) {
    m.notes.push('filter: no filter checkbox found');
    return;
  }
  m.filterControl = selector;
  // Open the panel if it is folded away, so the click is what a person would do.
  const visible = await page.evaluate((s) => (document.querySelector(s) as HTMLElement).checkVisibility(), selector);
  if (!visible) await page.locator('[data-part="filters-button"]').click({ timeout: 5_000 }).catch(() => undefined);
  await waitQuiet(page, 300, 10_000);
  for (let i = 0; i < 6; i++) {
    const ms = await timeChange(page, 'click', selector, 300, null);
    if (ms !== null) m.filterSamples.push(round(ms));
    await waitQuiet(page, 300, 10_000);
  }
  m.filterMs = median(m.filterSamples);
  if (m.filterMs === null) m.notes.push('filter: clicking the checkbox changed nothing on the page');
}

async function measureSearch(page: Page, m: BrowserMetrics): Promise<void> {
  const has = await page.evaluate(() => !!document.querySelector('[data-part="search"], care-map input[type="search"]'));
  if (!has) {
    m.notes.push('search: no search box found');
    return;
  }
  // A realistic query: the start of a public element's name from the middle of the graph.
  const query = await page.evaluate(async () => {
    // The graph file every site publishes (SPEC §4), whatever the map opens on.
    const graph = (await (await fetch(new URL('data/graph.json', document.baseURI))).json()) as { nodes: { name: string; anonymised?: boolean; type: string }[] };
    const named = graph.nodes.filter((n) => !n.anonymised && n.type === 'organisation');
    const pick = named[Math.floor(named.length / 2)] ?? graph.nodes[0];
    return pick ? pick.name : null;
  });
  if (!query) return;
  // Up to eight characters of the name, typed one by one: what someone looking for it would type.
  const word = query.slice(0, 8).trimEnd();
  m.searchQuery = word;
  await page.focus('[data-part="search"], care-map input[type="search"]').catch(() => undefined);
  const watch = '[data-part="results"]';
  // First query: loads the search chunk and builds the index.
  m.searchFirstMs = round((await timeChange(page, 'type', word.slice(0, 3), 150, watch)) ?? NaN);
  await timeChange(page, 'type', '', 150, watch);
  for (let k = 1; k <= word.length; k++) {
    const ms = await timeChange(page, 'type', word.slice(0, k), 150, watch);
    if (k >= 2 && ms !== null) m.searchSamples.push(round(ms));
  }
  await timeChange(page, 'type', '', 150, watch);
  if (Number.isNaN(m.searchFirstMs)) m.searchFirstMs = null;
  m.searchMs = median(m.searchSamples);
  m.searchMaxMs = m.searchSamples.length ? Math.max(...m.searchSamples) : null;
  if (m.searchMs === null) m.notes.push('search: typing changed no results list');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function measurePanZoom(page: Page, m: BrowserMetrics): Promise<void> {
  // Fit first, so the gesture starts from the whole map.
  await page.locator('[data-zoom="fit"]').click({ timeout: 3_000 }).catch(() => undefined);
  await waitQuiet(page, 300, 10_000);
  const browser = page.context().browser();
  const result = await gesture(page);
  // The same gesture again under a Chromium trace (which slows it), only to see where its time goes.
  const tracing = browser ? await browser.startTracing(undefined, { categories: process.env['CARE_MAP_BENCH_TRACE_CATS']?.split(',') ?? ['devtools.timeline', 'toplevel', 'cc'] }).then(() => true, () => false) : false;
  if (tracing) await gesture(page);
  const trace = tracing && browser ? await browser.stopTracing().catch(() => null) : null;
  if (trace && process.env['CARE_MAP_BENCH_TRACE']) (await import('node:fs')).writeFileSync(`${process.env['CARE_MAP_BENCH_TRACE']}.${m.renderer}.json`, trace);
  if (result.note) m.notes.push(`pan/zoom: ${result.note}`);
  if (trace) m.frameWork = frameWork(trace, result.zoom.length + result.pan.length);
  const stats = (list: number[]) => (list.length ? { mean: round(list.reduce((s, v) => s + v, 0) / list.length), p95: round(percentile(list, 0.95)) } : null);
  const zoom = stats(result.zoom);
  const pan = stats(result.pan);
  const all = stats([...result.zoom, ...result.pan]);
  m.zoomFrameMeanMs = zoom?.mean ?? null;
  m.zoomFrameP95Ms = zoom?.p95 ?? null;
  m.panFrameMeanMs = pan?.mean ?? null;
  m.panFrameP95Ms = pan?.p95 ?? null;
  m.frameMeanMs = all?.mean ?? null;
  m.frameP95Ms = all?.p95 ?? null;
}

/** One zoom (in, then out) and one pan, a synthetic wheel or mouse step per animation frame; the frame intervals. */
function gesture(page: Page): Promise<{ zoom: number[]; pan: number[]; note: string | null }> {
  return page.evaluate(
    () =>
      new Promise<{ zoom: number[]; pan: number[]; note: string | null }>((resolve) => {
        const stage = (document.querySelector('[data-part="canvas"]') ?? document.querySelector('care-map')) as HTMLElement | null;
        if (!stage) return resolve({ zoom: [], pan: [], note: 'no map canvas found' });
        const box = stage.getBoundingClientRect();
        // An empty spot of the map, so a press pans instead of dragging an element.
        let at: { x: number; y: number; target: Element } | null = null;
        for (let gy = 0.5; gy < 1 && !at; gy += 0.07) {
          for (const fy of [gy, 1 - gy]) {
            for (let gx = 0.5; gx < 0.95 && !at; gx += 0.05) {
              for (const fx of [gx, 1 - gx]) {
                const x = box.left + box.width * fx;
                const y = box.top + box.height * fy;
                const target = document.elementFromPoint(x, y);
                if (target && stage.contains(target) && (target.tagName.toLowerCase() === 'svg' || target.tagName.toLowerCase() === 'canvas' || target.tagName.toLowerCase() === 'rect' || target === stage)) {
                  at = { x, y, target };
                  break;
                }
              }
            }
          }
        }
        if (!at) {
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          at = { x, y, target: document.elementFromPoint(x, y) ?? stage };
        }
        const { x, y, target } = at;
        const frames = (steps: number, act: (i: number) => void) =>
          new Promise<number[]>((done) => {
            const times: number[] = [];
            let i = 0;
            const started = performance.now();
            const frame = () => {
              times.push(performance.now());
              if (i < steps && performance.now() - started < 20_000) {
                act(i++);
                requestAnimationFrame(frame);
              } else done(times.slice(1).map((t, k) => t - times[k]!));
            };
            requestAnimationFrame(frame);
          });
        const mouse = (type: string, cx: number, cy: number, on: EventTarget) => {
          const init = { bubbles: true, cancelable: true, composed: true, clientX: cx, clientY: cy, button: 0, buttons: type.endsWith('up') ? 0 : 1, view: window };
          on.dispatchEvent(new PointerEvent(`pointer${type}`, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
          on.dispatchEvent(new MouseEvent(`mouse${type}`, init));
        };
        let changes = 0;
        const observer = new MutationObserver((records) => void (changes += records.length));
        observer.observe(stage, { subtree: true, attributes: true, childList: true });
        void (async () => {
          const zoom = await frames(40, (i) => target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, deltaY: i < 20 ? -100 : 100, deltaMode: 0, view: window })));
          await new Promise((r) => setTimeout(r, 300));
          mouse('down', x, y, target);
          const pan = await frames(40, (i) => {
            const dx = 6 * (i < 20 ? i : 40 - i);
            mouse('move', x + dx, y + dx / 2, window);
          });
          mouse('up', x, y, window);
          await new Promise((r) => setTimeout(r, 50));
          observer.disconnect();
          const drawsToCanvas = !!stage.querySelector('canvas');
          resolve({ zoom, pan, note: changes === 0 && !drawsToCanvas ? 'the gesture changed nothing on the map (events not handled?)' : null });
        })();
      }),
  );
}

export interface FrameWork {
  frames: number;
  mainBusyMs: number;
  rafMs: number;
  inputMs: number;
  styleLayoutMs: number;
  paintMs: number;
  /** Commit to the compositor, where a 2D canvas's recorded drawing is rasterised (in software here). */
  commitMs: number;
  gcMs: number;
  rasterMs: number;
  compositorMs: number;
  gpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Sums a Chromium trace by thread and event, per frame of the gesture, in ms. */
function frameWork(buffer: Buffer, frames: number): FrameWork | null {
  if (frames === 0) return null;
  let events: TraceEvent[];
  try {
    const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    events = Array.isArray(parsed) ? parsed : parsed.traceEvents ?? [];
  } catch {
    return null;
  }
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  // The page's renderer: the main thread with the most animation-frame work.
  const rafByPid = new Map<number, number>();
  for (const e of events) if (e.name === 'FireAnimationFrame' && e.dur) rafByPid.set(e.pid, (rafByPid.get(e.pid) ?? 0) + e.dur);
  const renderer = [...rafByPid].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (renderer === undefined) return null;
  // Intervals per measure, merged before summing, so nested events are counted once.
  const spans: Record<keyof Omit<FrameWork, 'frames'>, [number, number][]> = { mainBusyMs: [], rafMs: [], inputMs: [], styleLayoutMs: [], paintMs: [], commitMs: [], gcMs: [], rasterMs: [], compositorMs: [], gpuMs: [] };
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const span: [number, number] = [e.ts, e.ts + e.dur];
    const thread = threadName.get(`${e.pid}:${e.tid}`) ?? '';
    const task = e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
    if (e.pid === renderer) {
      if (thread === 'CrRendererMain') {
        if (task) spans.mainBusyMs.push(span);
        else if (e.name === 'FireAnimationFrame') spans.rafMs.push(span);
        else if (e.name === 'EventDispatch') spans.inputMs.push(span);
        else if (e.name === 'UpdateLayoutTree' || e.name === 'Layout') spans.styleLayoutMs.push(span);
        else if (e.name === 'Paint' || e.name === 'PrePaint' || e.name === 'Layerize') spans.paintMs.push(span);
        else if (e.name === 'Commit' || e.name === 'LayerTreeHost::DoUpdateLayers') spans.commitMs.push(span);
        else if (/^(MajorGC|MinorGC|V8\.GC)/.test(e.name)) spans.gcMs.push(span);
      } else if (/CompositorTileWorker|Raster/i.test(thread) || thread.startsWith('ThreadPoolForegroundWorker')) {
        // Tile raster runs as cc task-graph tasks on worker threads.
        if (e.name === 'TaskGraphRunner::RunTask' || (task && !thread.startsWith('ThreadPool'))) spans.rasterMs.push(span);
      } else if (thread === 'Compositor') {
        if (task) spans.compositorMs.push(span);
      }
    } else if (/VizCompositor|CrGpuMain/.test(thread) && task) spans.gpuMs.push(span);
  }
  const merged = (list: [number, number][]) => {
    list.sort((x, y) => x[0] - y[0]);
    let total = 0;
    let end = -Infinity;
    for (const [from, to] of list) {
      if (to <= end) continue;
      total += to - Math.max(from, end);
      end = to;
    }
    return total / 1000;
  };
  const sums = Object.fromEntries(Object.entries(spans).map(([k, v]) => [k, merged(v)])) as Record<keyof typeof spans, number>;
  const per = (v: number) => round(v / frames);
  return {
    frames,
    mainBusyMs: per(sums.mainBusyMs),
    rafMs: per(sums.rafMs),
    inputMs: per(sums.inputMs),
    styleLayoutMs: per(sums.styleLayoutMs),
    paintMs: per(sums.paintMs),
    commitMs: per(sums.commitMs),
    gcMs: per(sums.gcMs),
    rasterMs: per(sums.rasterMs),
    compositorMs: per(sums.compositorMs),
    gpuMs: per(sums.gpuMs),
  };
}

function median(values: readonly (number | null)[]): number | null {
  const list = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (list.length === 0) return null;
  const mid = Math.floor(list.length / 2);
  return round(list.length % 2 ? list[mid]! : (list[mid - 1]! + list[mid]!) / 2);
}

function percentile(values: readonly number[], q: number): number {
  const list = [...values].sort((a, b) => a - b);
  return list[Math.min(list.length - 1, Math.floor(q * list.length))]!;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
