import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { PositionTween } from './position-tween.ts';
import type { Scene } from './scene.ts';
import { between, centreView, easeInOut, fitView, type Bounds, type View } from './view.ts';

const CAMERA_MS = 480;
/** Fitting never zooms in past this: symbols and labels stay in proportion. */
const MAX_FIT_K = 2.4;

/** Screen pixels along each edge covered by controls (legend, panels). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A part of the map's surface, in screen pixels from its top left corner. */
interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CameraHooks {
  /** The view changed: draw it. */
  viewChanged(): void;
  /** The surface changed size. */
  resized(): void;
  /** The view came to rest. */
  settled(): void;
  /** A pan or zoom starts or ends, by hand or by the camera. */
  zooming(on: boolean): void;
  /** What fit and centre leave uncovered. */
  insets(): Insets;
  motion(): boolean;
}

/**
 * The camera: pan and zoom by hand (d3-zoom), and by the map — fit, centre,
 * zoom by a step, reveal an element — eased unless motion is unwelcome,
 * always within the part of the surface the controls leave uncovered. Writes
 * the scene's view and size.
 */
export class Camera {
  private zoomer!: ZoomBehavior<Element, unknown>;
  private surface!: Element;
  private frame = 0;
  private moving = false;
  /** A pan or zoom by hand is under way. */
  private gesture = false;
  /** See holdArea(). */
  private heldArea: Area | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly scene: Scene,
    private readonly tween: PositionTween,
    private readonly hooks: CameraHooks,
  ) {
    // Read the size before the drawing exists: reading it later would make the browser style and lay out every element twice.
    this.measure();
  }

  /** The view is being moved by the camera, not at rest. */
  get running(): boolean {
    return this.moving;
  }

  /** Attaches pan and zoom to the drawing's surface. */
  attach(surface: Element): void {
    this.surface = surface;
    this.zoomer = zoom<Element, unknown>()
      .scaleExtent([0.02, 40])
      // The size as last measured: d3-zoom's own default reads it from the layout on every call.
      .extent(() => [
        [0, 0],
        [this.scene.width, this.scene.height],
      ])
      // Only a hand's pan or zoom marks the surface as moving: a class set and cleared by every programmatic view
      // change would make the browser restyle every element for nothing.
      .on('start', (event: D3ZoomEvent<Element, unknown>) => {
        if (event.sourceEvent) {
          this.stop();
          this.gesture = true;
          surface.classList.add('is-moving');
        }
        this.hooks.zooming(true);
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        const t = event.transform;
        this.scene.view = { k: t.k, x: t.x, y: t.y };
        this.hooks.viewChanged();
      })
      .on('end', () => {
        if (this.gesture) surface.classList.remove('is-moving');
        this.gesture = false;
        if (!this.moving) this.hooks.settled();
        this.hooks.zooming(false);
      });
    select(surface).call(this.zoomer).on('dblclick.zoom', null);
  }

  /** Reads the surface's size; true if it changed to a drawable one. */
  measure(): boolean {
    const width = this.host.clientWidth;
    const height = this.host.clientHeight;
    if (width === this.scene.width && height === this.scene.height) return false;
    this.scene.width = width;
    this.scene.height = height;
    return width > 0 && height > 0;
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
    const k = Math.max(this.scene.view.k, Math.min(2, this.fitK() * 2.5));
    this.setView(this.centred(this.scene.x[i]!, this.scene.y[i]!, k), animate);
  }

  zoomBy(factor: number): void {
    const { k, x, y } = this.scene.view;
    const area = this.area();
    const cx = (area.left + area.width / 2 - x) / k;
    const cy = (area.top + area.height / 2 - y) / k;
    this.setView(this.centred(cx, cy, k * factor), this.hooks.motion());
  }

  /** Pans just enough to bring an element out from under the panels, if it is hidden there. */
  reveal(i: number): void {
    const { k, x: tx, y: ty } = this.scene.view;
    const sx = this.scene.x[i]! * k + tx;
    const sy = this.scene.y[i]! * k + ty;
    const a = this.area();
    const pad = 24;
    if (sx < a.left + pad || sy < a.top + pad || sx > a.left + a.width - pad || sy > a.top + a.height - pad) this.setView(this.centred(this.scene.x[i]!, this.scene.y[i]!, k), this.hooks.motion());
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

  destroy(): void {
    cancelAnimationFrame(this.frame);
  }

  private setView(target: View, animate: boolean): void {
    this.stop();
    const apply = (v: View) => this.zoomer.transform(select(this.surface), zoomIdentity.translate(v.x, v.y).scale(v.k));
    if (!animate || !this.hooks.motion()) {
      apply(target);
      this.hooks.settled();
      return;
    }
    const from = this.scene.view;
    const start = performance.now();
    this.moving = true;
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / CAMERA_MS);
      apply(between(from, target, easeInOut(t), this.scene.width, this.scene.height));
      if (t < 1) this.frame = requestAnimationFrame(step);
      else {
        this.frame = 0;
        this.moving = false;
        this.hooks.settled();
      }
    };
    this.frame = requestAnimationFrame(step);
  }

  private stop(): void {
    if (!this.frame) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.moving = false;
  }

  /** The scale at which the whole shown map fits: the reference for "zoomed in". */
  private fitK(): number {
    const b = this.bounds();
    if (!b) return 1;
    const area = this.area();
    return fitView(b, area.width, area.height, 24, Infinity).k;
  }

  /** The part of the map not covered by controls. */
  private area(): Area {
    if (this.heldArea) return this.heldArea;
    const { scene } = this;
    // Panels may have opened since the last resize callback: read the size now.
    if (this.measure()) this.hooks.resized();
    const inset = this.hooks.insets();
    const width = scene.width - inset.left - inset.right;
    const height = scene.height - inset.top - inset.bottom;
    // Never let controls squeeze the map to nothing: on a small screen, use it all. A phone's bottom sheet, with the
    // status and focus banner above, can leave under a fifth of the height: still room to frame a neighbourhood in.
    if (width < scene.width * 0.45 || height < Math.min(scene.height * 0.25, 80)) return { left: 0, top: 0, width: scene.width, height: scene.height };
    return { left: inset.left, top: inset.top, width, height };
  }

  private centred(x: number, y: number, k: number): View {
    const a = this.area();
    const view = centreView(x, y, k, a.width, a.height);
    return { k, x: view.x + a.left, y: view.y + a.top };
  }

  /** The shown elements' (or the given ones') box where they are going, with room for labels below. */
  private bounds(only?: readonly number[]): Bounds | null {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const take = (i: number) => {
      const x = this.tween.targetX(i);
      const y = this.tween.targetY(i);
      const r = this.scene.r[i]!;
      if (x - r < minX) minX = x - r;
      if (y - r < minY) minY = y - r;
      if (x + r > maxX) maxX = x + r;
      // Room for the label below.
      if (y + r + 14 > maxY) maxY = y + r + 14;
    };
    if (only) only.forEach(take);
    else for (let i = 0; i < this.scene.shown.nodes.length; i++) if (this.scene.shown.nodes[i]) take(i);
    return minX === Infinity ? null : { minX, minY, maxX, maxY };
  }
}
