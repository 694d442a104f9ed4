import { LABEL_SIDES, placeLabels, reachOf, type LabelBox, type PlacedLabel } from './label-placement.ts';
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
/** Between a symbol and its label, in screen pixels. */
export const LABEL_GAP = 2;
/** How much a label prefers to sit below its symbol, where a reader looks first, over pointing away from the middle (1 = straight out). */
const BELOW_BONUS = 0.6;
/** The selection's label is bold and 1.5 px larger (map.css, canvas-drawing.ts): about this much wider. */
const SELECTED_SCALE = 1.25;
/** A node this big on screen gets a label where there is room: the hubs first, and every element once zoomed in. */
const LABELLED_RADIUS_PX = 4;
/** Symbols smaller than this on screen do not keep labels off (a label may cross a dot: its halo keeps it legible). */
const OBSTACLE_RADIUS_PX = 4;

/**
 * Which elements to label in this scene: the selection and its neighbours
 * first, then the most connected elements, then any element large enough on
 * screen, each on the side of its symbol (below, beside, above, at a corner)
 * that points most away from the middle of the map and overlaps no other
 * label or symbol, and is not cut by the edge.
 * Readable at every zoom, and every element labelled once zoomed in far
 * enough. Pure: the scene in, the labels in placement order out.
 */
export function chooseLabels(scene: Readonly<Scene>, textWidth: (i: number) => number = (i) => estimatedWidth(scene, i)): PlacedLabel[] {
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
  // Labels lean away from the middle of what is shown, where the symbols are densest.
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < shown.length; i++) if (shown[i]) (cx += x[i]!), (cy += y[i]!);
  cx /= Math.max(1, scene.shown.nodeCount);
  cy /= Math.max(1, scene.shown.nodeCount);
  const line = LABEL_PX * 1.2;
  const inside = (b: LabelBox) => b.x - b.width / 2 >= 2 && b.x + b.width / 2 <= width - 2 && b.y >= 0 && b.y + b.height <= height;
  return placeLabels(
    candidates(),
    (i) => {
      const sx = x[i]! * k + tx;
      const sy = y[i]! * k + ty;
      const sr = r[i]! * k + LABEL_GAP;
      // The halo adds 2 px each side; the selection's label is bold and larger.
      const w = textWidth(i) * (i === selected ? SELECTED_SCALE : 1) + 4;
      const places = LABEL_SIDES.map((side, n) => {
        const reach = sr * reachOf(side);
        const left = side.across > 0 ? sx + reach : side.across < 0 ? sx - reach - w : sx - w / 2;
        const top = side.down > 0 ? sy + reach : side.down < 0 ? sy - reach - line : sy - line / 2;
        return { side: n, box: { x: left + w / 2, y: top, width: w, height: line } };
      });
      // The selection's label is always drawn, below; any other only where it is not cut by the edge.
      if (i === selected) return places.slice(0, 1);
      const out = Math.hypot(x[i]! - cx, y[i]! - cy) || 1;
      const outward = (n: number) => {
        const { across, down } = LABEL_SIDES[n]!;
        return ((x[i]! - cx) * across + (y[i]! - cy) * down) / out / Math.hypot(across, down) + (n === 0 ? BELOW_BONUS : 0);
      };
      return places.filter(({ box }) => inside(box)).sort((a, b) => outward(b.side) - outward(a.side));
    },
    LABEL_LIMIT,
    symbols,
    (i) => (i === selected ? 'forced' : topHubs.has(i) ? 'over-symbols' : 'normal'),
  );
}

/** A label's width when it cannot be measured: an average letter of the labels' font. */
function estimatedWidth(scene: Pick<Scene, 'model'>, i: number): number {
  return Math.min(scene.model.nodes[i]!.name.length, LABEL_CHARS + 1) * LABEL_PX * 0.56;
}

/** An element's label: its name, cut short with an ellipsis past LABEL_CHARS. */
export function labelText(scene: Pick<Scene, 'model'>, i: number): string {
  const name = scene.model.nodes[i]!.name;
  return name.length > LABEL_CHARS + 1 ? `${name.slice(0, LABEL_CHARS).trimEnd()}…` : name;
}
