/**
 * Which labels to draw: greedy, in priority order, skipping any label whose
 * box would overlap one already placed or an obstacle (the symbols). A uniform
 * grid makes each test O(1), so placing L labels among S symbols is O(L + S).
 * Boxes are in screen pixels.
 */
export interface LabelBox {
  /** Centre x, top y, width and height. */
  x: number;
  y: number;
  width: number;
  height: number;
}

const CELL = 96;

export function placeLabels(
  candidates: Iterable<number>,
  box: (i: number) => LabelBox | null,
  limit: number,
  obstacles: Iterable<LabelBox> = [],
  /** How hard a label holds its place: 'forced' whatever it overlaps (the selection's), 'over-symbols' only minding other labels (the main hubs). */
  standing: (i: number) => 'forced' | 'over-symbols' | 'normal' = () => 'normal',
): number[] {
  const grid = new Map<number, LabelBox[]>();
  const labelGrid = new Map<number, LabelBox[]>();
  const cells = function* (b: LabelBox): Generator<number> {
    for (let cx = Math.floor((b.x - b.width / 2) / CELL); cx <= Math.floor((b.x + b.width / 2) / CELL); cx++) {
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.height) / CELL); cy++) yield cx * 65_536 + cy;
    }
  };
  const occupy = (b: LabelBox, into = grid) => {
    for (const k of cells(b)) {
      const list = into.get(k);
      if (list) list.push(b);
      else into.set(k, [b]);
    }
  };
  const overlaps = (b: LabelBox, within = grid) => {
    for (const k of cells(b)) {
      for (const o of within.get(k) ?? []) {
        if (Math.abs(b.x - o.x) < (b.width + o.width) / 2 && b.y < o.y + o.height && b.y + b.height > o.y) return true;
      }
    }
    return false;
  };
  for (const b of obstacles) occupy(b);
  const placed: number[] = [];
  for (const i of candidates) {
    if (placed.length >= limit) break;
    const b = box(i);
    if (!b) continue;
    const how = standing(i);
    if (how === 'normal' ? overlaps(b) : how === 'over-symbols' && overlaps(b, labelGrid)) continue;
    placed.push(i);
    occupy(b);
    occupy(b, labelGrid);
  }
  return placed;
}
