import type { Camera } from './camera.ts';
import type { Drawing } from './drawing.ts';
import type { Scene } from './scene.ts';

/** Taps within this many pixels of a node select it: small nodes need a bigger target on touch. */
const TAP_SLOP_PX = 16;

const DIRECTIONS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export interface InputHooks {
  select(i: number, via: 'pointer' | 'keyboard'): void;
  clear(): void;
  motion(): boolean;
}

/**
 * Pointer and keyboard on the map: what a click or tap hits (exactly, or the
 * nearest element within a finger's slop), and the roving focus — one element
 * in the tab order, arrow keys to the nearest element in that direction,
 * Home to the most connected, Enter to select, Escape to clear, + − 0 to zoom.
 */
export class MapInput {
  constructor(
    private readonly host: HTMLElement,
    private readonly scene: Scene,
    private readonly drawing: Drawing,
    private readonly camera: Camera,
    private readonly hooks: InputHooks,
  ) {}

  click(event: MouseEvent): void {
    let i = this.drawing.targetOf(event);
    if (i < 0) i = this.nearest(event, TAP_SLOP_PX);
    if (i >= 0) this.hooks.select(i, 'pointer');
    else this.hooks.clear();
  }

  /** The shown element nearest a pointer, if its edge is within `slop` pixels. O(n), once per event. */
  nearest(event: { clientX: number; clientY: number }, slop: number): number {
    const rect = this.host.getBoundingClientRect();
    const { x, y, r, shown } = this.scene;
    const { k, x: tx, y: ty } = this.scene.view;
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < x.length; i++) {
      if (!shown.nodes[i]) continue;
      const d = Math.hypot(x[i]! * k + tx - px, y[i]! * k + ty - py) - r[i]! * k;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    return bestD <= slop ? best : -1;
  }

  /** Keys on a focused element. */
  key(event: KeyboardEvent, i: number): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = DIRECTIONS[event.key];
    let handled = true;
    if (direction && i >= 0) {
      const next = this.neighbourInDirection(i, direction);
      if (next >= 0) this.setRoving(next, true);
    } else if (event.key === 'Home') this.setRoving(this.firstShown(), true);
    else if ((event.key === 'Enter' || event.key === ' ') && i >= 0) this.hooks.select(i, 'keyboard');
    else if (event.key === 'Escape' && this.scene.selected >= 0) this.hooks.clear();
    else if (event.key === '+' || event.key === '=') this.camera.zoomBy(1.5);
    else if (event.key === '-' || event.key === '_') this.camera.zoomBy(1 / 1.5);
    else if (event.key === '0') this.camera.fit(this.hooks.motion());
    else handled = false;
    if (handled) event.preventDefault();
  }

  /**
   * Keys on the map's own area, where "Skip to the map" lands: an arrow or
   * Home goes to the elements (the one last focused, or the most connected),
   * the other keys do what they do on an element.
   */
  areaKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (DIRECTIONS[event.key] || event.key === 'Home') {
      const { roving, shown } = this.scene;
      const i = roving >= 0 && shown.nodes[roving] ? roving : this.firstShown();
      if (i >= 0) this.setRoving(i, true);
      event.preventDefault();
    } else this.key(event, -1);
  }

  /** The most connected shown element: where the keyboard starts. */
  firstShown(): number {
    for (const i of this.scene.model.byDegree) if (this.scene.shown.nodes[i]) return i;
    return -1;
  }

  /** Gives the roving focus to element i, and moves keyboard focus there if asked. */
  setRoving(i: number, focus: boolean): void {
    const previous = this.scene.roving;
    this.scene.roving = i;
    this.drawing.drawRoving(previous, focus);
    if (focus && i >= 0) this.camera.reveal(i);
  }

  /** The nearest shown element roughly in a direction. */
  private neighbourInDirection(from: number, [dx, dy]: [number, number]): number {
    const { x, y, shown } = this.scene;
    let best = -1;
    let bestScore = Infinity;
    for (let j = 0; j < x.length; j++) {
      if (j === from || !shown.nodes[j]) continue;
      const vx = x[j]! - x[from]!;
      const vy = y[j]! - y[from]!;
      const along = vx * dx + vy * dy;
      if (along <= 0) continue;
      const score = along + 2.5 * Math.abs(vx * dy - vy * dx);
      if (score < bestScore) {
        bestScore = score;
        best = j;
      }
    }
    return best;
  }
}
