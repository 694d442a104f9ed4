import { jiggle, type Bodies } from './bodies.ts';

export interface ManyBodyOptions {
  /** Charge of every element: negative repels. */
  strength: number;
  /** Barnes–Hut accuracy: a square of side w at distance d counts as one body when w / d < theta. */
  theta: number;
  /** Elements further apart than this do not push each other. */
  distanceMax: number;
}

const NONE = -1;

/**
 * Every element repels every other, approximated with a Barnes–Hut quadtree:
 * d3-force's `forceManyBody` for equal charges, with the tree in typed arrays
 * that are reused from tick to tick, so a tick allocates nothing.
 *
 * The tree is rebuilt each tick, in O(n log n). A cell is a leaf holding one
 * point (and the points that coincide with it, chained through `nextPoint`),
 * or has up to four children. Children are always made after their parent, so
 * walking cells from last to first visits children before parents.
 */
export class ManyBody {
  private readonly strength: number;
  private readonly theta2: number;
  private readonly distanceMax2: number;
  private capacity = 0;
  private cells = 0;
  /** The side below which cells are not split: points closer than this count as one. */
  private smallest = 0;
  /** Per cell: four children, the first point if a leaf, its square, and the number and centre of the points in it. */
  private child = new Int32Array(0);
  private point = new Int32Array(0);
  private left = new Float64Array(0);
  private top = new Float64Array(0);
  private size = new Float64Array(0);
  private mass = new Float64Array(0);
  private centreX = new Float64Array(0);
  private centreY = new Float64Array(0);
  private readonly nextPoint: Int32Array;
  private readonly stack: Int32Array;

  constructor(count: number, options: ManyBodyOptions) {
    this.strength = options.strength;
    this.theta2 = options.theta * options.theta;
    this.distanceMax2 = options.distanceMax * options.distanceMax;
    this.nextPoint = new Int32Array(count);
    // Cells stop halving at a 2⁻⁴⁰th of the root (points closer count as coinciding),
    // so the tree is at most 40 deep, and a walk holds at most 3 cells a level.
    this.stack = new Int32Array(4 * 48);
    this.grow(2 * count + 8);
  }

  apply(bodies: Bodies, alpha: number, random: () => number): void {
    if (bodies.count < 2) return;
    this.build(bodies);
    const { count, x, y, vx, vy } = bodies;
    const { child, point, size, centreX, centreY, nextPoint, stack, theta2, distanceMax2 } = this;
    const charge = this.strength * alpha;
    for (let i = 0; i < count; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const cell = stack[--top]!;
        const n = this.mass[cell]!;
        let dx = centreX[cell]! - xi;
        let dy = centreY[cell]! - yi;
        let l = dx * dx + dy * dy;
        const w = size[cell]!;
        if ((w * w) / theta2 < l) {
          // Far enough: the whole square acts as one body at its centre.
          if (l < distanceMax2) {
            if (dx === 0) (dx = jiggle(random)), (l += dx * dx);
            if (dy === 0) (dy = jiggle(random)), (l += dy * dy);
            if (l < 1) l = Math.sqrt(l);
            fx += (dx * n * charge) / l;
            fy += (dy * n * charge) / l;
          }
          continue;
        }
        const first = point[cell]!;
        if (first === NONE) {
          for (let q = 3; q >= 0; q--) {
            const c = child[cell * 4 + q]!;
            if (c !== NONE) stack[top++] = c;
          }
          continue;
        }
        if (l >= distanceMax2) continue;
        if (first !== i || nextPoint[first] !== NONE) {
          if (dx === 0) (dx = jiggle(random)), (l += dx * dx);
          if (dy === 0) (dy = jiggle(random)), (l += dy * dy);
          if (l < 1) l = Math.sqrt(l);
        }
        for (let p = first; p !== NONE; p = nextPoint[p]!) {
          if (p === i) continue;
          fx += (dx * charge) / l;
          fy += (dy * charge) / l;
        }
      }
      vx[i]! += fx;
      vy[i]! += fy;
    }
  }

  /** The quadtree of the current positions, with each cell's count and centre. */
  private build(bodies: Bodies): void {
    const { count, x, y } = bodies;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < count; i++) {
      if (x[i]! < x0) x0 = x[i]!;
      if (x[i]! > x1) x1 = x[i]!;
      if (y[i]! < y0) y0 = y[i]!;
      if (y[i]! > y1) y1 = y[i]!;
    }
    const side = Math.max(x1 - x0, y1 - y0, 1) * (1 + 1e-9);
    this.cells = 0;
    this.smallest = side * 2 ** -40;
    const root = this.cell(x0, y0, side);
    this.nextPoint.fill(NONE);
    for (let i = 0; i < count; i++) this.insert(root, i, x, y);

    // Children come after their parents: walking backwards sums bottom-up.
    const { child, point, mass: n, centreX, centreY, nextPoint } = this;
    for (let cell = this.cells - 1; cell >= 0; cell--) {
      const first = point[cell]!;
      if (first !== NONE) {
        let k = 0;
        for (let p = first; p !== NONE; p = nextPoint[p]!) k++;
        n[cell] = k;
        centreX[cell] = x[first]!;
        centreY[cell] = y[first]!;
        continue;
      }
      let k = 0;
      let sx = 0;
      let sy = 0;
      for (let q = 0; q < 4; q++) {
        const c = child[cell * 4 + q]!;
        if (c === NONE) continue;
        k += n[c]!;
        sx += n[c]! * centreX[c]!;
        sy += n[c]! * centreY[c]!;
      }
      n[cell] = k;
      centreX[cell] = sx / k;
      centreY[cell] = sy / k;
    }
  }

  private insert(root: number, i: number, x: Float64Array, y: Float64Array): void {
    const px = x[i]!;
    const py = y[i]!;
    let cell = root;
    for (;;) {
      const half = this.size[cell]! / 2;
      const right = px >= this.left[cell]! + half ? 1 : 0;
      const below = py >= this.top[cell]! + half ? 1 : 0;
      const slot = cell * 4 + below * 2 + right;
      const occupant = this.child[slot]!;
      if (occupant === NONE) {
        const leaf = this.cell(this.left[cell]! + right * half, this.top[cell]! + below * half, half);
        this.point[leaf] = i;
        this.child[slot] = leaf;
        return;
      }
      const held = this.point[occupant]!;
      if (held === NONE) {
        cell = occupant;
        continue;
      }
      if ((x[held] === px && y[held] === py) || half < this.smallest) {
        // Coincident (or as good as): chain it to the leaf.
        this.nextPoint[i] = this.nextPoint[held]!;
        this.nextPoint[held] = i;
        return;
      }
      // Split the leaf: its point moves one level down, and we try again from it.
      this.point[occupant] = NONE;
      const h = this.size[occupant]! / 2;
      const r = x[held]! >= this.left[occupant]! + h ? 1 : 0;
      const b = y[held]! >= this.top[occupant]! + h ? 1 : 0;
      const leaf = this.cell(this.left[occupant]! + r * h, this.top[occupant]! + b * h, h);
      this.point[leaf] = held;
      this.child[occupant * 4 + b * 2 + r] = leaf;
      cell = occupant;
    }
  }

  private cell(left: number, top: number, size: number): number {
    if (this.cells === this.capacity) this.grow(this.capacity * 2);
    const c = this.cells++;
    this.child.fill(NONE, c * 4, c * 4 + 4);
    this.point[c] = NONE;
    this.left[c] = left;
    this.top[c] = top;
    this.size[c] = size;
    return c;
  }

  private grow(capacity: number): void {
    const copy = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.child = copy(this.child, new Int32Array(capacity * 4));
    this.point = copy(this.point, new Int32Array(capacity));
    this.left = copy(this.left, new Float64Array(capacity));
    this.top = copy(this.top, new Float64Array(capacity));
    this.size = copy(this.size, new Float64Array(capacity));
    this.mass = copy(this.mass, new Float64Array(capacity));
    this.centreX = copy(this.centreX, new Float64Array(capacity));
    this.centreY = copy(this.centreY, new Float64Array(capacity));
    this.capacity = capacity;
  }
}
