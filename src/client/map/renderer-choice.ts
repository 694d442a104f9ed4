import type { CareMapModel } from '../../map/care-map-model.ts';
import { CanvasDrawing } from './canvas-drawing.ts';
import type { DrawingMaker } from './map-renderer.ts';
import { SvgDrawing } from './svg-drawing.ts';

/**
 * From this many elements the map is drawn on a canvas. Measured by `npm run
 * bench` (headless Chromium, software rendering) on the generated map of
 * 1,000 elements, of which about 930 on the default map, 2026-12-02: SVG
 * (1,506 SVG elements) ready in 708 ms, a filter change 118 ms, pan/zoom
 * frames 77 ms (p95 133 ms); canvas 523 ms, 51 ms and 17 ms. Smaller maps,
 * the usual care commons, keep the SVG's fades and per-element DOM.
 */
const CANVAS_FROM = 600;

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
