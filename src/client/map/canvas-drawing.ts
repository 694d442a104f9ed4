import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { CONNECTION_STYLES } from '../../appearance/connection-styles.ts';
import { ELEMENT_SYMBOLS, SYMBOL_STROKE } from '../../appearance/element-symbols.ts';
import { CONNECTION_TYPE_IDS, type ConnectionType } from '../../core/vocabulary/connection-types.ts';
import { ELEMENT_TYPE_IDS, type ElementType } from '../../core/vocabulary/element-types.ts';
import type { Drawing, DrawingHost } from './drawing.ts';
import { LABEL_GAP, LABEL_PX, labelText } from './label-choice.ts';
import { LABEL_SIDES, reachOf, type LabelSide } from './label-placement.ts';
import type { Scene } from './scene.ts';

const SELECTED = '#8a3b5f';
const HALO = '#fbfaf8';
const INK = '#1f2937';
/** Below this zoom (elements about 12 px apart), connections are drawn as hairlines. */
const OVERVIEW_K = 0.45;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/**
 * The map on a canvas, for maps too big for one DOM node per element: the
 * same interactions as the SVG (pan, zoom, drag, click, tap, keyboard,
 * labels), drawn in one pass per frame — and only in a frame where something
 * changed. Keyboard users move a single focusable proxy from element to
 * element; screen readers use the list view, as with the SVG.
 */
export class CanvasDrawing implements Drawing {
  readonly surface: HTMLCanvasElement;
  readonly parts: readonly Element[];
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  /** The keyboard's element: a real button laid over the canvas, so focus and its ring are the browser's. */
  private readonly proxy: HTMLButtonElement;
  private readonly symbols = new Map<string, Path2D>(ELEMENT_TYPE_IDS.map((t) => [t, new Path2D(ELEMENT_SYMBOLS[t].path)]));
  private readonly linksByType: Record<ConnectionType, number[]>;
  private readonly lit: Uint8Array;
  private readonly litLink: Uint8Array;
  /** Pre-drawn symbols by type and size: blitting a bitmap is far cheaper than filling a path in software. */
  private readonly sprites = new Map<string, HTMLCanvasElement>();
  /** The last full frame and the view it was drawn at: while the map pans or zooms, it is moved instead of redrawn. */
  private readonly snapshot = document.createElement('canvas');
  private snapshotView: { k: number; x: number; y: number } | null = null;
  private drawQueued = 0;
  private ratio = 1;
  private moving = false;

  constructor(
    private readonly scene: Readonly<Scene>,
    private readonly host: DrawingHost,
    describedBy: string,
  ) {
    const { model } = scene;
    this.lit = new Uint8Array(model.nodes.length);
    this.litLink = new Uint8Array(model.links.length);
    this.linksByType = Object.fromEntries(CONNECTION_TYPE_IDS.map((t) => [t, [] as number[]])) as unknown as Record<ConnectionType, number[]>;
    model.links.forEach((link, l) => this.linksByType[link.type].push(l));

    this.canvas = document.createElement('canvas');
    this.canvas.className = 'cm-canvas-surface';
    // The picture is not the accessible map: the focus proxy and the list view are.
    this.canvas.setAttribute('aria-hidden', 'true');
    this.ctx = this.canvas.getContext('2d')!;
    this.proxy = document.createElement('button');
    this.proxy.type = 'button';
    this.proxy.className = 'cm-focus-proxy';
    this.proxy.setAttribute('aria-describedby', describedBy);
    this.proxy.dataset['i'] = '-1';

    // Drag an element under the pointer; anywhere else, the press falls through to d3-zoom and pans.
    select(this.canvas).call(
      drag<HTMLCanvasElement, unknown, number>()
        .subject((event: { sourceEvent: MouseEvent | TouchEvent }) => {
          const source = 'touches' in event.sourceEvent ? event.sourceEvent.touches[0] : event.sourceEvent;
          const i = source ? host.nearest(source, 2) : -1;
          return i < 0 ? (null as unknown as number) : i;
        })
        .on('start', () => host.dragStart())
        .on('drag', (event: { subject: number; dx: number; dy: number }) => host.dragBy(event.subject, event.dx, event.dy))
        .on('end', () => host.dragEnd()),
    );
    this.surface = this.canvas;
    this.parts = [this.canvas, this.proxy];
    this.resized();

    this.proxy.addEventListener('keydown', (event) => host.key(event, scene.roving));
    this.proxy.addEventListener('click', (event) => {
      // Enter and Space arrive here as clicks: select the element under the proxy.
      event.stopPropagation();
      if (scene.roving >= 0) host.choose(scene.roving);
    });
    this.proxy.addEventListener('focus', () => {
      if (this.proxy.matches(':focus-visible')) host.hover(scene.roving);
    });
    this.proxy.addEventListener('blur', () => host.hover(-1));
    this.canvas.addEventListener('pointermove', (event) => {
      if (event.pointerType === 'mouse' && event.buttons === 0) {
        const i = host.nearest(event, 2);
        this.canvas.style.cursor = i >= 0 ? 'pointer' : '';
        host.hover(i);
      }
    });
    this.canvas.addEventListener('pointerleave', () => host.hover(-1));
  }

  destroy(): void {
    cancelAnimationFrame(this.drawQueued);
    this.canvas.remove();
    this.proxy.remove();
  }

  targetOf(): number {
    return -1;
  }

  /** While the map pans or zooms, connections are drawn solid (dashes are costly to rasterise); they return when it stops. */
  zooming(on: boolean): void {
    this.moving = on;
    if (!on) this.queueDraw();
  }

  resized(): void {
    const ratio = window.devicePixelRatio || 1;
    if (ratio !== this.ratio) this.sprites.clear();
    this.ratio = ratio;
    this.canvas.width = this.snapshot.width = Math.max(1, Math.round(this.scene.width * this.ratio));
    this.canvas.height = this.snapshot.height = Math.max(1, Math.round(this.scene.height * this.ratio));
    this.snapshotView = null;
    this.queueDraw();
  }

  drawShown(): void {
    this.queueDraw();
  }

  drawMoved(nodes: readonly number[]): void {
    if (nodes.includes(this.scene.roving)) this.placeProxy();
    this.queueDraw();
  }

  drawSelection(_: number, previousNodes: readonly number[], previousLinks: readonly number[]): void {
    for (const i of previousNodes) this.lit[i] = 0;
    for (const l of previousLinks) this.litLink[l] = 0;
    for (const i of this.scene.litNodes) this.lit[i] = 1;
    for (const l of this.scene.litLinks) this.litLink[l] = 1;
    this.queueDraw();
  }

  drawView(): void {
    this.placeProxy();
    this.queueDraw();
  }

  drawLabels(): void {
    this.queueDraw();
  }

  drawHover(): void {
    this.queueDraw();
  }

  drawRoving(_: number, focus: boolean): void {
    const i = this.scene.roving;
    this.proxy.hidden = i < 0;
    if (i < 0) return;
    this.proxy.dataset['i'] = String(i);
    this.proxy.setAttribute('aria-label', this.host.describe(i));
    this.proxy.setAttribute('aria-pressed', String(i === this.scene.selected));
    this.placeProxy();
    if (focus) this.proxy.focus();
  }

  private placeProxy(): void {
    const { roving: i, view, x, y, r } = this.scene;
    if (i < 0) return;
    const { k } = view;
    const size = Math.max(12, r[i]! * k * 2.5 + 6);
    const style = this.proxy.style;
    style.width = style.height = `${size}px`;
    style.transform = `translate(${x[i]! * k + view.x - size / 2}px, ${y[i]! * k + view.y - size / 2}px)`;
  }

  /** A symbol drawn as a path, in device pixels. */
  private symbolAt(type: ElementType, cx: number, cy: number, radius: number, selected: boolean, ctx = this.ctx): void {
    ctx.setTransform(radius, 0, 0, radius, cx, cy);
    ctx.fillStyle = ELEMENT_SYMBOLS[type].fill;
    ctx.fill(this.symbols.get(type)!);
    ctx.strokeStyle = selected ? SELECTED : SYMBOL_STROKE;
    ctx.lineWidth = ((selected ? 3.5 : 1.25) * this.ratio) / radius;
    ctx.lineJoin = 'round';
    ctx.stroke(this.symbols.get(type)!);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  }

  /** The symbol of a type at a radius (rounded to a quarter pixel), drawn once and reused; null when too big to cache. */
  private sprite(type: ElementType, radius: number): HTMLCanvasElement | null {
    if (radius > 60) return null;
    const r = Math.max(0.75, Math.round(radius * 4) / 4);
    const key = `${type}:${r}`;
    let sprite = this.sprites.get(key);
    if (!sprite) {
      sprite = document.createElement('canvas');
      const size = Math.ceil(r * 2.4 + 4 * this.ratio);
      sprite.width = sprite.height = size;
      this.symbolAt(type, size / 2, size / 2, r, false, sprite.getContext('2d')!);
      this.sprites.set(key, sprite);
    }
    return sprite;
  }

  private queueDraw(): void {
    if (this.drawQueued) return;
    this.drawQueued = requestAnimationFrame(() => {
      this.drawQueued = 0;
      this.draw();
    });
  }

  /** One frame: connections by type (dimmed ones first), then elements, then labels. */
  private draw(): void {
    const { ctx, ratio, scene } = this;
    const { model, x, y, r, selected, hovered, labels } = scene;
    const { k, x: tx, y: ty } = scene.view;
    if (this.moving && this.snapshotView) {
      // Mid-gesture: move the last frame (a bitmap blit); the full picture returns when the gesture ends.
      const s = k / this.snapshotView.k;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      ctx.setTransform(s, 0, 0, s, ratio * (tx - s * this.snapshotView.x), ratio * (ty - s * this.snapshotView.y));
      ctx.drawImage(this.snapshot, 0, 0);
      return;
    }
    const shown = scene.shown;
    const selecting = selected >= 0;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);

    // Cull to the screen, with a margin: at 5,000 elements most frames draw a fraction.
    const x0 = -tx / k - 40 / k;
    const y0 = -ty / k - 40 / k;
    const x1 = (scene.width - tx) / k + 40 / k;
    const y1 = (scene.height - ty) / k + 40 / k;
    const inView = (i: number) => x[i]! >= x0 && x[i]! <= x1 && y[i]! >= y0 && y[i]! <= y1;

    // Connections in device pixels, a few hundred segments a stroke: Skia rasterises many small paths faster than one huge one.
    // Zoomed far out, where elements sit a few pixels apart, they are hairlines told apart by colour (fast, and less of a
    // hairball); their widths and dashes return as soon as there is room to see them.
    const overview = k < OVERVIEW_K;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.lineCap = 'butt';
    for (const pass of selecting ? [0, 1] : [1]) {
      ctx.globalAlpha = selecting && pass === 0 ? 0.1 : 1;
      for (const type of CONNECTION_TYPE_IDS) {
        const style = CONNECTION_STYLES[type];
        ctx.strokeStyle = style.stroke;
        ctx.lineWidth = overview ? 1 : style.width * ratio;
        ctx.setLineDash(style.dash && !this.moving && !overview ? style.dash.split(' ').map((d) => Number(d) * ratio) : []);
        let segments = 0;
        ctx.beginPath();
        for (const l of this.linksByType[type]) {
          if (!shown.links[l] || (selecting && (pass === 1) !== !!this.litLink[l])) continue;
          const s = model.source[l]!;
          const t = model.target[l]!;
          if (!inView(s) && !inView(t)) continue;
          ctx.moveTo(ratio * (x[s]! * k + tx), ratio * (y[s]! * k + ty));
          ctx.lineTo(ratio * (x[t]! * k + tx), ratio * (y[t]! * k + ty));
          if (++segments === 200) {
            ctx.stroke();
            ctx.beginPath();
            segments = 0;
          }
        }
        if (segments > 0) ctx.stroke();
      }
    }
    ctx.setLineDash([]);

    for (const pass of selecting ? [0, 1] : [1]) {
      ctx.globalAlpha = selecting && pass === 0 ? 0.22 : 1;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      for (let i = 0; i < model.nodes.length; i++) {
        if (!shown.nodes[i] || (selecting && (pass === 1) !== !!this.lit[i]) || !inView(i)) continue;
        const radius = ratio * k * r[i]!;
        const cx = ratio * (x[i]! * k + tx);
        const cy = ratio * (y[i]! * k + ty);
        const sprite = i === selected ? null : this.sprite(model.nodes[i]!.type, radius);
        if (sprite) ctx.drawImage(sprite, Math.round(cx - sprite.width / 2), Math.round(cy - sprite.height / 2));
        else this.symbolAt(model.nodes[i]!.type, cx, cy, radius, i === selected);
      }
    }
    ctx.globalAlpha = 1;

    // Labels, in screen pixels, with a halo.
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineJoin = 'round';
    const label = (i: number, bold: boolean, dim: boolean, side: LabelSide) => {
      ctx.font = `${bold ? 700 : 500} ${bold ? LABEL_PX + 1.5 : LABEL_PX}px ${FONT}`;
      const reach = r[i]! * k * reachOf(side) + LABEL_GAP;
      const sx = x[i]! * k + tx + side.across * reach;
      const sy = y[i]! * k + ty + side.down * reach;
      ctx.textAlign = side.across > 0 ? 'left' : side.across < 0 ? 'right' : 'center';
      ctx.textBaseline = side.down > 0 ? 'top' : side.down < 0 ? 'bottom' : 'middle';
      const text = labelText(scene, i);
      ctx.globalAlpha = dim ? 0.4 : 1;
      ctx.lineWidth = 4;
      ctx.strokeStyle = HALO;
      ctx.strokeText(text, sx, sy);
      ctx.fillStyle = INK;
      ctx.fillText(text, sx, sy);
    };
    for (const i of labels) if (shown.nodes[i]) label(i, i === selected, selecting && !this.lit[i], LABEL_SIDES[scene.labelSide[i]!]!);
    if (hovered >= 0 && shown.nodes[hovered] && !labels.includes(hovered)) label(hovered, true, false, LABEL_SIDES[0]);
    ctx.globalAlpha = 1;
    if (!this.moving) {
      const snap = this.snapshot.getContext('2d')!;
      snap.clearRect(0, 0, this.snapshot.width, this.snapshot.height);
      snap.drawImage(this.canvas, 0, 0);
      this.snapshotView = { k, x: tx, y: ty };
    }
  }
}
