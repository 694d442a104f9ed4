import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { nodeRadius } from '../../appearance/node-size.ts';
import { between, centreView, easeInOut, fitView, type Bounds, type View } from './camera.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';
import type { Shown } from '../../map/filters.ts';
import { placeLabels, type LabelBox } from './label-placement.ts';

export interface RendererHooks {
  select(i: number, via: 'pointer' | 'keyboard'): void;
  clear(): void;
  /** The accessible name of a node. */
  describe(i: number): string;
  /** Screen pixels along each edge covered by controls (legend, panels): fit and centre use what is left. */
  insets(): Insets;
}

/** A part of the map's surface, in screen pixels from its top left corner. */
interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Positions {
  x: Float64Array;
  y: Float64Array;
}

/** Label font size in screen pixels (kept constant while zooming). */
export const LABEL_PX = 12.5;
const LABEL_CHARS = 28;
/** The most labels drawn at once: enough to read, few enough to stay fast. */
const LABEL_LIMIT = 220;
/** Hubs always offered a label, however far out the view. */
const HUB_LABELS = 12;
/** Of those, the ones whose label may cover small symbols. */
const TOP_HUBS = 3;
/** A node this big on screen gets a label where there is room: the hubs first, and every element once zoomed in. */
const LABELLED_RADIUS_PX = 4;
/** Symbols smaller than this on screen do not keep labels off (a label may cross a dot: its halo keeps it legible). */
const OBSTACLE_RADIUS_PX = 4;
const MOVE_MS = 520;
const CAMERA_MS = 480;
/** Fitting never zooms in past this: symbols and labels stay in proportion. */
const MAX_FIT_K = 2.4;
/** Taps within this many pixels of a node select it: small nodes need a bigger target on touch. */
const TAP_SLOP_PX = 16;

interface Tween {
  start: number;
  nodes: number[];
  links: number[];
  fromX: Float64Array;
  fromY: Float64Array;
  toX: Float64Array;
  toY: Float64Array;
}

/**
 * What every way of drawing the map shares: positions, the camera (d3-zoom,
 * fit, centre, eased moves), eased position changes, which labels to show,
 * pointer and keyboard input. Subclasses only draw, and are told exactly what
 * changed, so work stays proportional to change; when nothing moves, nothing
 * runs. Positions come from the build and are never simulated here.
 */
export abstract class MapRenderer {
  readonly x: Float64Array;
  readonly y: Float64Array;
  protected readonly r: Float64Array;
  protected shown: Shown;
  protected view: View = { k: 1, x: 0, y: 0 };
  protected width = 0;
  protected height = 0;
  protected selected = -1;
  protected litNodes: number[] = [];
  protected litLinks: number[] = [];
  protected roving = -1;
  protected hovered = -1;
  /** Labels shown, in placement order. */
  protected labels: number[] = [];
  protected tween: Tween | null = null;
  protected zoomer!: ZoomBehavior<Element, unknown>;
  private surface!: Element;
  /** What mount() puts in the host. */
  private parts: Element[] = [];
  private frame = 0;
  private cameraFrame = 0;
  private cameraMoving = false;
  /** A pan or zoom by hand is under way. */
  private gesture = false;
  private labelsQueued = 0;
  private resizeObserver: ResizeObserver | null = null;
  /** See holdArea(). */
  private heldArea: Area | null = null;

  constructor(
    protected readonly host: HTMLElement,
    protected readonly model: CareMapModel,
    home: Positions,
    protected readonly hooks: RendererHooks,
    protected readonly motion: () => boolean,
  ) {
    const n = model.nodes.length;
    this.x = Float64Array.from(home.x);
    this.y = Float64Array.from(home.y);
    this.r = Float64Array.from(model.degree, nodeRadius);
    this.shown = { nodes: new Uint8Array(n).fill(1), links: new Uint8Array(model.links.length).fill(1), nodeCount: n, linkCount: model.links.length };
    // Read the size before the drawing exists: reading it later would make the browser style and lay out every element twice.
    this.measure();
  }

  // ——— what subclasses draw ———

  /** Elements or connections were shown or hidden. */
  protected abstract drawShown(previous: Shown): void;
  /** These elements moved, and with them these connections (null: all shown ones). */
  protected abstract drawMoved(nodes: readonly number[], links: readonly number[] | null): void;
  protected abstract drawSelection(previousSelected: number, previousNodes: readonly number[], previousLinks: readonly number[]): void;
  protected abstract drawView(): void;
  protected abstract drawLabels(): void;
  /** The keyboard's element changed; move focus to it if asked. */
  protected abstract drawRoving(previous: number, focus: boolean): void;
  protected abstract drawHover(): void;
  /** The element under a pointer event, if the drawing knows it exactly. */
  protected abstract targetOf(event: Event): number;

  /** Attaches pan and zoom to the drawing surface; `parts` go in the host on mount(). */
  protected attach(surface: Element, ...parts: Element[]): void {
    this.surface = surface;
    this.parts = parts;
    this.zoomer = zoom<Element, unknown>()
      .scaleExtent([0.02, 40])
      // The size as last measured: d3-zoom's own default reads it from the layout on every call.
      .extent(() => [
        [0, 0],
        [this.width, this.height],
      ])
      // Only a hand's pan or zoom marks the surface as moving: a class set and cleared by every programmatic view
      // change would make the browser restyle every element for nothing.
      .on('start', (event: D3ZoomEvent<Element, unknown>) => {
        if (!event.sourceEvent) return;
        this.stopCamera();
        this.gesture = true;
        surface.classList.add('is-moving');
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        const t = event.transform;
        this.view = { k: t.k, x: t.x, y: t.y };
        this.drawView();
      })
      .on('end', () => {
        if (this.gesture) surface.classList.remove('is-moving');
        this.gesture = false;
        if (!this.cameraMoving) this.queueLabels();
      });
    select(surface).call(this.zoomer).on('dblclick.zoom', null);
    surface.addEventListener('click', (event) => this.onClick(event as MouseEvent));
    // A panel opening or closing resizes the map: keep the view where it is (nothing jumps), and relabel.
    this.resizeObserver = new ResizeObserver(() => {
      if (this.measure()) {
        this.resized();
        this.queueLabels();
      }
    });
    this.resizeObserver.observe(this.host);
  }

  /** The surface changed size. */
  protected resized(): void {}

  // ——— the renderer's interface ———

  /**
   * Puts the drawing in the page. Called once the first view is set, so the
   * browser styles, lays out and paints it once, as it will first be seen.
   */
  mount(): void {
    this.host.append(...this.parts);
  }

  setShown(next: Shown): void {
    const previous = this.shown;
    this.shown = next;
    this.drawShown(previous);
    if (this.roving >= 0 && !next.nodes[this.roving]) this.setRoving(this.firstShown(), false);
    else if (this.roving < 0) this.setRoving(this.selected >= 0 && next.nodes[this.selected] ? this.selected : this.firstShown(), false);
    this.queueLabels();
  }

  /** Moves elements to new positions: eased when asked, at once otherwise. */
  moveTo(toX: Float64Array, toY: Float64Array, animate: boolean): void {
    this.stopTween();
    const moving: number[] = [];
    const jumped: number[] = [];
    for (let i = 0; i < toX.length; i++) {
      if (toX[i] === this.x[i] && toY[i] === this.y[i]) continue;
      if (this.shown.nodes[i] && animate) {
        moving.push(i);
        continue;
      }
      this.x[i] = toX[i]!;
      this.y[i] = toY[i]!;
      jumped.push(i);
    }
    if (jumped.length > 0) this.drawMoved(jumped, this.linksTouching(jumped, false));
    if (moving.length === 0) {
      this.afterMove();
      return;
    }
    this.tween = { start: performance.now(), nodes: moving, links: this.linksTouching(moving, true), fromX: Float64Array.from(this.x), fromY: Float64Array.from(this.y), toX, toY };
    const step = (now: number) => {
      const tween = this.tween;
      if (!tween) return;
      const t = Math.min(1, (now - tween.start) / MOVE_MS);
      const e = easeInOut(t);
      for (const i of tween.nodes) {
        this.x[i] = tween.fromX[i]! + (tween.toX[i]! - tween.fromX[i]!) * e;
        this.y[i] = tween.fromY[i]! + (tween.toY[i]! - tween.fromY[i]!) * e;
      }
      this.drawMoved(tween.nodes, tween.links);
      if (t < 1) this.frame = requestAnimationFrame(step);
      else {
        this.tween = null;
        this.frame = 0;
        this.afterMove();
      }
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Highlights the selected element, its neighbours and its connections. */
  setSelection(selected: number, litNodes: number[], litLinks: number[]): void {
    const previous = { selected: this.selected, nodes: this.litNodes, links: this.litLinks };
    this.selected = selected;
    this.litNodes = litNodes;
    this.litLinks = litLinks;
    this.drawSelection(previous.selected, previous.nodes, previous.links);
    if (selected >= 0) this.setRoving(selected, false);
    else if (this.roving >= 0) this.drawRoving(this.roving, false);
    this.queueLabels();
  }

  /** Fits the shown elements (or the given ones) in the uncovered part of the screen. */
  fit(animate: boolean, only?: readonly number[]): void {
    const bounds = this.bounds(only);
    if (!bounds) return;
    const area = this.area();
    const margin = Math.min(32, Math.min(area.width, area.height) / 10);
    // A small map or neighbourhood is not blown up past a comfortable size.
    const view = fitView(bounds, area.width, area.height, margin, MAX_FIT_K);
    this.setView({ k: view.k, x: view.x + area.left, y: view.y + area.top }, animate);
  }

  /** Centres an element in the uncovered area, zooming in far enough to read its neighbourhood. */
  centreOn(i: number, animate: boolean): void {
    const k = Math.max(this.view.k, Math.min(2, this.fitK() * 2.5));
    this.setView(this.centred(this.x[i]!, this.y[i]!, k), animate);
  }

  zoomBy(factor: number): void {
    const { k } = this.view;
    const area = this.area();
    const cx = (area.left + area.width / 2 - this.view.x) / k;
    const cy = (area.top + area.height / 2 - this.view.y) / k;
    this.setView(this.centred(cx, cy, k * factor), this.motion());
  }

  /** Pans just enough to bring an element out from under the panels, if it is hidden there. */
  reveal(i: number): void {
    const { k, x: tx, y: ty } = this.view;
    const sx = this.x[i]! * k + tx;
    const sy = this.y[i]! * k + ty;
    const a = this.area();
    const pad = 24;
    if (sx < a.left + pad || sy < a.top + pad || sx > a.left + a.width - pad || sy > a.top + a.height - pad) this.setView(this.centred(this.x[i]!, this.y[i]!, k), this.motion());
  }

  /** Moves keyboard focus to an element of the map. */
  focusElement(i: number): void {
    this.setRoving(i, true);
  }

  /** The element that takes keyboard focus when tabbing into the map. */
  get focusable(): number {
    return this.roving;
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.cameraFrame);
    cancelAnimationFrame(this.labelsQueued);
    this.resizeObserver?.disconnect();
  }

  // ——— shared machinery ———

  protected linksTouching(nodes: readonly number[], shownOnly: boolean): number[] {
    const seen = new Uint8Array(this.model.links.length);
    const out: number[] = [];
    for (const i of nodes) {
      for (let k = this.model.offsets[i]!; k < this.model.offsets[i + 1]!; k++) {
        const l = this.model.incident[k]!;
        if (!seen[l] && (!shownOnly || this.shown.links[l])) {
          seen[l] = 1;
          out.push(l);
        }
      }
    }
    return out;
  }

  private afterMove(): void {
    if (this.roving >= 0) this.drawRoving(this.roving, false);
    this.queueLabels();
  }

  private stopTween(): void {
    if (!this.tween) return;
    cancelAnimationFrame(this.frame);
    const { nodes, toX, toY, links } = this.tween;
    for (const i of nodes) {
      this.x[i] = toX[i]!;
      this.y[i] = toY[i]!;
    }
    this.drawMoved(nodes, links);
    this.tween = null;
  }

  /** Moves one element by a drag, in screen pixels. */
  protected dragBy(i: number, dx: number, dy: number): void {
    this.x[i]! += dx / this.view.k;
    this.y[i]! += dy / this.view.k;
    this.drawMoved([i], this.linksTouching([i], true));
  }

  protected stopMotion(): void {
    this.stopTween();
  }

  protected queueLabels(): void {
    if (this.labelsQueued) return;
    this.labelsQueued = requestAnimationFrame(() => {
      this.labelsQueued = 0;
      if (this.tween || this.cameraMoving) return;
      this.labels = this.chooseLabels();
      this.drawLabels();
    });
  }

  /**
   * Labels the selection and its neighbours first, then the most connected
   * elements, then any element large enough on screen, skipping labels that
   * would overlap another label or a symbol, or be cut by the edge: readable
   * at every zoom, and every element labelled once zoomed in far enough.
   */
  private chooseLabels(): number[] {
    const { k, x: tx, y: ty } = this.view;
    const shown = this.shown.nodes;
    const candidates = function* (this: MapRenderer): Generator<number> {
      if (this.selected >= 0 && shown[this.selected]) yield this.selected;
      for (const i of this.litNodes) if (shown[i]) yield i;
      let hubs = 0;
      for (const i of this.model.byDegree) {
        if (!shown[i]) continue;
        if (hubs++ < HUB_LABELS || this.r[i]! * k >= LABELLED_RADIUS_PX) yield i;
      }
    }.call(this);
    // The few most connected elements shown are labelled even over small symbols: they orient the reader.
    const topHubs = new Set<number>();
    for (const i of this.model.byDegree) {
      if (topHubs.size >= TOP_HUBS) break;
      if (shown[i]) topHubs.add(i);
    }
    const symbols: LabelBox[] = [];
    for (let i = 0; i < shown.length; i++) {
      if (!shown[i] || this.r[i]! * k < OBSTACLE_RADIUS_PX) continue;
      const sx = this.x[i]! * k + tx;
      const sy = this.y[i]! * k + ty;
      const r = this.r[i]! * k + 1;
      if (sx + r < 0 || sx - r > this.width || sy + r < 0 || sy - r > this.height) continue;
      symbols.push({ x: sx, y: sy - r, width: 2 * r, height: 2 * r });
    }
    return placeLabels(
      candidates,
      (i) => {
        const sx = this.x[i]! * k + tx;
        const sy = (this.y[i]! + this.r[i]!) * k + ty + 2;
        const width = Math.min(this.model.nodes[i]!.name.length, LABEL_CHARS + 1) * LABEL_PX * 0.56 + 4;
        if (i !== this.selected && (sx - width / 2 < 2 || sx + width / 2 > this.width - 2 || sy < 0 || sy + LABEL_PX * 1.2 > this.height)) return null;
        return { x: sx, y: sy, width, height: LABEL_PX * 1.2 };
      },
      LABEL_LIMIT,
      symbols,
      (i) => (i === this.selected ? 'forced' : topHubs.has(i) ? 'over-symbols' : 'normal'),
    );
  }

  protected labelText(i: number): string {
    const name = this.model.nodes[i]!.name;
    return name.length > LABEL_CHARS + 1 ? `${name.slice(0, LABEL_CHARS).trimEnd()}…` : name;
  }

  protected setHover(i: number): void {
    if (i === this.hovered) return;
    this.hovered = i;
    this.drawHover();
  }

  // ——— camera ———

  protected measure(): boolean {
    const width = this.host.clientWidth;
    const height = this.host.clientHeight;
    if (width === this.width && height === this.height) return false;
    this.width = width;
    this.height = height;
    return width > 0 && height > 0;
  }

  private setView(target: View, animate: boolean): void {
    this.stopCamera();
    const apply = (v: View) => this.zoomer.transform(select(this.surface), zoomIdentity.translate(v.x, v.y).scale(v.k));
    if (!animate || !this.motion()) {
      apply(target);
      this.queueLabels();
      return;
    }
    const from = this.view;
    const start = performance.now();
    this.cameraMoving = true;
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / CAMERA_MS);
      apply(between(from, target, easeInOut(t), this.width, this.height));
      if (t < 1) this.cameraFrame = requestAnimationFrame(step);
      else {
        this.cameraFrame = 0;
        this.cameraMoving = false;
        this.queueLabels();
      }
    };
    this.cameraFrame = requestAnimationFrame(step);
  }

  private stopCamera(): void {
    if (!this.cameraFrame) return;
    cancelAnimationFrame(this.cameraFrame);
    this.cameraFrame = 0;
    this.cameraMoving = false;
  }

  /** The scale at which the whole shown map fits: the reference for "zoomed in". */
  private fitK(): number {
    const b = this.bounds();
    if (!b) return 1;
    const area = this.area();
    return fitView(b, area.width, area.height, 24, Infinity).k;
  }

  /**
   * Reads the uncovered part of the map now and keeps it until the current
   * task ends. The map calls this after changing its panels and before
   * changing the drawing: read after the drawing changed, the layout would
   * make the browser restyle every changed element (over a thousand, for a
   * filter at 1,000 elements) once for the read and once more for the frame.
   */
  holdArea(): void {
    this.heldArea = null;
    this.heldArea = this.area();
    queueMicrotask(() => {
      this.heldArea = null;
    });
  }

  /** The part of the map not covered by controls. */
  private area(): Area {
    if (this.heldArea) return this.heldArea;
    // Panels may have opened since the last resize callback: read the size now.
    if (this.measure()) this.resized();
    const inset = this.hooks.insets();
    const width = this.width - inset.left - inset.right;
    const height = this.height - inset.top - inset.bottom;
    // Never let controls squeeze the map to nothing: on a small screen, use it all.
    if (width < this.width * 0.45 || height < this.height * 0.35) return { left: 0, top: 0, width: this.width, height: this.height };
    return { left: inset.left, top: inset.top, width, height };
  }

  private centred(x: number, y: number, k: number): View {
    const a = this.area();
    const view = centreView(x, y, k, a.width, a.height);
    return { k, x: view.x + a.left, y: view.y + a.top };
  }

  private bounds(only?: readonly number[]): Bounds | null {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const take = (i: number) => {
      const x = this.tween ? this.tween.toX[i]! : this.x[i]!;
      const y = this.tween ? this.tween.toY[i]! : this.y[i]!;
      const r = this.r[i]!;
      if (x - r < minX) minX = x - r;
      if (y - r < minY) minY = y - r;
      if (x + r > maxX) maxX = x + r;
      // Room for the label below.
      if (y + r + 14 > maxY) maxY = y + r + 14;
    };
    if (only) only.forEach(take);
    else for (let i = 0; i < this.shown.nodes.length; i++) if (this.shown.nodes[i]) take(i);
    return minX === Infinity ? null : { minX, minY, maxX, maxY };
  }

  // ——— input ———

  private onClick(event: MouseEvent): void {
    let i = this.targetOf(event);
    if (i < 0) i = this.nearest(event, TAP_SLOP_PX);
    if (i >= 0) this.hooks.select(i, 'pointer');
    else this.hooks.clear();
  }

  /** The shown element nearest a pointer, if its edge is within `slop` pixels. O(n), once per event. */
  protected nearest(event: { clientX: number; clientY: number }, slop: number): number {
    const rect = this.host.getBoundingClientRect();
    const { k, x: tx, y: ty } = this.view;
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < this.x.length; i++) {
      if (!this.shown.nodes[i]) continue;
      const d = Math.hypot(this.x[i]! * k + tx - px, this.y[i]! * k + ty - py) - this.r[i]! * k;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return bestD <= slop ? best : -1;
  }

  /** Keys on a focused element: arrows move between elements, Enter selects, Escape clears, + − 0 zoom. */
  protected onKey(event: KeyboardEvent, i: number): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const directions: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const direction = directions[event.key];
    let handled = true;
    if (direction && i >= 0) {
      const next = this.neighbourInDirection(i, direction);
      if (next >= 0) this.setRoving(next, true);
    } else if (event.key === 'Home') this.setRoving(this.firstShown(), true);
    else if ((event.key === 'Enter' || event.key === ' ') && i >= 0) this.hooks.select(i, 'keyboard');
    else if (event.key === 'Escape' && this.selected >= 0) this.hooks.clear();
    else if (event.key === '+' || event.key === '=') this.zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') this.zoomBy(1 / 1.5);
    else if (event.key === '0') this.fit(this.motion());
    else handled = false;
    if (handled) event.preventDefault();
  }

  /** The nearest shown element roughly in a direction. */
  private neighbourInDirection(from: number, [dx, dy]: [number, number]): number {
    let best = -1;
    let bestScore = Infinity;
    for (let j = 0; j < this.x.length; j++) {
      if (j === from || !this.shown.nodes[j]) continue;
      const vx = this.x[j]! - this.x[from]!;
      const vy = this.y[j]! - this.y[from]!;
      const along = vx * dx + vy * dy;
      if (along <= 0) continue;
      const score = along + 2.5 * Math.abs(vx * dy - vy * dx);
      if (score < bestScore) {
        bestScore = score;
        best = j;
      }
    }
    return best;
  }

  protected firstShown(): number {
    for (const i of this.model.byDegree) if (this.shown.nodes[i]) return i;
    return -1;
  }

  protected setRoving(i: number, focus: boolean): void {
    const previous = this.roving;
    this.roving = i;
    this.drawRoving(previous, focus);
    if (focus && i >= 0) this.reveal(i);
  }
}
