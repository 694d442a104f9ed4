import type { CareMapModel } from '../../map/care-map-model.ts';
import type { Shown } from '../../map/filters.ts';
import type { View } from './view.ts';

/** Where each element sits, in layout units. */
export interface Positions {
  x: Float64Array;
  y: Float64Array;
}

/**
 * What the map shows at this moment, as every part of it reads it: positions
 * and sizes, what is shown, the selection and its lit neighbourhood, the
 * keyboard's and the pointer's element, the labels, the view and the size of
 * the surface. The renderer (map-renderer.ts) and its parts write it; a
 * drawing only reads it, so it is handed a `Readonly<Scene>`.
 */
export interface Scene extends Positions {
  readonly model: CareMapModel;
  /** Radius of each element's symbol, in layout units. */
  readonly r: Float64Array;
  shown: Shown;
  selected: number;
  litNodes: number[];
  litLinks: number[];
  /** The element that takes keyboard focus (roving tabindex), or −1. */
  roving: number;
  hovered: number;
  /** Labels shown, in placement order. */
  labels: number[];
  /** The side of its symbol each shown label is on: an index into LABEL_SIDES (label-placement.ts). */
  labelSide: Uint8Array;
  /** screen = layout × k + (x, y) */
  view: View;
  /** The surface's size in screen pixels, as last measured. */
  width: number;
  height: number;
}
