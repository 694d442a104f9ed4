/**
 * Which labels to draw, and on which side of their symbol: greedy, in
 * priority order, each label trying the places it is offered in turn and
 * skipped when every one of them would overlap a label already placed or an
 * obstacle (the symbols). A uniform grid makes
 * each test O(1), so placing L labels among S symbols is O(L + S).
 * Boxes are in screen pixels.
 */
export interface LabelBox {
  /** Centre x, top y, width and height. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a label may sit against its symbol: below (where a reader looks
 * first), beside, above, and at the corners. `across` and `down` say which
 * way from the symbol's centre (−1, 0 or 1).
 */
export const LABEL_SIDES = [
  { side: 'below', across: 0, down: 1 },
  { side: 'right', across: 1, down: 0 },
  { side: 'left', across: -1, down: 0 },
  { side: 'above', across: 0, down: -1 },
  { side: 'below-right', across: 1, down: 1 },
  { side: 'above-right', across: 1, down: -1 },
  { side: 'below-left', across: -1, down: 1 },
  { side: 'above-left', across: -1, down: -1 },
] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** How far out along each axis a label starts, in radii: a corner label starts on the symbol's diagonal. */
export function reachOf({ across, down }: LabelSide): number {
  return across !== 0 && down !== 0 ? Math.SQRT1_2 : 1;
}

/** Somewhere a label could go: a side of its symbol (an index into LABEL_SIDES) and the box it would fill there. */
export interface LabelPlace {
  side: number;
  box: LabelBox;
}

/** A label that found room: its element and the side it went to (an index into LABEL_SIDES). */
export interface PlacedLabel {
  i: number;
  side: number;
}

const CELL = 96;

export function placeLabels(
  candidates: Iterable<number>,
  /** The places a label could take, best first: each a side (an index into LABEL_SIDES) and the box it would fill there. */
  places: (i: number) => readonly LabelPlace[],
  limit: number,
  obstacles: Iterable<LabelBox> = [],
  /** How hard a label holds its place: 'forced' whatever it overlaps (the selection's), 'over-symbols' only minding other labels (the main hubs). */
  standing: (i: number) => 'forced' | 'over-symbols' | 'normal' = () => 'normal',
): PlacedLabel[] {
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
  const placed: PlacedLabel[] = [];
  for (const i of candidates) {
    if (placed.length >= limit) break;
    const how = standing(i);
    const place = places(i).find(({ box: b }) => how === 'forced' || !(how === 'over-symbols' ? overlaps(b, labelGrid) : overlaps(b)));
    if (!place) continue;
    placed.push({ i, side: place.side });
    occupy(place.box);
    occupy(place.box, labelGrid);
  }
  return placed;
}
