import type { Shown } from '../../map/filters.ts';

/**
 * A way of drawing the map (svg-drawing.ts, canvas-drawing.ts). It reads
 * the scene it was given and is told exactly what changed, so its work stays
 * proportional to the change; everything else — camera, eased moves, labels,
 * input — is the renderer's.
 */
export interface Drawing {
  /** The element that pan and zoom attach to. */
  readonly surface: Element;
  /** What goes in the host once the first view is set. */
  readonly parts: readonly Element[];
  /** Elements or connections were shown or hidden. */
  drawShown(previous: Shown): void;
  /** These elements moved, and with them these connections (null: all shown ones). */
  drawMoved(nodes: readonly number[], links: readonly number[] | null): void;
  drawSelection(previousSelected: number, previousNodes: readonly number[], previousLinks: readonly number[]): void;
  drawView(): void;
  drawLabels(): void;
  /** The keyboard's element changed; move focus to it if asked. */
  drawRoving(previous: number, focus: boolean): void;
  drawHover(): void;
  /** The element under a pointer event, if the drawing knows it exactly (−1 otherwise). */
  targetOf(event: Event): number;
  /** The surface changed size. */
  resized(): void;
  /** A pan or zoom starts or ends (by hand or by the camera). */
  zooming?(on: boolean): void;
  destroy(): void;
}

/** What a drawing may ask of the map: the input it passes on, and the text and settings it needs. */
export interface DrawingHost {
  /** A key on element i (−1: none). */
  key(event: KeyboardEvent, i: number): void;
  /** Element i was chosen from the keyboard. */
  choose(i: number): void;
  hover(i: number): void;
  /** The shown element nearest a pointer, if its edge is within `slop` screen pixels. */
  nearest(point: { clientX: number; clientY: number }, slop: number): number;
  dragStart(): void;
  /** Moves element i by a drag, in screen pixels. */
  dragBy(i: number, dx: number, dy: number): void;
  dragEnd(): void;
  /** The accessible name of an element. */
  describe(i: number): string;
  /** Whether motion is welcome (no reduced-motion preference). */
  motion(): boolean;
}
