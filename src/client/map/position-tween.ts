import { linksTouching } from '../../map/neighbourhood.ts';
import { easeInOut } from './view.ts';
import type { Scene } from './scene.ts';

const MOVE_MS = 520;

interface Tween {
  start: number;
  nodes: number[];
  links: number[];
  fromX: Float64Array;
  fromY: Float64Array;
  toX: Float64Array;
  toY: Float64Array;
}

/**
 * Eased moves of elements to new positions (after a filter or a focus):
 * shown elements glide, hidden ones jump. Writes the scene's positions and
 * says which elements and connections moved, frame by frame.
 */
export class PositionTween {
  private tween: Tween | null = null;
  private frame = 0;

  constructor(
    private readonly scene: Scene,
    /** These elements moved, and these connections with them. */
    private readonly moved: (nodes: readonly number[], links: readonly number[]) => void,
    /** Every element is where it is going. */
    private readonly settled: () => void,
  ) {}

  get running(): boolean {
    return this.tween !== null;
  }

  /** Where element i is going (where it is, when nothing moves). */
  targetX(i: number): number {
    return this.tween ? this.tween.toX[i]! : this.scene.x[i]!;
  }

  targetY(i: number): number {
    return this.tween ? this.tween.toY[i]! : this.scene.y[i]!;
  }

  /** Moves elements to new positions: eased when asked, at once otherwise. */
  moveTo(toX: Float64Array, toY: Float64Array, animate: boolean): void {
    this.stop();
    const { scene } = this;
    const { x, y } = scene;
    const moving: number[] = [];
    const jumped: number[] = [];
    for (let i = 0; i < toX.length; i++) {
      if (toX[i] === x[i] && toY[i] === y[i]) continue;
      if (scene.shown.nodes[i] && animate) {
        moving.push(i);
        continue;
      }
      x[i] = toX[i]!;
      y[i] = toY[i]!;
      jumped.push(i);
    }
    if (jumped.length > 0) this.moved(jumped, linksTouching(scene.model, jumped, null));
    if (moving.length === 0) {
      this.settled();
      return;
    }
    this.tween = { start: performance.now(), nodes: moving, links: linksTouching(scene.model, moving, scene.shown.links), fromX: Float64Array.from(x), fromY: Float64Array.from(y), toX, toY };
    const step = (now: number) => {
      const tween = this.tween;
      if (!tween) return;
      const t = Math.min(1, (now - tween.start) / MOVE_MS);
      const e = easeInOut(t);
      for (const i of tween.nodes) {
        x[i] = tween.fromX[i]! + (tween.toX[i]! - tween.fromX[i]!) * e;
        y[i] = tween.fromY[i]! + (tween.toY[i]! - tween.fromY[i]!) * e;
      }
      this.moved(tween.nodes, tween.links);
      if (t < 1) this.frame = requestAnimationFrame(step);
      else {
        this.tween = null;
        this.frame = 0;
        this.settled();
      }
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Ends a move at once, every element at its destination. */
  stop(): void {
    if (!this.tween) return;
    cancelAnimationFrame(this.frame);
    const { nodes, toX, toY, links } = this.tween;
    for (const i of nodes) {
      this.scene.x[i] = toX[i]!;
      this.scene.y[i] = toY[i]!;
    }
    this.moved(nodes, links);
    this.tween = null;
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
  }
}
