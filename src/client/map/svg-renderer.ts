import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { CONNECTION_STYLES } from '../../appearance/connection-styles.ts';
import { ELEMENT_SYMBOLS } from '../../appearance/element-symbols.ts';
import type { CareMapModel } from './care-map-model.ts';
import type { Shown } from './filters.ts';
import { MapRenderer, type Positions, type RendererHooks } from './map-renderer.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Above this many changes at once, skip the fade: it would cost more than it shows. */
const FADE_LIMIT = 1500;
/** From this many elements, panning and zooming draw without anti-aliasing. */
const LARGE_MAP = 800;

/**
 * The map as SVG, drawn with d3-selection: one path per element, one line per
 * connection, updated in place — a filter toggles only what it shows or
 * hides, a selection only its neighbourhood, a zoom frame one transform.
 * Every element is a DOM node, so the browser's own focus, hit testing and
 * fading work; used below about a thousand elements (see CANVAS_FROM).
 */
export class SvgMapRenderer extends MapRenderer {
  readonly svg: SVGSVGElement;
  private readonly viewport: SVGGElement;
  private readonly overlay: SVGGElement;
  private readonly labelLayer: SVGGElement;
  private readonly nodeEls: SVGPathElement[] = [];
  private readonly linkEls: SVGLineElement[] = [];
  private readonly labelEls = new Map<number, SVGTextElement>();
  private readonly hoverLabel: SVGTextElement;
  private readonly ring: SVGCircleElement;
  /** Moved while hidden: written when shown again. */
  private readonly dirty: Uint8Array;
  private readonly linkDirty: Uint8Array;

  constructor(host: HTMLElement, model: CareMapModel, home: Positions, hooks: RendererHooks, motion: () => boolean, describedBy: string) {
    super(host, model, home, hooks, motion);
    this.dirty = new Uint8Array(model.nodes.length);
    this.linkDirty = new Uint8Array(model.links.length);

    const svg = select(host)
      .append('svg')
      .attr('class', model.nodes.length > LARGE_MAP ? 'cm-svg is-large' : 'cm-svg')
      .attr('role', 'group')
      .attr('aria-roledescription', 'map')
      .attr('aria-label', 'Care map')
      .attr('aria-describedby', describedBy);
    this.svg = svg.node()!;
    const viewport = svg.append('g').attr('class', 'cm-viewport');
    this.viewport = viewport.node()!;

    viewport
      .append('g')
      .attr('class', 'cm-links')
      .selectAll('line')
      .data(model.links)
      .join('line')
      .attr('class', 'cm-link')
      .attr('stroke', (d) => CONNECTION_STYLES[d.type].stroke)
      .attr('stroke-width', (d) => CONNECTION_STYLES[d.type].width)
      .attr('stroke-dasharray', (d) => CONNECTION_STYLES[d.type].dash || null)
      .attr('x1', (_, l) => this.x[model.source[l]!]!)
      .attr('y1', (_, l) => this.y[model.source[l]!]!)
      .attr('x2', (_, l) => this.x[model.target[l]!]!)
      .attr('y2', (_, l) => this.y[model.target[l]!]!)
      .each((_, l, group) => void (this.linkEls[l] = group[l] as SVGLineElement));

    const nodes = viewport.append('g').attr('class', 'cm-nodes');
    nodes
      .selectAll('path')
      .data(model.nodes)
      .join('path')
      .attr('class', 'cm-node')
      .attr('data-i', (_, i) => i)
      .attr('data-id', (d) => d.id)
      .attr('d', (d) => ELEMENT_SYMBOLS[d.type].path)
      .attr('fill', (d) => ELEMENT_SYMBOLS[d.type].fill)
      .attr('transform', (_, i) => this.nodeTransform(i))
      .each((_, i, group) => void (this.nodeEls[i] = group[i] as SVGPathElement));

    const overlay = svg.append('g').attr('class', 'cm-overlay');
    this.overlay = overlay.node()!;
    this.ring = overlay.append('circle').attr('class', 'cm-focus-ring').attr('r', 1).node()!;
    this.labelLayer = overlay.append('g').attr('class', 'cm-labels').attr('aria-hidden', 'true').node()!;
    this.hoverLabel = overlay.append('text').attr('class', 'cm-label cm-label--hover').attr('aria-hidden', 'true').node()!;

    // Dragging an element moves it (and its connections); started only on a node, so the map pans otherwise.
    nodes.call(
      drag<SVGGElement, unknown, number>()
        .subject((event: { sourceEvent: Event }) => {
          const i = this.targetOf(event.sourceEvent);
          // No subject, no drag: the press falls through to d3-zoom, which pans.
          return i < 0 ? (null as unknown as number) : i;
        })
        .on('start', () => this.stopMotion())
        .on('drag', (event: { subject: number; dx: number; dy: number }) => this.dragBy(event.subject, event.dx, event.dy))
        .on('end', () => this.queueLabels()),
    );
    this.attach(this.svg);

    this.svg.addEventListener('keydown', (event) => this.onKey(event, this.targetOf(event)));
    this.svg.addEventListener('focusin', (event) => {
      const i = this.targetOf(event);
      if (i >= 0 && this.nodeEls[i]!.matches(':focus-visible')) {
        this.placeRing();
        this.ring.classList.add('is-on');
        this.setHover(i);
      }
    });
    this.svg.addEventListener('focusout', () => {
      this.ring.classList.remove('is-on');
      this.setHover(-1);
    });
    this.svg.addEventListener('pointerover', (event) => {
      if (event.pointerType === 'mouse') this.setHover(this.targetOf(event));
    });
    this.svg.addEventListener('pointerout', (event) => {
      if (event.pointerType === 'mouse' && this.targetOf(event) === this.hovered) this.setHover(-1);
    });
  }

  override destroy(): void {
    super.destroy();
    this.svg.remove();
  }

  protected targetOf(event: Event): number {
    const el = event.target instanceof Element ? event.target.closest('.cm-node') : null;
    return el ? Number(el.getAttribute('data-i')) : -1;
  }

  protected drawShown(previous: Shown): void {
    const next = this.shown;
    let changes = 0;
    for (let i = 0; i < next.nodes.length; i++) if (next.nodes[i] !== previous.nodes[i]) changes++;
    for (let l = 0; l < next.links.length; l++) if (next.links[l] !== previous.links[l]) changes++;
    this.svg.classList.toggle('cm-no-fade', changes > FADE_LIMIT || !this.motion());
    for (let i = 0; i < next.nodes.length; i++) {
      if (next.nodes[i] === previous.nodes[i]) continue;
      this.nodeEls[i]!.classList.toggle('is-hidden', !next.nodes[i]);
      if (next.nodes[i] && this.dirty[i]) this.writeNode(i);
    }
    for (let l = 0; l < next.links.length; l++) {
      if (next.links[l] === previous.links[l]) continue;
      this.linkEls[l]!.classList.toggle('is-hidden', !next.links[l]);
      if (next.links[l] && this.linkDirty[l]) this.writeLink(l);
    }
  }

  protected drawMoved(nodes: readonly number[], links: readonly number[] | null): void {
    for (const i of nodes) {
      if (this.shown.nodes[i]) {
        this.writeNode(i);
        this.labelAt(this.labelEls.get(i), i);
        if (i === this.hovered) this.labelAt(this.hoverLabel, i);
      } else this.dirty[i] = 1;
    }
    // Connections follow their ends: shown ones now, hidden ones when they reappear.
    const all = links ?? this.model.links.map((_, l) => l);
    for (const l of all) {
      if (this.shown.links[l]) this.writeLink(l);
      else this.linkDirty[l] = 1;
    }
    if (this.roving >= 0 && nodes.includes(this.roving)) this.placeRing();
  }

  protected drawSelection(previousSelected: number, previousNodes: readonly number[], previousLinks: readonly number[]): void {
    for (const i of previousNodes) this.nodeEls[i]!.classList.remove('is-lit');
    for (const l of previousLinks) this.linkEls[l]!.classList.remove('is-lit');
    if (previousSelected >= 0) this.nodeEls[previousSelected]!.classList.remove('is-selected');
    for (const i of this.litNodes) this.nodeEls[i]!.classList.add('is-lit');
    for (const l of this.litLinks) this.linkEls[l]!.classList.add('is-lit');
    this.svg.classList.toggle('cm-has-selection', this.selected >= 0);
    if (this.selected >= 0) {
      this.nodeEls[this.selected]!.classList.add('is-selected');
      // Draw the neighbourhood's connections above the rest.
      const group = this.linkEls[0]?.parentNode;
      if (group) for (const l of this.litLinks) group.appendChild(this.linkEls[l]!);
    }
  }

  protected drawView(): void {
    const { k, x, y } = this.view;
    const transform = `translate(${x},${y}) scale(${k})`;
    this.viewport.setAttribute('transform', transform);
    this.overlay.setAttribute('transform', transform);
    this.overlay.style.setProperty('--k', String(k));
  }

  protected drawLabels(): void {
    const keep = new Set(this.labels);
    for (const [i, el] of this.labelEls) {
      if (!keep.has(i)) {
        el.remove();
        this.labelEls.delete(i);
      }
    }
    const lit = new Set(this.litNodes);
    for (const i of this.labels) {
      let el = this.labelEls.get(i);
      if (!el) {
        el = document.createElementNS(SVG, 'text');
        el.setAttribute('class', 'cm-label');
        el.textContent = this.labelText(i);
        this.labelEls.set(i, el);
        this.labelLayer.appendChild(el);
      }
      el.classList.toggle('is-selected', i === this.selected);
      el.classList.toggle('is-lit', lit.has(i));
      this.labelAt(el, i);
    }
    this.drawHover();
  }

  /** Roving tabindex: only one element is in the tab order, and only it carries a role and a name. */
  protected drawRoving(previous: number, focus: boolean): void {
    const i = this.roving;
    if (previous !== i && previous >= 0) {
      const old = this.nodeEls[previous]!;
      for (const name of ['tabindex', 'role', 'aria-label', 'aria-pressed']) old.removeAttribute(name);
    }
    if (i < 0) return;
    const el = this.nodeEls[i]!;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', this.hooks.describe(i));
    el.setAttribute('aria-pressed', String(i === this.selected));
    this.placeRing();
    if (focus) el.focus();
  }

  protected drawHover(): void {
    const i = this.hovered;
    if (i < 0 || this.labelEls.has(i)) {
      this.hoverLabel.classList.remove('is-on');
      return;
    }
    this.hoverLabel.textContent = this.model.nodes[i]!.name;
    this.labelAt(this.hoverLabel, i);
    this.hoverLabel.classList.add('is-on');
  }

  private nodeTransform(i: number): string {
    return `translate(${this.x[i]!.toFixed(1)},${this.y[i]!.toFixed(1)}) scale(${this.r[i]!.toFixed(2)})`;
  }

  private writeNode(i: number): void {
    this.dirty[i] = 0;
    this.nodeEls[i]!.setAttribute('transform', this.nodeTransform(i));
  }

  private writeLink(l: number): void {
    this.linkDirty[l] = 0;
    const el = this.linkEls[l]!;
    const s = this.model.source[l]!;
    const t = this.model.target[l]!;
    el.setAttribute('x1', this.x[s]!.toFixed(1));
    el.setAttribute('y1', this.y[s]!.toFixed(1));
    el.setAttribute('x2', this.x[t]!.toFixed(1));
    el.setAttribute('y2', this.y[t]!.toFixed(1));
  }

  private labelAt(el: SVGTextElement | undefined, i: number): void {
    if (!el) return;
    el.setAttribute('x', this.x[i]!.toFixed(1));
    el.setAttribute('y', (this.y[i]! + this.r[i]!).toFixed(1));
  }

  private placeRing(): void {
    const i = this.roving;
    if (i < 0) return;
    this.ring.setAttribute('cx', this.x[i]!.toFixed(1));
    this.ring.setAttribute('cy', this.y[i]!.toFixed(1));
    this.ring.setAttribute('r', (this.r[i]! * 1.25 + 2).toFixed(1));
  }
}
