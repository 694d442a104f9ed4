import { placeLabels, type LabelBox } from './label-placement.ts';
import type { Scene } from './scene.ts';

/** Label font size in screen pixels (kept constant while zooming). */
export const LABEL_PX = 12.5;
const LABEL_CHARS = 28;
/** The most labels drawn at once: enough to read, few enough to stay fast. */
const LABEL_LIMIT = 220;
/** Hubs always offered a label, however far out the view. */
const HUB_LABELS = 12;
/** Of those, the ones whose label may cover small symbols. */
const TOP_HUBS = 3;
/** A node this big on screen gets a label where there is room: the hubs first, and every element once zoomed in. */
const LABELLED_RADIUS_PX = 4;
/** Symbols smaller than this on screen do not keep labels off (a label may cross a dot: its halo keeps it legible). */
const OBSTACLE_RADIUS_PX = 4;

/**
 * Which elements to label in this scene: the selection and its neighbours
 * first, then the most connected elements, then any element large enough on
 * screen, skipping labels that would overlap another label or a symbol, or
 * be cut by the edge. Readable at every zoom, and every element labelled once
 * zoomed in far enough. Pure: the scene in, the labels in placement order out.
 */
export function chooseLabels(scene: Readonly<Scene>): number[] {
  const { model, x, y, r, selected, litNodes, width, height } = scene;
  const { k, x: tx, y: ty } = scene.view;
  const shown = scene.shown.nodes;
  const candidates = function* (): Generator<number> {
    if (selected >= 0 && shown[selected]) yield selected;
    for (const i of litNodes) if (shown[i]) yield i;
    let hubs = 0;
    for (const i of model.byDegree) {
      if (!shown[i]) continue;
      if (hubs++ < HUB_LABELS || r[i]! * k >= LABELLED_RADIUS_PX) yield i;
    }
  };
  // The few most connected elements shown are labelled even over small symbols: they orient the reader.
  const topHubs = new Set<number>();
  for (const i of model.byDegree) {
    if (topHubs.size >= TOP_HUBS) break;
    if (shown[i]) topHubs.add(i);
  }
  const symbols: LabelBox[] = [];
  for (let i = 0; i < shown.length; i++) {
    if (!shown[i] || r[i]! * k < OBSTACLE_RADIUS_PX) continue;
    const sx = x[i]! * k + tx;
    const sy = y[i]! * k + ty;
    const sr = r[i]! * k + 1;
    if (sx + sr < 0 || sx - sr > width || sy + sr < 0 || sy - sr > height) continue;
    symbols.push({ x: sx, y: sy - sr, width: 2 * sr, height: 2 * sr });
  }
  return placeLabels(
    candidates(),
    (i) => {
      const sx = x[i]! * k + tx;
      const sy = (y[i]! + r[i]!) * k + ty + 2;
      const w = Math.min(model.nodes[i]!.name.length, LABEL_CHARS + 1) * LABEL_PX * 0.56 + 4;
      if (i !== selected && (sx - w / 2 < 2 || sx + w / 2 > width - 2 || sy < 0 || sy + LABEL_PX * 1.2 > height)) return null;
      return { x: sx, y: sy, width: w, height: LABEL_PX * 1.2 };
    },
    LABEL_LIMIT,
    symbols,
    (i) => (i === selected ? 'forced' : topHubs.has(i) ? 'over-symbols' : 'normal'),
  );
}

/** An element's label: its name, cut short with an ellipsis past LABEL_CHARS. */
export function labelText(scene: Pick<Scene, 'model'>, i: number): string {
  const name = scene.model.nodes[i]!.name;
  return name.length > LABEL_CHARS + 1 ? `${name.slice(0, LABEL_CHARS).trimEnd()}…` : name;
}
