import type { Bodies } from './bodies.ts';

/**
 * The pairs of elements within a range of each other (Verlet's neighbour
 * list): listed with some slack, then kept while no element has moved, or is
 * about to move, half that slack since, so a short-range force reads a list
 * instead of searching every tick. Pairs are found in a grid of square cells.
 */
export class NeighbourList {
  /** Pair k is (first[k], second[k]), for k < count. */
  first: Int32Array = new Int32Array(1024);
  second: Int32Array = new Int32Array(1024);
  count = 0;
  private readonly listedX: Float64Array;
  private readonly listedY: Float64Array;
  private readonly cellOf: Int32Array;
  private readonly order: Int32Array;
  private listed = false;

  constructor(
    count: number,
    private readonly range: number,
    private readonly slack: number,
  ) {
    this.listedX = new Float64Array(count);
    this.listedY = new Float64Array(count);
    this.cellOf = new Int32Array(count);
    this.order = new Int32Array(count);
  }

  /** Lists the pairs again if the old list might miss one now in range. */
  update(bodies: Bodies): void {
    if (this.stale(bodies)) this.list(bodies.x, bodies.y);
  }

  private stale({ count, x, y, vx, vy }: Bodies): boolean {
    if (!this.listed) return true;
    const { listedX, listedY, slack } = this;
    for (let i = 0; i < count; i++) {
      if (Math.sqrt((x[i]! - listedX[i]!) ** 2 + (y[i]! - listedY[i]!) ** 2) + Math.sqrt(vx[i]! * vx[i]! + vy[i]! * vy[i]!) > slack / 2) return true;
    }
    return false;
  }

  /** Every pair (i, j) within range + slack of each other, each pair once. */
  private list(x: Float64Array, y: Float64Array): void {
    const { cellOf, order } = this;
    const n = cellOf.length;
    this.listed = true;
    this.listedX.set(x);
    this.listedY.set(y);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]!);
      maxX = Math.max(maxX, x[i]!);
      minY = Math.min(minY, y[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    const reach = this.range + this.slack;
    // At most MAX_CELLS cells a side: a spread-out map gets bigger cells, not millions of them.
    const size = Math.max(reach, (maxX - minX) / MAX_CELLS, (maxY - minY) / MAX_CELLS, 1e-9);
    const columns = Math.floor((maxX - minX) / size) + 1;
    const rows = Math.floor((maxY - minY) / size) + 1;
    // Points sorted by cell (a counting sort): cell c holds order[start[c]] … order[start[c + 1] − 1].
    const start = new Int32Array(columns * rows + 1);
    for (let i = 0; i < n; i++) {
      const c = Math.floor((y[i]! - minY) / size) * columns + Math.floor((x[i]! - minX) / size);
      cellOf[i] = c;
      start[c + 1]!++;
    }
    for (let c = 0; c < columns * rows; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, columns * rows);
    for (let i = 0; i < n; i++) order[fill[cellOf[i]!]!++] = i;

    const reach2 = reach * reach;
    this.count = 0;
    const add = (i: number, j: number) => {
      const dx = x[j]! - x[i]!;
      const dy = y[j]! - y[i]!;
      if (dx * dx + dy * dy >= reach2) return;
      if (this.count === this.first.length) {
        this.first = grow(this.first);
        this.second = grow(this.second);
      }
      this.first[this.count] = i;
      this.second[this.count++] = j;
    };
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const c = row * columns + column;
        for (let a = start[c]!; a < start[c + 1]!; a++) {
          const i = order[a]!;
          // Within the cell, each pair once; then the cells to the right and below, so each pair of cells is seen once.
          for (let b = a + 1; b < start[c + 1]!; b++) add(i, order[b]!);
          for (const [dc, dr] of HALF_NEIGHBOURS) {
            const nc = column + dc;
            const nr = row + dr;
            if (nc < 0 || nc >= columns || nr >= rows) continue;
            const other = nr * columns + nc;
            for (let b = start[other]!; b < start[other + 1]!; b++) add(i, order[b]!);
          }
        }
      }
    }
  }
}

const MAX_CELLS = 256;

const HALF_NEIGHBOURS: readonly [number, number][] = [
  [1, 0],
  [-1, 1],
  [0, 1],
  [1, 1],
];

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
