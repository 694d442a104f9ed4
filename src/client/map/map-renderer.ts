import { nodeRadius } from '../../appearance/node-size.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';
import type { Shown } from '../../map/filters.ts';
import { linksTouching } from '../../map/neighbourhood.ts';
import { Camera, type Insets } from './camera.ts';
import type { Drawing, DrawingHost } from './drawing.ts';
import { chooseLabels } from './label-choice.ts';
import { labelWidths } from './label-measure.ts';
import { MapInput } from './map-input.ts';
import { PositionTween } from './position-tween.ts';
import type { Positions, Scene } from './scene.ts';

export interface RendererHooks {
  select(i: number, via: 'pointer' | 'keyboard'): void;
  clear(): void;
  /** The accessible name of a node. */
  describe(i: number): string;
  /** Screen pixels along each edge covered by controls (legend, panels): fit and centre use what is left. */
  insets(): Insets;
}

/** Makes a drawing of the scene (SVG or canvas). */
export type DrawingMaker = (scene: Readonly<Scene>, host: DrawingHost) => Drawing;

/**
 * The map as the page sees it: one scene, and the parts that change it — the
 * camera, eased moves, the label choice, pointer and keyboard input — around
 * a drawing that only draws (SVG or canvas). Each change tells the drawing
 * exactly what changed, so work stays proportional to change; when nothing
 * moves, nothing runs. Positions come from the build and are never simulated
 * here.
 */
export class MapRenderer {
  private readonly scene: Scene;
  private readonly camera: Camera;
  private readonly tween: PositionTween;
  private readonly input: MapInput;
  private readonly drawing: Drawing;
  private labelsQueued = 0;
  private labelWidth: ((i: number) => number) | undefined;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly host: HTMLElement,
    model: CareMapModel,
    home: Positions,
    hooks: RendererHooks,
    motion: () => boolean,
    draw: DrawingMaker,
  ) {
    const n = model.nodes.length;
    const scene: Scene = (this.scene = {
      model,
      x: Float64Array.from(home.x),
      y: Float64Array.from(home.y),
      r: Float64Array.from(model.degree, nodeRadius),
      shown: { nodes: new Uint8Array(n).fill(1), links: new Uint8Array(model.links.length).fill(1), nodeCount: n, linkCount: model.links.length },
      selected: -1,
      litNodes: [],
      litLinks: [],
      roving: -1,
      hovered: -1,
      labels: [],
      labelSide: new Uint8Array(n),
      view: { k: 1, x: 0, y: 0 },
      width: 0,
      height: 0,
    });
    this.tween = new PositionTween(
      scene,
      (nodes, links) => this.drawing.drawMoved(nodes, links),
      () => this.afterMove(),
    );
    this.camera = new Camera(host, scene, this.tween, {
      viewChanged: () => this.drawing.drawView(),
      resized: () => this.drawing.resized(),
      settled: () => this.queueLabels(),
      zooming: (on) => this.drawing.zooming?.(on),
      insets: () => hooks.insets(),
      motion,
    });
    this.drawing = draw(scene, {
      key: (event, i) => this.input.key(event, i),
      choose: (i) => hooks.select(i, 'keyboard'),
      hover: (i) => this.setHover(i),
      nearest: (point, slop) => this.input.nearest(point, slop),
      dragStart: () => this.tween.stop(),
      dragBy: (i, dx, dy) => this.dragBy(i, dx, dy),
      dragEnd: () => this.queueLabels(),
      describe: (i) => hooks.describe(i),
      motion,
    });
    this.input = new MapInput(host, scene, this.drawing, this.camera, { select: hooks.select, clear: hooks.clear, motion });
    const surface = this.drawing.surface;
    this.camera.attach(surface);
    surface.addEventListener('click', (event) => this.input.click(event as MouseEvent));
    const area = host.closest<HTMLElement>('.cm-stage');
    area?.addEventListener('keydown', (event) => {
      if (event.target === area) this.input.areaKey(event);
    });
    // A panel opening or closing resizes the map: keep the view where it is (nothing jumps), and relabel.
    this.resizeObserver = new ResizeObserver(() => {
      if (this.camera.measure()) {
        this.drawing.resized();
        this.queueLabels();
      }
    });
    this.resizeObserver.observe(host);
  }

  /**
   * Puts the drawing in the page. Called once the first view is set, so the
   * browser styles, lays out and paints it once, as it will first be seen.
   */
  mount(): void {
    // Labelled before the first frame, which then draws them: the map is not drawn twice on opening.
    this.placeLabels();
    this.host.append(...this.drawing.parts);
  }

  setShown(next: Shown): void {
    const { scene, input } = this;
    const previous = scene.shown;
    scene.shown = next;
    this.drawing.drawShown(previous);
    if (scene.roving >= 0 && !next.nodes[scene.roving]) input.setRoving(input.firstShown(), false);
    else if (scene.roving < 0) input.setRoving(scene.selected >= 0 && next.nodes[scene.selected] ? scene.selected : input.firstShown(), false);
    this.queueLabels();
  }

  /** Gives every element a new radius (sized by another measure) and redraws them, labels too. */
  setRadii(radii: ArrayLike<number>): void {
    this.scene.r.set(radii);
    this.drawing.drawMoved(Array.from(radii, (_, i) => i), null);
    this.queueLabels();
  }

  /** Moves elements to new positions: eased when asked, at once otherwise. */
  moveTo(toX: Float64Array, toY: Float64Array, animate: boolean): void {
    this.tween.moveTo(toX, toY, animate);
  }

  /** Highlights the selected element, its neighbours and its connections. */
  setSelection(selected: number, litNodes: number[], litLinks: number[]): void {
    const { scene } = this;
    const previous = { selected: scene.selected, nodes: scene.litNodes, links: scene.litLinks };
    scene.selected = selected;
    scene.litNodes = litNodes;
    scene.litLinks = litLinks;
    this.drawing.drawSelection(previous.selected, previous.nodes, previous.links);
    if (selected >= 0) this.input.setRoving(selected, false);
    else if (scene.roving >= 0) this.drawing.drawRoving(scene.roving, false);
    this.queueLabels();
  }

  /** Fits the shown elements (or the given ones) in the uncovered part of the screen. */
  fit(animate: boolean, only?: readonly number[]): void {
    this.camera.fit(animate, only);
  }

  /** Centres an element in the uncovered area, zooming in far enough to read its neighbourhood. */
  centreOn(i: number, animate: boolean): void {
    this.camera.centreOn(i, animate);
  }

  zoomBy(factor: number): void {
    this.camera.zoomBy(factor);
  }

  /** Pans just enough to bring an element out from under the panels, if it is hidden there. */
  reveal(i: number): void {
    this.camera.reveal(i);
  }

  /** See Camera.holdArea(). */
  holdArea(): void {
    this.camera.holdArea();
  }

  /** Moves keyboard focus to an element of the map. */
  focusElement(i: number): void {
    this.input.setRoving(i, true);
  }

  /** What is drawn now, for a picture of it (picture.ts). */
  get current(): Readonly<Scene> {
    return this.scene;
  }

  /** The element that takes keyboard focus when tabbing into the map. */
  get focusable(): number {
    return this.scene.roving;
  }

  destroy(): void {
    this.tween.destroy();
    this.camera.destroy();
    cancelAnimationFrame(this.labelsQueued);
    this.resizeObserver.disconnect();
    this.drawing.destroy();
  }

  private afterMove(): void {
    if (this.scene.roving >= 0) this.drawing.drawRoving(this.scene.roving, false);
    this.queueLabels();
  }

  private dragBy(i: number, dx: number, dy: number): void {
    const { scene } = this;
    scene.x[i]! += dx / scene.view.k;
    scene.y[i]! += dy / scene.view.k;
    this.drawing.drawMoved([i], linksTouching(scene.model, [i], scene.shown.links));
  }

  private setHover(i: number): void {
    if (i === this.scene.hovered) return;
    this.scene.hovered = i;
    this.drawing.drawHover();
  }

  private queueLabels(): void {
    if (this.labelsQueued) return;
    this.labelsQueued = requestAnimationFrame(() => {
      this.labelsQueued = 0;
      this.placeLabels();
    });
  }

  /** Chooses the labels for what is shown now, and draws them when they changed. */
  private placeLabels(): void {
    const { scene } = this;
    if (this.tween.running || this.camera.running) return;
    const placed = chooseLabels(scene, (this.labelWidth ??= labelWidths(this.host, scene)));
    const same = placed.length === scene.labels.length && placed.every(({ i, side }, n) => scene.labels[n] === i && scene.labelSide[i] === side);
    if (same) return;
    scene.labels = placed.map(({ i }) => i);
    for (const { i, side } of placed) scene.labelSide[i] = side;
    this.drawing.drawLabels();
  }
}
