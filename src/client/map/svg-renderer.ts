import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { ELEMENT_SYMBOLS } from '../../appearance/element-symbols.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';
import type { Shown } from '../../map/filters.ts';
import { MapRenderer, type Positions, type RendererHooks } from './map-renderer.ts';
import { SvgLinks } from './svg-links.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Above this many changes at once, skip the fade: it would cost more than it shows. */
const FADE_LIMIT = 1500;
/** From this many elements, panning and zooming draw without anti-aliasing. */
const LARGE_MAP = 800;

/**
 * The map as SVG: one path per element, and the connections as few elements
 * as their look allows (svg-links.ts), updated in place — a filter toggles
 * only the elements it shows or hides, a selection only its neighbourhood, a
 * zoom frame one transform. Every element is a DOM node, so the browser's own
 * focus, hit testing and fading work; used below about a thousand elements
 * (see CANVAS_FROM). Built with plain DOM calls, off the page, and put in
 * place by mount() once the first view is set: the browser styles, lays out
 * and paints it once.
 */
export class SvgMapRenderer extends MapRenderer {
  readonly svg: SVGSVGElement;
  private readonly viewport: SVGGElement;
  private readonly overlay: SVGGElement;
  private readonly labelLayer: SVGGElement;
  private readonly nodeEls: SVGPathElement[] = [];
  private readonly links: SvgLinks;
  private readonly labelEls = new Map<number, SVGTextElement>();
  private readonly hoverLabel: SVGTextElement;
  private readonly ring: SVGCircleElement;
  /** Moved while hidden: written when shown again. */
  private readonly dirty: Uint8Array;

  constructor(host: HTMLElement, model: CareMapModel, home: Positions, hooks: RendererHooks, motion: () => boolean, describedBy: string) {
    super(host, model, home, hooks, motion);
    this.dirty = new Uint8Array(model.nodes.length);

    const svg = (this.svg = svgElement('svg', {
      class: model.nodes.length > LARGE_MAP ? 'cm-svg is-large' : 'cm-svg',
      role: 'group',
      'aria-roledescription': 'map',
      'aria-label': 'Care map',
      'aria-describedby': describedBy,
    }));
    // Opening with reduced motion: no fades, from the start (a class flipped later restyles every element).
    if (!motion()) svg.classList.add('cm-no-fade');
    this.viewport = svgElement('g', { class: 'cm-viewport' });
    const linkGroup = svgElement('g', { class: 'cm-links' });
    this.links = new SvgLinks(model, this.x, this.y, this.shown.links, linkGroup);
    const nodes = svgElement('g', { class: 'cm-nodes' });
    model.nodes.forEach((node, i) => {
      const symbol = ELEMENT_SYMBOLS[node.type];
      const el = document.createElementNS(SVG, 'path');
      el.setAttribute('class', 'cm-node');
      el.setAttribute('data-i', String(i));
      el.setAttribute('data-id', node.id);
      el.setAttribute('d', symbol.path);
      el.setAttribute('fill', symbol.fill);
      el.setAttribute('transform', this.nodeTransform(i));
      this.nodeEls.push(el);
      nodes.append(el);
    });
    this.viewport.append(linkGroup, nodes);

    this.overlay = svgElement('g', { class: 'cm-overlay' });
    this.ring = svgElement('circle', { class: 'cm-focus-ring', r: '1' });
    this.labelLayer = svgElement('g', { class: 'cm-labels', 'aria-hidden': 'true' });
    this.hoverLabel = svgElement('text', { class: 'cm-label cm-label--hover', 'aria-hidden': 'true' });
    this.overlay.append(this.ring, this.labelLayer, this.hoverLabel);
    svg.append(this.viewport, this.overlay);

    // Dragging an element moves it (and its connections); started only on a node, so the map pans otherwise.
    select(nodes).call(
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
    this.attach(svg, svg);

    svg.addEventListener('keydown', (event) => this.onKey(event, this.targetOf(event)));
    svg.addEventListener('focusin', (event) => {
      const i = this.targetOf(event);
      if (i >= 0 && this.nodeEls[i]!.matches(':focus-visible')) {
        this.placeRing();
        this.ring.classList.add('is-on');
        this.setHover(i);
      }
    });
    svg.addEventListener('focusout', () => {
      this.ring.classList.remove('is-on');
      this.setHover(-1);
    });
    svg.addEventListener('pointerover', (event) => {
      if (event.pointerType === 'mouse') this.setHover(this.targetOf(event));
    });
    svg.addEventListener('pointerout', (event) => {
      if (event.pointerType === 'mouse' && this.targetOf(event) === this.hovered) this.setHover(-1);
    });
  }

  override destroy(): void {
    super.destroy();
    this.links.destroy();
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
    const fade = changes <= FADE_LIMIT && this.motion();
    this.svg.classList.toggle('cm-no-fade', !fade);
    for (let i = 0; i < next.nodes.length; i++) {
      if (next.nodes[i] === previous.nodes[i]) continue;
      this.nodeEls[i]!.classList.toggle('is-hidden', !next.nodes[i]);
      if (next.nodes[i] && this.dirty[i]) this.writeNode(i);
    }
    // Connections drawn while hidden are simply left out of the paths: nothing to catch up on.
    this.links.setShown(previous.links, next.links, fade);
  }

  protected drawMoved(nodes: readonly number[], links: readonly number[] | null): void {
    for (const i of nodes) {
      if (this.shown.nodes[i]) {
        this.writeNode(i);
        this.labelAt(this.labelEls.get(i), i);
        if (i === this.hovered) this.labelAt(this.hoverLabel, i);
      } else this.dirty[i] = 1;
    }
    this.links.moved(links);
    if (this.roving >= 0 && nodes.includes(this.roving)) this.placeRing();
  }

  protected drawSelection(previousSelected: number, previousNodes: readonly number[], previousLinks: readonly number[]): void {
    for (const i of previousNodes) this.nodeEls[i]!.classList.remove('is-lit');
    if (previousSelected >= 0) this.nodeEls[previousSelected]!.classList.remove('is-selected');
    for (const i of this.litNodes) this.nodeEls[i]!.classList.add('is-lit');
    this.svg.classList.toggle('cm-has-selection', this.selected >= 0);
    if (this.selected >= 0) this.nodeEls[this.selected]!.classList.add('is-selected');
    // The neighbourhood's connections are drawn above the rest.
    this.links.setLit(previousLinks, this.litLinks);
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

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}
