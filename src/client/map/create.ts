import { CONNECTION_STYLES } from '../../appearance/connection-styles.ts';
import { ELEMENT_SYMBOLS, SYMBOL_STROKE } from '../../appearance/element-symbols.ts';
import type { ConnectionType } from '../../core/vocabulary/connection-types.ts';
import type { ElementType } from '../../core/vocabulary/element-types.ts';

type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/**
 * Builds an HTML element: `h('p', { class: 'x' }, 'text', child)`. Text is
 * always set as text, never parsed, so content from the map cannot inject
 * markup. `on…` attributes given a function become event listeners.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== false && child !== null && child !== undefined) el.append(child);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(viewBox: string, width: number, height: number): SVGSVGElement {
  const el = document.createElementNS(SVG, 'svg');
  el.setAttribute('viewBox', viewBox);
  el.setAttribute('width', String(width));
  el.setAttribute('height', String(height));
  el.setAttribute('aria-hidden', 'true');
  el.setAttribute('focusable', 'false');
  el.setAttribute('class', 'cm-icon');
  return el;
}

/** The element type's symbol, as drawn on the map. */
export function typeSymbol(type: ElementType, size = 16): SVGSVGElement {
  const el = svg('-1.3 -1.3 2.6 2.6', size, size);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ELEMENT_SYMBOLS[type].path);
  path.setAttribute('fill', ELEMENT_SYMBOLS[type].fill);
  path.setAttribute('stroke', SYMBOL_STROKE);
  path.setAttribute('stroke-width', '0.16');
  path.setAttribute('stroke-linejoin', 'round');
  el.append(path);
  return el;
}

/** A short sample of the connection type's line. */
export function connectionSample(type: ConnectionType, width = 28): SVGSVGElement {
  const style = CONNECTION_STYLES[type];
  const el = svg(`0 0 ${width} 10`, width, 10);
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('x1', '1');
  line.setAttribute('x2', String(width - 1));
  line.setAttribute('y1', '5');
  line.setAttribute('y2', '5');
  line.setAttribute('stroke', style.stroke);
  line.setAttribute('stroke-width', String(style.width));
  if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
  el.append(line);
  return el;
}
