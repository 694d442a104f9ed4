import type { ElementType } from '../core/vocabulary/element-types.ts';

/**
 * How each element type is drawn: colour AND shape, so colour is never the
 * only cue. Colours are the Okabe–Ito palette, safe for colour-blind readers.
 * Paths are drawn in a 2×2 box centred on 0,0 and scaled by the node size.
 */
export interface ElementSymbol {
  fill: string;
  /** Plain word for the legend and the list view: "heart", "square"… */
  shape: string;
  path: string;
}

const star = (() => {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1.15 : 0.5;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    points.push(`${(r * Math.cos(a)).toFixed(3)},${(r * Math.sin(a)).toFixed(3)}`);
  }
  return `M${points.join('L')}Z`;
})();

const hexagon = (() => {
  const points: string[] = [];
  for (let i = 0; i < 6; i++) {
    const a = (Math.PI / 3) * i;
    points.push(`${(1.05 * Math.cos(a)).toFixed(3)},${(1.05 * Math.sin(a)).toFixed(3)}`);
  }
  return `M${points.join('L')}Z`;
})();

export const ELEMENT_SYMBOLS: Record<ElementType, ElementSymbol> = {
  'supported-person': { fill: '#CC79A7', shape: 'heart', path: 'M0,0.95C-0.35,0.65 -1.1,0.2 -1.1,-0.35A0.55,0.55 0 0 1 0,-0.55A0.55,0.55 0 0 1 1.1,-0.35C1.1,0.2 0.35,0.65 0,0.95Z' },
  'convening-partner': { fill: '#E69F00', shape: 'star', path: star },
  organisation: { fill: '#0072B2', shape: 'square', path: 'M-0.85,-0.85H0.85V0.85H-0.85Z' },
  business: { fill: '#D55E00', shape: 'diamond', path: 'M0,-1.1L1.1,0L0,1.1L-1.1,0Z' },
  group: { fill: '#009E73', shape: 'triangle', path: 'M0,-1.05L1.05,0.8H-1.05Z' },
  person: { fill: '#56B4E9', shape: 'circle', path: 'M1,0A1,1 0 1 1 -1,0A1,1 0 1 1 1,0Z' },
  'regulated-social-care-provider': { fill: '#F0E442', shape: 'hexagon', path: hexagon },
  'health-care-provider': { fill: '#FFFFFF', shape: 'cross', path: 'M-0.35,-1H0.35V-0.35H1V0.35H0.35V1H-0.35V0.35H-1V-0.35H-0.35Z' },
};

/** Outline of every symbol: dark enough for 3:1 contrast on the white map. */
export const SYMBOL_STROKE = '#1f2937';
