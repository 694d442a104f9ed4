import type { CareMapModel } from '../../map/care-map-model.ts';
import { CanvasDrawing } from './canvas-drawing.ts';
import type { DrawingMaker } from './map-renderer.ts';
import { SvgDrawing } from './svg-drawing.ts';

/**
 * From this many elements the map is drawn on a canvas. Measured in headless
 * Chromium with software rendering at 1,000 elements: SVG filter frames
 * 40–70 ms and pan frames up to 50 ms, canvas 25–35 ms and 17 ms. Smaller
 * maps, the usual care commons, keep the SVG's fades and per-element DOM.
 */
const CANVAS_FROM = 1000;

export type RendererKind = 'svg' | 'canvas';

/** `?renderer=svg` or `?renderer=canvas` overrides the choice, for comparing the two (it is not part of the shared state). */
export function chooseRenderer(model: CareMapModel): RendererKind {
  const forced = new URLSearchParams(location.search).get('renderer');
  return forced === 'canvas' || (forced !== 'svg' && model.nodes.length >= CANVAS_FROM) ? 'canvas' : 'svg';
}

/** The drawing of that kind; `describedBy` is the id of the map's keyboard help. */
export function drawingOf(kind: RendererKind, describedBy: string): DrawingMaker {
  return kind === 'canvas' ? (scene, host) => new CanvasDrawing(scene, host, describedBy) : (scene, host) => new SvgDrawing(scene, host, describedBy);
}

/** Keeps a `renderer` override in the address, so a reload compares like with like. */
export function withRenderer(query: string): string {
  const forced = new URLSearchParams(location.search).get('renderer');
  if (!forced) return query;
  return `${query ? `${query}&` : '?'}renderer=${encodeURIComponent(forced)}`;
}
