import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { ELEMENT_SYMBOLS } from '../../appearance/element-symbols.ts';
import type { Shown } from '../../map/filters.ts';
import type { Drawing, DrawingHost } from './drawing.ts';
import { LABEL_GAP, LABEL_PX, labelText } from './label-choice.ts';
import { LABEL_SIDES, reachOf } from './label-placement.ts';
import type { Scene } from './scene.ts';
import { SvgLinks } from './svg-links.ts';

/** The gap between a symbol and its label, in the label's em. */
const LABEL_GAP_EM = +(LABEL_GAP / LABEL_PX).toFixed(3);
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
export class SvgDrawing implements Drawing {
  readonly svg: SVGSVGElement;
  readonly surface: SVGSVGElement;
  readonly parts: readonly Element[];
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

  constructor(
    private readonly scene: Readonly<Scene>,
    private readonly host: DrawingHost,
    describedBy: string,
  ) {
    const { model } = scene;
    this.dirty = new Uint8Array(model.nodes.length);

    const svg = (this.svg = svgElement('svg', {
      class: model.nodes.length > LARGE_MAP ? 'cm-svg is-large' : 'cm-svg',
      role: 'group',
      'aria-roledescription': 'map',
      'aria-label': 'Care map',
      'aria-describedby': describedBy,
      // Chromium makes an SVG with focus listeners a Tab stop of its own; the roving element is the map's one stop.
      tabindex: '-1',
    }));
    // Opening with reduced motion: no fades, from the start (a class flipped later restyles every element).
    if (!host.motion()) svg.classList.add('cm-no-fade');
    this.viewport = svgElement('g', { class: 'cm-viewport' });
    const linkGroup = svgElement('g', { class: 'cm-links' });
    this.links = new SvgLinks(model, scene.x, scene.y, scene.shown.links, linkGroup);
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
        .on('start', () => host.dragStart())
        .on('drag', (event: { subject: number; dx: number; dy: number }) => host.dragBy(event.subject, event.dx, event.dy))
        .on('end', () => host.dragEnd()),
    );
    this.surface = svg;
    this.parts = [svg];

    svg.addEventListener('keydown', (event) => host.key(event, this.targetOf(event)));
    svg.addEventListener('focusin', (event) => {
      const i = this.targetOf(event);
      if (i >= 0 && this.nodeEls[i]!.matches(':focus-visible')) {
        this.placeRing();
        this.ring.classList.add('is-on');
        host.hover(i);
      }
    });
    svg.addEventListener('focusout', () => {
      this.ring.classList.remove('is-on');
      host.hover(-1);
    });
    svg.addEventListener('pointerover', (event) => {
      if (event.pointerType === 'mouse') host.hover(this.targetOf(event));
    });
    svg.addEventListener('pointerout', (event) => {
      if (event.pointerType === 'mouse' && this.targetOf(event) === scene.hovered) host.hover(-1);
    });
  }

  destroy(): void {
    this.links.destroy();
    this.svg.remove();
  }

  targetOf(event: Event): number {
    const el = event.target instanceof Element ? event.target.closest('.cm-node') : null;
    return el ? Number(el.getAttribute('data-i')) : -1;
  }

  resized(): void {}

  drawShown(previous: Shown): void {
    const next = this.scene.shown;
    let changes = 0;
    for (let i = 0; i < next.nodes.length; i++) if (next.nodes[i] !== previous.nodes[i]) changes++;
    for (let l = 0; l < next.links.length; l++) if (next.links[l] !== previous.links[l]) changes++;
    const fade = changes <= FADE_LIMIT && this.host.motion();
    this.svg.classList.toggle('cm-no-fade', !fade);
    for (let i = 0; i < next.nodes.length; i++) {
      if (next.nodes[i] === previous.nodes[i]) continue;
      this.nodeEls[i]!.classList.toggle('is-hidden', !next.nodes[i]);
      if (next.nodes[i] && this.dirty[i]) this.writeNode(i);
    }
    // Connections drawn while hidden are simply left out of the paths: nothing to catch up on.
    this.links.setShown(previous.links, next.links, fade);
  }

  drawMoved(nodes: readonly number[], links: readonly number[] | null): void {
    const { scene } = this;
    for (const i of nodes) {
      if (scene.shown.nodes[i]) {
        this.writeNode(i);
        this.labelAt(this.labelEls.get(i), i);
        if (i === scene.hovered) this.labelAt(this.hoverLabel, i);
      } else this.dirty[i] = 1;
    }
    this.links.moved(links);
    if (scene.roving >= 0 && nodes.includes(scene.roving)) this.placeRing();
  }

  drawSelection(previousSelected: number, previousNodes: readonly number[], previousLinks: readonly number[]): void {
    const { selected, litNodes, litLinks } = this.scene;
    for (const i of previousNodes) this.nodeEls[i]!.classList.remove('is-lit');
    if (previousSelected >= 0) this.nodeEls[previousSelected]!.classList.remove('is-selected');
    for (const i of litNodes) this.nodeEls[i]!.classList.add('is-lit');
    this.svg.classList.toggle('cm-has-selection', selected >= 0);
    if (selected >= 0) this.nodeEls[selected]!.classList.add('is-selected');
    // The neighbourhood's connections are drawn above the rest.
    this.links.setLit(previousLinks, litLinks);
  }

  drawView(): void {
    const { k, x, y } = this.scene.view;
    const transform = `translate(${x},${y}) scale(${k})`;
    this.viewport.setAttribute('transform', transform);
    this.overlay.setAttribute('transform', transform);
    this.overlay.style.setProperty('--k', String(k));
  }

  drawLabels(): void {
    const { labels, litNodes, selected } = this.scene;
    const keep = new Set(labels);
    for (const [i, el] of this.labelEls) {
      if (!keep.has(i)) {
        el.remove();
        this.labelEls.delete(i);
      }
    }
    const lit = new Set(litNodes);
    for (const i of labels) {
      let el = this.labelEls.get(i);
      if (!el) {
        el = document.createElementNS(SVG, 'text');
        el.setAttribute('class', 'cm-label');
        el.setAttribute('data-id', this.scene.model.nodes[i]!.id);
        el.textContent = labelText(this.scene, i);
        this.labelEls.set(i, el);
        this.labelLayer.appendChild(el);
      }
      el.classList.toggle('is-selected', i === selected);
      el.classList.toggle('is-lit', lit.has(i));
      this.labelAt(el, i);
    }
    this.drawHover();
  }

  /** Roving tabindex: only one element is in the tab order, and only it carries a role and a name. */
  drawRoving(previous: number, focus: boolean): void {
    const i = this.scene.roving;
    if (previous !== i && previous >= 0) {
      const old = this.nodeEls[previous]!;
      for (const name of ['tabindex', 'role', 'aria-label', 'aria-pressed']) old.removeAttribute(name);
    }
    if (i < 0) return;
    const el = this.nodeEls[i]!;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', this.host.describe(i));
    el.setAttribute('aria-pressed', String(i === this.scene.selected));
    this.placeRing();
    if (focus) el.focus();
  }

  drawHover(): void {
    const i = this.scene.hovered;
    if (i < 0 || this.labelEls.has(i)) {
      this.hoverLabel.classList.remove('is-on');
      return;
    }
    this.hoverLabel.textContent = this.scene.model.nodes[i]!.name;
    this.labelAt(this.hoverLabel, i);
    this.hoverLabel.classList.add('is-on');
  }

  private nodeTransform(i: number): string {
    const { x, y, r } = this.scene;
    return `translate(${x[i]!.toFixed(1)},${y[i]!.toFixed(1)}) scale(${r[i]!.toFixed(2)})`;
  }

  private writeNode(i: number): void {
    this.dirty[i] = 0;
    this.nodeEls[i]!.setAttribute('transform', this.nodeTransform(i));
  }

  /** A label on its side of the symbol (the hover label always below); the gap is in em, so it stays the same on screen at every zoom. */
  private labelAt(el: SVGTextElement | undefined, i: number): void {
    if (!el) return;
    const { x, y, r } = this.scene;
    const side = LABEL_SIDES[el === this.hoverLabel ? 0 : this.scene.labelSide[i]!]!;
    const reach = r[i]! * reachOf(side);
    el.setAttribute('x', (x[i]! + side.across * reach).toFixed(1));
    el.setAttribute('y', (y[i]! + side.down * reach).toFixed(1));
    el.setAttribute('dx', `${side.across * LABEL_GAP_EM}em`);
    el.setAttribute('dy', `${side.down * LABEL_GAP_EM}em`);
    el.dataset.across = String(side.across);
    el.dataset.down = String(side.down);
  }

  private placeRing(): void {
    const { roving: i, x, y, r } = this.scene;
    if (i < 0) return;
    this.ring.setAttribute('cx', x[i]!.toFixed(1));
    this.ring.setAttribute('cy', y[i]!.toFixed(1));
    this.ring.setAttribute('r', (r[i]! * 1.25 + 2).toFixed(1));
  }
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}
