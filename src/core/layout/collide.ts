import { jiggle, type Bodies } from './bodies.ts';

/**
 * Pushes apart symbols that overlap, as d3-force's `forceCollide` does for
 * circles of one radius, but finding neighbours in a grid of cells one
 * diameter wide instead of a quadtree: only the 3×3 cells around an element
 * can hold one it overlaps.
 */
export class Collide {
  private readonly radius: number;
  private readonly strength: number;
  private readonly cellOf: Int32Array;
  private readonly order: Int32Array;
  private start = new Int32Array(0);

  constructor(count: number, radius: number, strength: number) {
    this.radius = radius;
    this.strength = strength;
    this.cellOf = new Int32Array(count);
    this.order = new Int32Array(count);
  }

  apply(bodies: Bodies, random: () => number): void {
    const { count, x, y, vx, vy } = bodies;
    if (count < 2) return;
    // Where each element is heading this tick, as d3 does.
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < count; i++) {
      const px = x[i]! + vx[i]!;
      const py = y[i]! + vy[i]!;
      if (px < x0) x0 = px;
      if (px > x1) x1 = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
    }
    const diameter = 2 * this.radius;
    // A sparse map would want many empty cells: widen them so there are at most ~4 per element.
    const cellSize = Math.max(diameter, Math.sqrt(((x1 - x0) * (y1 - y0)) / (4 * count)));
    const columns = Math.floor((x1 - x0) / cellSize) + 1;
    const rows = Math.floor((y1 - y0) / cellSize) + 1;
    const cells = columns * rows;
    if (this.start.length < cells + 1) this.start = new Int32Array(cells + 1);
    const { cellOf, order } = this;
    const start = this.start;
    start.fill(0, 0, cells + 1);
    for (let i = 0; i < count; i++) {
      const c = Math.floor((x[i]! + vx[i]! - x0) / cellSize) + columns * Math.floor((y[i]! + vy[i]! - y0) / cellSize);
      cellOf[i] = c;
      start[c + 1]!++;
    }
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, cells);
    for (let i = 0; i < count; i++) order[fill[cellOf[i]!]!++] = i;

    const r2 = diameter * diameter;
    for (let i = 0; i < count; i++) {
      const xi = x[i]! + vx[i]!;
      const yi = y[i]! + vy[i]!;
      const column = cellOf[i]! % columns;
      const row = (cellOf[i]! - column) / columns;
      for (let dr = -1; dr <= 1; dr++) {
        const r = row + dr;
        if (r < 0 || r >= rows) continue;
        for (let dc = -1; dc <= 1; dc++) {
          const c = column + dc;
          if (c < 0 || c >= columns) continue;
          const cell = r * columns + c;
          for (let k = start[cell]!; k < start[cell + 1]!; k++) {
            const j = order[k]!;
            if (j <= i) continue;
            let dx = xi - x[j]! - vx[j]!;
            let dy = yi - y[j]! - vy[j]!;
            let l = dx * dx + dy * dy;
            if (l >= r2) continue;
            if (dx === 0) (dx = jiggle(random)), (l += dx * dx);
            if (dy === 0) (dy = jiggle(random)), (l += dy * dy);
            l = Math.sqrt(l);
            // Equal radii: each of the two moves half the way.
            const push = (((diameter - l) / l) * this.strength) / 2;
            vx[i]! += dx * push;
            vy[i]! += dy * push;
            vx[j]! -= dx * push;
            vy[j]! -= dy * push;
          }
        }
      }
    }
  }
}
